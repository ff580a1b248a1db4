package io.jpod.domain.archfixture.guice;

import com.google.inject.Guice;
import com.google.inject.Injector;

/** Breaks GUICE_ONLY_IN_CLI (and the domain rule): domain building an Injector. */
public final class EngineBootstrap {
  public Injector injector() {
    return Guice.createInjector();
  }
}
