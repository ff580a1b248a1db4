package io.jpod.domain.archfixture.effects;

import java.nio.file.Files;
import java.nio.file.Path;

/** Breaks DOMAIN_TOUCHES_NO_FILES_OR_PROCESSES: domain looking at the disk itself. */
public final class RootfsCheck {
  public boolean exists(Path rootfs) {
    return Files.isDirectory(rootfs);
  }
}
