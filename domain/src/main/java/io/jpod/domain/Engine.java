package io.jpod.domain;

import io.jpod.ports.BackendException;
import io.jpod.ports.EngineException;
import io.jpod.ports.InvalidArgumentException;
import io.jpod.ports.LayerStore;
import io.jpod.ports.OciRuntime;
import io.jpod.ports.StateStore;
import java.time.Clock;
import java.util.Optional;
import java.util.random.RandomGenerator;

/** One engine over one set of backends, open for the length of a command. Closing it closes the backends. */
public final class Engine implements AutoCloseable {
  static final String STORAGE_DRIVER_SETTING = "storage-driver";

  private final StateStore state;
  private final LayerStore layers;
  private final OciRuntime runtime;
  private final ImageService images;
  private final ContainerService containers;

  private Engine(StateStore state, LayerStore layers, OciRuntime runtime, String runtimeName, HostLimits limits,
      Clock clock, RandomGenerator random) {
    this.state = state;
    this.layers = layers;
    this.runtime = runtime;
    this.images = new ImageService(state, layers, clock, random);
    this.containers = new ContainerService(state, layers, runtime, runtimeName, new RuntimeSpecFactory(limits),
        clock, random);
  }

  /**
   * An engine over these backends. The state store's records name layers of one storage driver, so the first
   * engine on a root records its driver and another driver is refused there, as podman refuses it.
   */
  public static Engine open(StateStore state, LayerStore layers, String storageDriver, OciRuntime runtime,
      String runtimeName, HostLimits limits, Clock clock, RandomGenerator random) throws EngineException {
    requireStorageDriver(state, storageDriver);
    return new Engine(state, layers, runtime, runtimeName, limits, clock, random);
  }

  private static void requireStorageDriver(StateStore state, String driver) throws EngineException {
    Optional<String> recorded = state.read(tx -> tx.setting(STORAGE_DRIVER_SETTING));
    if (recorded.isEmpty()) {
      // Another process may record its driver first; the write sees that and keeps it.
      recorded = Optional.of(state.write(tx -> {
        Optional<String> first = tx.setting(STORAGE_DRIVER_SETTING);
        if (first.isEmpty()) {
          tx.putSetting(STORAGE_DRIVER_SETTING, driver);
        }
        return first.orElse(driver);
      }));
    }
    if (!recorded.get().equals(driver)) {
      throw new InvalidArgumentException("database storage graph driver \"" + recorded.get()
          + "\" does not match our storage graph driver \"" + driver + "\": database configuration mismatch");
    }
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
