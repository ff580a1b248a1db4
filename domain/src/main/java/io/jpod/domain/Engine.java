package io.jpod.domain;

import io.jpod.ports.BackendException;
import io.jpod.ports.LayerStore;
import io.jpod.ports.OciRuntime;
import io.jpod.ports.StateStore;
import java.time.Clock;
import java.util.random.RandomGenerator;

/** One engine over one set of backends, open for the length of a command. Closing it closes the backends. */
public final class Engine implements AutoCloseable {
  private final StateStore state;
  private final LayerStore layers;
  private final OciRuntime runtime;
  private final ImageService images;
  private final ContainerService containers;

  public Engine(StateStore state, LayerStore layers, OciRuntime runtime, String runtimeName, HostLimits limits,
      Clock clock, RandomGenerator random) {
    this.state = state;
    this.layers = layers;
    this.runtime = runtime;
    this.images = new ImageService(state, layers, clock, random);
    this.containers = new ContainerService(state, layers, runtime, runtimeName, new RuntimeSpecFactory(limits),
        clock, random);
  }

  public ImageService images() {
    return images;
  }

  public ContainerService containers() {
    return containers;
  }

  /** Closes every backend, even when one fails; the first failure is thrown with the others suppressed. */
  @Override
  public void close() throws BackendException {
    BackendException failure = closeInto(null, runtime::close);
    failure = closeInto(failure, layers::close);
    failure = closeInto(failure, state::close);
    if (failure != null) {
      throw failure;
    }
  }

  private interface Closer {
    void close() throws BackendException;
  }

  private static BackendException closeInto(BackendException first, Closer closer) {
    try {
      closer.close();
      return first;
    } catch (BackendException e) {
      if (first == null) {
        return e;
      }
      first.addSuppressed(e);
      return first;
    }
  }
}
