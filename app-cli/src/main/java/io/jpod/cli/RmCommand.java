package io.jpod.cli;

import io.jpod.domain.Engine;
import io.jpod.ports.EngineException;
import jakarta.inject.Inject;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;

final class RmCommand implements JpodCommand {
  private final Engines engines;
  private final Streams io;
  private final ErrorReporter errors;

  @Inject
  RmCommand(Engines engines, Streams io, ErrorReporter errors) {
    this.engines = engines;
    this.io = io;
    this.errors = errors;
  }

  static CommandSpec spec() {
    CommandSpec spec = CommandModel.command("rm", "Remove one or more containers.");
    CommandModel.flag(spec, "Stop running containers first", "-f", "--force");
    CommandModel.positionals(spec, 0, "1..*", "CONTAINER", "Container name or ID");
    return spec;
  }

  /** Removes what it can; the exit code is that of the last failure, as podman's. */
  @Override
  public int call(ParseResult parsed) throws EngineException {
    boolean force = parsed.matchedOptionValue("--force", false);
    List<String> refs = parsed.matchedPositionalValue(0, List.of());
    try (Engine engine = engines.open()) {
      return EachReference.apply(refs, errors,
          container -> io.out().println(engine.containers().remove(container, force).hex()));
    }
  }
}
