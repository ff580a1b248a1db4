package io.jpod.ports;

import java.nio.file.Path;
import java.util.Map;

/** Where a storage driver keeps its layers, and its driver-specific options (unknown ones are refused). */
public record StorageSettings(Path root, Map<String, String> options) {
  public StorageSettings {
    options = Map.copyOf(options);
  }
}
