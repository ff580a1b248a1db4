package io.jpod.ports;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

/** What changes during a container's life. */
public record ContainerState(
    ContainerStatus status,
    OptionalInt pid,
    OptionalInt exitCode,
    Optional<Instant> startedAt,
    Optional<Instant> finishedAt) {
  public static ContainerState configured() {
    return new ContainerState(
        ContainerStatus.CONFIGURED, OptionalInt.empty(), OptionalInt.empty(), Optional.empty(), Optional.empty());
  }
}
