package io.jpod.domain.archfixture.effects;

import java.io.IOException;

/** Breaks DOMAIN_TOUCHES_NO_FILES_OR_PROCESSES: domain starting a process itself. */
public final class RuntimeLauncher {
  public Process start(String containerId) throws IOException {
    return new ProcessBuilder("runc", "start", containerId).start();
  }
}
