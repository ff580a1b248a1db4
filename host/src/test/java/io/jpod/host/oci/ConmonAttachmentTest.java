package io.jpod.host.oci;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ConmonAttachmentTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private void feed(int pipe, String text) throws Exception {
    byte[] data = text.getBytes(StandardCharsets.UTF_8);
    byte[] message = new byte[data.length + 1];
    message[0] = (byte) pipe;
    System.arraycopy(data, 0, message, 1, data.length);
    ConmonAttachment.demultiplex(message, message.length, out, err);
  }

  @Test
  void demultiplex_framesOfBothPipes_goToTheirStreams() throws Exception {
    feed(ConmonAttachment.STDOUT_PIPE, "out1 ");
    feed(ConmonAttachment.STDERR_PIPE, "err");
    feed(ConmonAttachment.STDOUT_PIPE, "out2");
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("out1 out2");
    assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("err");
  }

  @Test
  void demultiplex_unknownPipe_isDropped() throws Exception {
    feed(1, "stdin echo");
    assertThat(out.size()).isZero();
    assertThat(err.size()).isZero();
  }
}
