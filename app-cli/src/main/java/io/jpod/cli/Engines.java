package io.jpod.cli;

import io.jpod.domain.Engine;
import io.jpod.domain.HostLimits;
import io.jpod.host.system.KernelRandom;
import io.jpod.host.system.ResourceLimits;
import io.jpod.ports.BackendException;
import io.jpod.ports.EngineException;
import io.jpod.ports.LayerStore;
import io.jpod.ports.LayerStoreProvider;
import io.jpod.ports.OciRuntime;
import io.jpod.ports.OciRuntimeProvider;
import io.jpod.ports.RuntimeSettings;
import io.jpod.ports.StateStore;
import io.jpod.ports.StateStoreProvider;
import io.jpod.ports.StorageSettings;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/** Opens an {@link Engine} on the backends the configuration names, one per command. */
final class Engines {
  static final String STATE_STORE = "sqlite";

  private final ConfigFile configFile;
  private final Backends<LayerStoreProvider> storageDrivers;
  private final Backends<OciRuntimeProvider> runtimes;
  private final Backends<StateStoreProvider> stateStores;

  @Inject
  Engines(ConfigFile configFile, Backends<LayerStoreProvider> storageDrivers, Backends<OciRuntimeProvider> runtimes,
      Backends<StateStoreProvider> stateStores) {
    this.configFile = configFile;
    this.storageDrivers = storageDrivers;
    this.runtimes = runtimes;
    this.stateStores = stateStores;
  }

  EngineConfig config() throws EngineException {
    return configFile.load();
  }

  Backends<LayerStoreProvider> storageDrivers() {
    return storageDrivers;
  }

  Backends<OciRuntimeProvider> runtimes() {
    return runtimes;
  }

  Engine open() throws EngineException {
    EngineConfig config = config();
    LayerStoreProvider storage = storageDrivers.get(config.storageDriver());
    OciRuntimeProvider runtime = runtimes.get(config.runtime());
    StateStoreProvider stateStore = stateStores.get(STATE_STORE);
    Map<String, String> runtimeOptions = new HashMap<>();
    config.runtimePath().ifPresent(p -> runtimeOptions.put("runtime_path", p.toString()));
    config.conmonPath().ifPresent(p -> runtimeOptions.put("conmon_path", p.toString()));
    HostLimits limits = limits();
    StateStore state = stateStore.open(config.root());
    LayerStore layers = null;
    OciRuntime oci = null;
    try {
      layers = storage.open(new StorageSettings(config.root(), Map.of()));
      oci = runtime.open(new RuntimeSettings(config.root(), config.runRoot(), runtimeOptions));
      return Engine.open(state, layers, storage.name(), oci, runtime.name(), limits, Clock.systemUTC(),
          new KernelRandom());
    } catch (EngineException | RuntimeException e) {
      for (AutoCloseable opened : new AutoCloseable[] {oci, layers, state}) {
        if (opened != null) {
          closeAfterFailure(opened, e);
        }
      }
      throw e;
    }
  }

  private static HostLimits limits() throws BackendException {
    try {
      ResourceLimits limits = ResourceLimits.current();
      return new HostLimits(limits.nofileHard(), limits.nprocHard());
    } catch (IOException e) {
      throw new BackendException("cannot read this process's resource limits", e);
    }
  }

  private static void closeAfterFailure(AutoCloseable backend, Exception cause) {
    try {
      backend.close();
    } catch (Exception e) {
      cause.addSuppressed(e);
    }
  }
}
