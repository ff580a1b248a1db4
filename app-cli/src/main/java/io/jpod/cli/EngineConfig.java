package io.jpod.cli;

import java.nio.file.Path;
import java.util.Optional;

/** The settings an engine is opened with: config file values overridden by global options. */
record EngineConfig(
    Path root,
    Path runRoot,
    String storageDriver,
    String runtime,
    Optional<Path> runtimePath,
    Optional<Path> conmonPath,
    Path source) {
  static final Path DEFAULT_ROOT = Path.of("/var/lib/jpod");
  static final Path DEFAULT_RUNROOT = Path.of("/run/jpod");
  static final String DEFAULT_STORAGE_DRIVER = "vfs";
  static final String DEFAULT_RUNTIME = "runc";
}
