package io.jpod.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import io.jpod.ports.InvalidArgumentException;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads jpod's configuration: {@code /etc/jpod/jpod.conf}, or the file named by {@code JPOD_CONF}. It is TOML in the
 * schema of containers.conf ({@code [engine] runtime, conmon_path, [engine.runtimes]}) and storage.conf
 * ({@code [storage] driver, graphroot, runroot}), so an operator's existing settings read the same. Keys jpod does
 * not use are left alone, as those files hold many.
 */
final class ConfigFile {
  static final Path DEFAULT = Path.of("/etc/jpod/jpod.conf");

  private final Streams io;
  private final GlobalOptions global;

  @Inject
  ConfigFile(Streams io, GlobalOptions global) {
    this.io = io;
    this.global = global;
  }

  EngineConfig load() throws InvalidArgumentException {
    String named = io.env().get("JPOD_CONF");
    Path path = named == null || named.isEmpty() ? DEFAULT : Path.of(named);
    JsonNode doc = read(path, named != null && !named.isEmpty());
    JsonNode engine = doc.path("engine");
    JsonNode storage = doc.path("storage");
    String runtime = global.runtime().orElse(text(engine.path("runtime")).orElse(EngineConfig.DEFAULT_RUNTIME));
    Optional<Path> runtimePath = Optional.empty();
    if (runtime.startsWith("/")) {
      runtimePath = Optional.of(Path.of(runtime));
      runtime = runtimePath.get().getFileName().toString();
    } else {
      runtimePath = firstExisting(engine.path("runtimes").path(runtime));
    }
    return new EngineConfig(
        global.root().orElse(text(storage.path("graphroot")).map(Path::of).orElse(EngineConfig.DEFAULT_ROOT)),
        global.runRoot().orElse(text(storage.path("runroot")).map(Path::of).orElse(EngineConfig.DEFAULT_RUNROOT)),
        global.storageDriver().orElse(text(storage.path("driver")).orElse(EngineConfig.DEFAULT_STORAGE_DRIVER)),
        runtime,
        runtimePath,
        firstExisting(engine.path("conmon_path")),
        path);
  }

  private static JsonNode read(Path path, boolean required) throws InvalidArgumentException {
    if (!Files.exists(path)) {
      if (required) {
        throw new InvalidArgumentException("reading configuration " + path + ": no such file");
      }
      return new TomlMapper().createObjectNode();
    }
    try {
      return new TomlMapper().readTree(path.toFile());
    } catch (IOException e) {
      throw new InvalidArgumentException("reading configuration " + path + ": "
          + e.getMessage().lines().findFirst().orElse("unreadable"), e);
    }
  }

  private static Optional<String> text(JsonNode node) {
    return node.isTextual() && !node.asText().isEmpty() ? Optional.of(node.asText()) : Optional.empty();
  }

  /** containers.conf lists candidate paths; the first that exists is used. */
  private static Optional<Path> firstExisting(JsonNode candidates) {
    if (candidates.isTextual()) {
      return Optional.of(Path.of(candidates.asText()));
    }
    for (JsonNode candidate : candidates) {
      Path path = Path.of(candidate.asText());
      if (Files.isExecutable(path)) {
        return Optional.of(path);
      }
    }
    return Optional.empty();
  }
}
