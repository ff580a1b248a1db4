package io.jpod.ports;

import java.time.Instant;
import java.util.List;

/**
 * A stored image. {@code names} are full references ({@code localhost/app:latest}); {@code configJson} is the exact
 * config document whose sha256 is the id; {@code topLayer} is the committed layer holding the whole rootfs.
 */
public record ImageRecord(
    ImageId id,
    List<String> names,
    Instant created,
    List<Digest> diffIds,
    LayerKey topLayer,
    long size,
    ImageConfig config,
    String configJson) {
  public ImageRecord {
    names = List.copyOf(names);
    diffIds = List.copyOf(diffIds);
  }
}
