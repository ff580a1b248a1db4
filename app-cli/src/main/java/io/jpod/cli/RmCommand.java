package io.jpod.cli;

import io.jpod.domain.Engine;
import io.jpod.ports.EngineException;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "rm", description = "Remove one or more containers.")
final class RmCommand implements Callable<Integer> {
  @Mixin GlobalOptions global;

  @Option(names = {"-f", "--force"}, description = "Stop running containers first")
  boolean force;

  @Parameters(arity = "1..*", paramLabel = "CONTAINER")
  List<String> refs;

  private final Engines engines;
  private final Streams io;

  @Inject
  RmCommand(Engines engines, Streams io) {
    this.engines = engines;
    this.io = io;
  }

  /** Removes what it can; the exit code is that of the last failure, as podman's. */
  @Override
  public Integer call() throws EngineException {
    try (Engine engine = engines.open()) {
      return EachReference.apply(refs, new ErrorReporter(io.err(), global),
          container -> io.out().println(engine.containers().remove(container, force).hex()));
    }
  }
}
