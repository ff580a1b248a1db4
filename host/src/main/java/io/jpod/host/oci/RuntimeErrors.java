package io.jpod.host.oci;

import io.jpod.ports.CommandInvocationException.Reason;
import java.util.Locale;
import java.util.Optional;

/** Reads an OCI runtime's error text the way podman does, to tell why a container's command could not run. */
final class RuntimeErrors {
  private RuntimeErrors() {}

  /** NOT_EXECUTABLE (podman's 126) before NOT_FOUND (127), as podman checks them; empty for other failures. */
  static Optional<Reason> commandFailure(String runtimeMessage) {
    String text = runtimeMessage.toLowerCase(Locale.ROOT);
    if (text.contains("permission denied") || text.contains("operation not permitted")) {
      return Optional.of(Reason.NOT_EXECUTABLE);
    }
    if (text.contains("executable file not found in") || text.contains("no such file or directory")) {
      return Optional.of(Reason.NOT_FOUND);
    }
    return Optional.empty();
  }

  static boolean containerMissing(String runtimeStderr) {
    return runtimeStderr.contains("does not exist");
  }
}
