package io.jpod.ports;

import java.util.List;

/**
 * A mount to perform, without its target: storage produces these for a rootfs, the runtime consumes them,
 * and {@code host} performs them. A single {@code bind} spec means "use {@code source} as the directory".
 */
public record MountSpec(String type, String source, List<String> options) {
  public MountSpec {
    options = List.copyOf(options);
  }
}
