package io.jpod.cli;

import io.jpod.ports.InvalidArgumentException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/** Options every command takes, before or after the command name; given after it, they win. */
record GlobalOptions(Optional<Path> root, Optional<Path> runRoot, Optional<String> storageDriver,
    Optional<String> runtime, String logLevel) {
  static final List<String> LOG_LEVELS = List.of("trace", "debug", "info", "warn", "warning", "error", "fatal",
      "panic");
  /** Options that take a separate value, for finding the command name without a full parse. */
  static final List<String> WITH_VALUE = List.of("--root", "--runroot", "--storage-driver", "--runtime",
      "--log-level");
  private static final String DEFAULT_LOG_LEVEL = "warn";

  static void addTo(CommandSpec spec) {
    add(spec, "--root", "PATH", "Path to the root directory of persistent data");
    add(spec, "--runroot", "PATH", "Path to the directory of per-boot state");
    add(spec, "--storage-driver", "NAME", "Storage driver (vfs)");
    add(spec, "--runtime", "NAME|PATH", "OCI runtime (runc)");
    add(spec, "--log-level", "LEVEL", "Log messages at and above: " + String.join(", ", LOG_LEVELS)
        + " (default " + DEFAULT_LOG_LEVEL + ")");
  }

  private static void add(CommandSpec spec, String name, String label, String description) {
    spec.addOption(OptionSpec.builder(name).type(String.class).paramLabel(label).description(description).build());
  }

  /** The options of a parsed command line, from the subcommand's part where given there, else from jpod's. */
  static GlobalOptions of(ParseResult parsed) throws InvalidArgumentException {
    String logLevel = value(parsed, "--log-level").orElse(DEFAULT_LOG_LEVEL);
    if (!LOG_LEVELS.contains(logLevel)) {
      throw new InvalidArgumentException("invalid log level \"" + logLevel + "\": valid levels are "
          + String.join(", ", LOG_LEVELS));
    }
    return new GlobalOptions(value(parsed, "--root").map(Path::of), value(parsed, "--runroot").map(Path::of),
        value(parsed, "--storage-driver"), value(parsed, "--runtime"), logLevel);
  }

  private static Optional<String> value(ParseResult parsed, String name) {
    if (parsed.hasSubcommand() && parsed.subcommand().hasMatchedOption(name)) {
      return Optional.of(parsed.subcommand().matchedOptionValue(name, ""));
    }
    return Optional.ofNullable(parsed.matchedOptionValue(name, null));
  }

  /** Whether the log level asks for stack traces. */
  boolean debug() {
    return logLevel.equals("debug") || logLevel.equals("trace");
  }
}
