package io.jpod.ports;

import java.time.Instant;
import java.util.List;

/**
 * A stored container: what was fixed at creation, and its {@link ContainerState}. {@code layer} is its writable
 * layer; {@code runtime} names the OCI runtime that runs it; {@code spec} is the runtime spec it was created with.
 */
public record ContainerRecord(
    ContainerId id,
    String name,
    ImageId image,
    String imageName,
    LayerKey layer,
    List<String> command,
    Instant created,
    String runtime,
    boolean autoRemove,
    RuntimeSpec spec,
    ContainerState state) {
  public ContainerRecord {
    command = List.copyOf(command);
  }

  public ContainerRecord withState(ContainerState next) {
    return new ContainerRecord(id, name, image, imageName, layer, command, created, runtime, autoRemove, spec, next);
  }
}
