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

  @Override
  public void close() throws BackendException {
    BackendException first = null;
    for (AutoCloseable backend : new AutoCloseable[] {runtime, layers, state}) {
      try {
        backend.close();
      } catch (BackendException e) {
        if (first == null) {
          first = e;
        } else {
          first.addSuppressed(e);
        }
      } catch (Exception e) {
        throw new IllegalStateException("backends close with BackendException only", e);
      }
    }
    if (first != null) {
      throw first;
    }
  }
}
