package io.jpod.cli;

import io.jpod.domain.Engine;
import io.jpod.domain.RunRequest;
import io.jpod.ports.EngineException;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "run", description = "Run a command in a new container.")
final class RunCommand implements Callable<Integer> {
  @Mixin GlobalOptions global;

  @Option(names = "--rm", description = "Remove the container when it exits")
  boolean remove;

  @Option(names = "--name", paramLabel = "NAME", description = "Name of the container")
  String name;

  @Option(names = {"-e", "--env"}, paramLabel = "KEY[=VALUE]", description = "Set an environment variable")
  List<String> env = new ArrayList<>();

  @Option(names = {"-w", "--workdir"}, paramLabel = "DIR", description = "Working directory inside the container")
  String workdir;

  @Option(names = {"-u", "--user"}, paramLabel = "UID[:GID]", description = "User to run the command as")
  String user;

  @Parameters(index = "0", paramLabel = "IMAGE")
  String image;

  @Parameters(index = "1..*", paramLabel = "COMMAND", description = "Command and arguments")
  List<String> command = new ArrayList<>();

  private final Engines engines;
  private final Streams io;

  @Inject
  RunCommand(Engines engines, Streams io) {
    this.engines = engines;
    this.io = io;
  }

  @Override
  public Integer call() throws EngineException {
    RunRequest request = new RunRequest(image, Optional.ofNullable(name), command, environment(),
        Optional.ofNullable(workdir), Optional.ofNullable(user), remove);
    try (Engine engine = engines.open();
        SignalProxy signals = new SignalProxy(engine.containers(), new ErrorReporter(io.err(), global))) {
      return engine.containers().run(request, io.out(), io.err(), signals::started);
    } finally {
      io.out().flush();
      io.err().flush();
    }
  }

  /** {@code -e KEY} without a value takes KEY from jpod's own environment, as podman does. */
  private List<String> environment() {
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
