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
  private final ErrorReporter errors;

  @Inject
  RmiCommand(Engines engines, Streams io, ErrorReporter errors) {
    this.engines = engines;
    this.io = io;
    this.errors = errors;
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
      return EachReference.apply(refs, errors,
          image -> engine.images().remove(image, force, engine.containers()).forEach(io.out()::println));
    }
  }
}
