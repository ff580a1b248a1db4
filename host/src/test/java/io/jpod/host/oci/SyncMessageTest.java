package io.jpod.host.oci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class SyncMessageTest {
  @Test
  void parse_pid_succeeds() throws Exception {
    SyncMessage message = SyncMessage.parse("{\"pid\": 4242}");
    assertThat(message).isEqualTo(new SyncMessage(4242, ""));
    assertThat(message.succeeded()).isTrue();
  }

  @Test
  void parse_apiVersion1Data_readsValue() throws Exception {
    assertThat(SyncMessage.parse("{\"data\": 17}")).isEqualTo(new SyncMessage(17, ""));
  }

  @Test
  void parse_failureWithEscapedMessage_keepsMessage() throws Exception {
    SyncMessage message = SyncMessage.parse("{\"pid\": -1, \"message\": \"runc create failed: exec: "
        + "\\\"nope\\\": executable file not found in $PATH\\n\"}");
    assertThat(message).isEqualTo(
        new SyncMessage(-1, "runc create failed: exec: \"nope\": executable file not found in $PATH\n"));
    assertThat(message.succeeded()).isFalse();
  }

  @Test
  void parse_noPid_throws() {
    assertThatThrownBy(() -> SyncMessage.parse("{\"message\": \"x\"}"))
        .isInstanceOf(IOException.class).hasMessage("conmon sync message has no pid: {\"message\": \"x\"}");
  }

  @Test
  void parse_notAnObject_throws() {
    assertThatThrownBy(() -> SyncMessage.parse("[1]"))
        .isInstanceOf(IOException.class).hasMessage("conmon sync message is not a JSON object: [1]");
  }
}
