package io.jpod.ports;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where a runtime keeps bundles ({@code root}, persistent) and per-boot files ({@code runRoot}: sockets, exit
 * and pid files), and its options (unknown ones are refused).
 */
public record RuntimeSettings(Path root, Path runRoot, Map<String, String> options) {
  public RuntimeSettings {
    options = Map.copyOf(options);
  }
}
