package io.jpod.cli;

import com.google.inject.Binder;
import com.google.inject.Module;
import com.google.inject.TypeLiteral;
import io.jpod.ports.LayerStoreProvider;
import io.jpod.ports.OciRuntimeProvider;
import io.jpod.ports.StateStoreProvider;

/**
 * Finds backends with {@link java.util.ServiceLoader}: a jar that publishes a provider adds a backend with no change
 * to jpod. Which one is used is decided per command from the configuration, by {@link Engines}. Bound as instances,
 * not {@code @Provides} methods: Guice scans a module class and its superclasses for those on every start, so
 * neither module extends AbstractModule either.
 */
final class BackendsModule implements Module {
  @Override
  public void configure(Binder binder) {
    binder.bind(new TypeLiteral<Backends<LayerStoreProvider>>() {})
        .toInstance(Backends.load(LayerStoreProvider.class, LayerStoreProvider::name, "storage driver"));
    binder.bind(new TypeLiteral<Backends<OciRuntimeProvider>>() {})
        .toInstance(Backends.load(OciRuntimeProvider.class, OciRuntimeProvider::name, "runtime"));
    binder.bind(new TypeLiteral<Backends<StateStoreProvider>>() {})
        .toInstance(Backends.load(StateStoreProvider.class, StateStoreProvider::name, "state store"));
  }
}
