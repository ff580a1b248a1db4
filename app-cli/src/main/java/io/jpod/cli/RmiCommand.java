package io.jpod.cli;

import io.jpod.domain.Engine;
import io.jpod.ports.EngineException;
import jakarta.inject.Inject;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;

final class RmiCommand implements JpodCommand {
  private final Engines engines;
  private final Streams io;
  private final GlobalOptions global;

  @Inject
  RmiCommand(Engines engines, Streams io, GlobalOptions global) {
    this.engines = engines;
    this.io = io;
    this.global = global;
  }

  static CommandSpec spec() {
    CommandSpec spec = CommandModel.command("rmi", "Remove one or more images from local storage.");
    CommandModel.flag(spec, "Remove the containers that use the image too", "-f", "--force");
    CommandModel.positionals(spec, 0, "1..*", "IMAGE", "Image name or ID");
    return spec;
  }

  @Override
  public int call(ParseResult parsed) throws EngineException {
    boolean force = parsed.matchedOptionValue("--force", false);
    List<String> refs = parsed.matchedPositionalValue(0, List.of());
    try (Engine engine = engines.open()) {
      return EachReference.apply(refs, new ErrorReporter(io.err(), global.debug()),
          image -> engine.images().remove(image, force, engine.containers()).forEach(io.out()::println));
    }
  }
}
