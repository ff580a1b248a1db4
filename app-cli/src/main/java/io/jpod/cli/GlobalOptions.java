package io.jpod.cli;

import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * Options every command takes, before or after the command name. One instance per invocation is shared by the
 * root command and the subcommand, so either position sets the same values.
 */
final class GlobalOptions {
  static final List<String> LOG_LEVELS = List.of("trace", "debug", "info", "warn", "warning", "error", "fatal",
      "panic");
  /** Options that take a separate value, for finding the command name without a full parse. */
  static final List<String> WITH_VALUE = List.of("--root", "--runroot", "--storage-driver", "--runtime",
      "--log-level");

  @Option(names = "--root", paramLabel = "PATH", description = "Path to the root directory of persistent data")
  Path root;

  @Option(names = "--runroot", paramLabel = "PATH", description = "Path to the directory of per-boot state")
  Path runRoot;

  @Option(names = "--storage-driver", paramLabel = "NAME", description = "Storage driver (vfs)")
  String storageDriver;

  @Option(names = "--runtime", paramLabel = "NAME|PATH", description = "OCI runtime (runc)")
  String runtime;

  @Option(names = "--log-level", paramLabel = "LEVEL", description = "Log messages at and above: ${COMPLETION-CANDIDATES}")
  String logLevel = "warn";

  @Inject
  GlobalOptions() {}

  boolean debug() {
    return logLevel.equals("debug") || logLevel.equals("trace");
  }

  Optional<Path> root() {
    return Optional.ofNullable(root);
  }

  Optional<Path> runRoot() {
    return Optional.ofNullable(runRoot);
  }

  Optional<String> storageDriver() {
    return Optional.ofNullable(storageDriver);
  }

  Optional<String> runtime() {
    return Optional.ofNullable(runtime);
  }
}
