package io.jpod.cli;

import io.jpod.domain.Engine;
import io.jpod.domain.RunRequest;
import io.jpod.ports.EngineException;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;

final class RunCommand implements JpodCommand {
  private final Engines engines;
  private final Streams io;
  private final ErrorReporter errors;

  @Inject
  RunCommand(Engines engines, Streams io, ErrorReporter errors) {
    this.engines = engines;
    this.io = io;
    this.errors = errors;
  }

  static CommandSpec spec() {
    CommandSpec spec = CommandModel.command("run", "Run a command in a new container.");
    // Everything after the image is the container's command line, options included.
    spec.parser().stopAtPositional(true);
    CommandModel.flag(spec, "Remove the container when it exits", "--rm");
    CommandModel.option(spec, "NAME", "Name of the container", "--name");
    CommandModel.repeatable(spec, "KEY[=VALUE]", "Set an environment variable", "-e", "--env");
    CommandModel.option(spec, "DIR", "Working directory inside the container", "-w", "--workdir");
    CommandModel.option(spec, "UID[:GID]", "User to run the command as", "-u", "--user");
    CommandModel.positional(spec, 0, "1", "IMAGE", "Image to run");
    CommandModel.positionals(spec, 1, "0..*", "COMMAND", "Command and arguments");
    return spec;
  }

  @Override
  public int call(ParseResult parsed) throws EngineException {
    RunRequest request = new RunRequest(parsed.matchedPositionalValue(0, ""),
        Optional.ofNullable(parsed.matchedOptionValue("--name", null)), parsed.matchedPositionalValue(1, List.of()),
        environment(parsed.matchedOptionValue("--env", List.of())),
        Optional.ofNullable(parsed.matchedOptionValue("--workdir", null)),
        Optional.ofNullable(parsed.matchedOptionValue("--user", null)), parsed.matchedOptionValue("--rm", false));
    try (Engine engine = engines.open();
        SignalProxy signals = new SignalProxy(engine.containers(), errors)) {
      return engine.containers().run(request, io.out(), io.err(), signals::started);
    }
  }

  /** {@code -e KEY} without a value takes KEY from jpod's own environment, as podman does. */
  private List<String> environment(List<String> env) {
    List<String> resolved = new ArrayList<>();
    for (String entry : env) {
      if (entry.contains("=")) {
        resolved.add(entry);
      } else if (io.env().containsKey(entry)) {
        resolved.add(entry + "=" + io.env().get(entry));
      }
    }
    return resolved;
  }
}
