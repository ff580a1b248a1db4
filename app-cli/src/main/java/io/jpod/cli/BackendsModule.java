package io.jpod.cli;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.jpod.ports.LayerStoreProvider;
import io.jpod.ports.OciRuntimeProvider;
import io.jpod.ports.StateStoreProvider;

/**
 * Finds backends with {@link java.util.ServiceLoader}: a jar that publishes a provider adds a backend with no change
 * to jpod. Which one is used is decided per command from the configuration, by {@link Engines}.
 */
final class BackendsModule extends AbstractModule {
  @Provides
  @Singleton
  Backends<LayerStoreProvider> storageDrivers() {
    return Backends.load(LayerStoreProvider.class, LayerStoreProvider::name, "storage driver");
  }

  @Provides
  @Singleton
  Backends<OciRuntimeProvider> runtimes() {
    return Backends.load(OciRuntimeProvider.class, OciRuntimeProvider::name, "runtime");
  }

  @Provides
  @Singleton
  Backends<StateStoreProvider> stateStores() {
    return Backends.load(StateStoreProvider.class, StateStoreProvider::name, "state store");
  }
}
