package io.jpod.cli;

import io.jpod.domain.Engine;
import io.jpod.ports.EngineException;
import io.jpod.ports.InvalidStateException;
import io.jpod.ports.NotFoundException;
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
    int exit = ExitCodes.OK;
    ErrorReporter errors = new ErrorReporter(io.err(), global);
    try (Engine engine = engines.open()) {
      for (String ref : refs) {
        try {
          io.out().println(engine.containers().remove(ref, force).hex());
        } catch (NotFoundException e) {
          errors.report(e);
          exit = ExitCodes.NO_SUCH;
        } catch (InvalidStateException e) {
          errors.report(e);
          exit = ExitCodes.IN_USE;
        }
      }
    }
    return exit;
  }
}
