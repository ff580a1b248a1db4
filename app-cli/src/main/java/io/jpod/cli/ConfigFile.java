package io.jpod.cli;

import io.jpod.ports.InvalidArgumentException;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
    Map<String, Object> doc = read(path, named != null && !named.isEmpty());
    Map<String, Object> engine = table(doc, "engine");
    Map<String, Object> storage = table(doc, "storage");
    String runtime = global.runtime().orElse(text(engine, "runtime").orElse(EngineConfig.DEFAULT_RUNTIME));
    Optional<Path> runtimePath;
    if (runtime.startsWith("/")) {
      runtimePath = Optional.of(Path.of(runtime));
      runtime = runtimePath.get().getFileName().toString();
    } else {
      runtimePath = firstExisting(table(engine, "runtimes").get(runtime));
    }
    return new EngineConfig(
        global.root().orElse(text(storage, "graphroot").map(Path::of).orElse(EngineConfig.DEFAULT_ROOT)),
        global.runRoot().orElse(text(storage, "runroot").map(Path::of).orElse(EngineConfig.DEFAULT_RUNROOT)),
        global.storageDriver().orElse(text(storage, "driver").orElse(EngineConfig.DEFAULT_STORAGE_DRIVER)),
        runtime,
        runtimePath,
        firstExisting(engine.get("conmon_path")),
        path);
  }

  private static Map<String, Object> read(Path path, boolean required) throws InvalidArgumentException {
    try {
      return Toml.parse(Files.readString(path), path.toString());
    } catch (NoSuchFileException e) {
      if (required) {
        throw new InvalidArgumentException("reading configuration " + path + ": no such file", e);
      }
      return Map.of();
    } catch (IOException e) {
      throw new InvalidArgumentException("reading configuration " + path + ": " + e.getMessage(), e);
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> table(Map<String, Object> parent, String key) {
    return parent.get(key) instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
  }

  private static Optional<String> text(Map<String, Object> table, String key) {
    return table.get(key) instanceof String s && !s.isEmpty() ? Optional.of(s) : Optional.empty();
  }

  /** containers.conf lists candidate paths; the first that exists is used. */
  private static Optional<Path> firstExisting(Object candidates) {
    if (candidates instanceof String single) {
      return Optional.of(Path.of(single));
    }
    if (candidates instanceof List<?> list) {
      for (Object candidate : list) {
        Path path = Path.of(String.valueOf(candidate));
        if (Files.isExecutable(path)) {
          return Optional.of(path);
        }
      }
    }
    return Optional.empty();
  }
}
