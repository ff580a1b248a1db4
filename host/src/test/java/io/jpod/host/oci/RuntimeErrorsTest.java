package io.jpod.host.oci;

import static org.assertj.core.api.Assertions.assertThat;

import io.jpod.ports.CommandInvocationException.Reason;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RuntimeErrorsTest {
  @Test
  void commandFailure_runcNotInPath_isNotFound() {
    assertThat(RuntimeErrors.commandFailure("runc create failed: unable to start container process: exec: "
        + "\"nope\": executable file not found in $PATH")).isEqualTo(Optional.of(Reason.NOT_FOUND));
  }

  @Test
  void commandFailure_crunNoSuchFile_isNotFound() {
    assertThat(RuntimeErrors.commandFailure("executable file `/x` not found: No such file or directory"))
        .isEqualTo(Optional.of(Reason.NOT_FOUND));
  }

  @Test
  void commandFailure_permissionDenied_isNotExecutable() {
    assertThat(RuntimeErrors.commandFailure("exec: \"/etc/passwd\": permission denied"))
        .isEqualTo(Optional.of(Reason.NOT_EXECUTABLE));
  }

  @Test
  void commandFailure_otherError_isEmpty() {
    assertThat(RuntimeErrors.commandFailure("error setting rlimit type 7: operation failed")).isEmpty();
  }
}
