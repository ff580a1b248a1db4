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

@Command(name = "rmi", description = "Remove one or more images from local storage.")
final class RmiCommand implements Callable<Integer> {
  @Mixin GlobalOptions global;

  @Option(names = {"-f", "--force"}, description = "Remove the containers that use the image too")
  boolean force;

  @Parameters(arity = "1..*", paramLabel = "IMAGE")
  List<String> refs;

  private final Engines engines;
  private final Streams io;

  @Inject
  RmiCommand(Engines engines, Streams io) {
    this.engines = engines;
    this.io = io;
  }

  @Override
  public Integer call() throws EngineException {
    try (Engine engine = engines.open()) {
      return EachReference.apply(refs, new ErrorReporter(io.err(), global),
          image -> engine.images().remove(image, force, engine.containers()).forEach(io.out()::println));
    }
  }
}
