package io.jpod.adapters.archfixtureleaky;

import io.jpod.ports.OciRuntime;
import io.jpod.ports.OciRuntimeProvider;
import io.jpod.ports.RuntimeSettings;
import io.jpod.ports.UnavailableException;

/** The provider of the leaky adapter: public as it must be. */
public final class LeakyProvider implements OciRuntimeProvider {
  @Override
  public String name() {
    return "archfixture-leaky";
  }

  @Override
  public void probe() throws UnavailableException {
    throw unavailable();
  }

  @Override
  public OciRuntime open(RuntimeSettings settings) throws UnavailableException {
    throw unavailable();
  }

  private UnavailableException unavailable() {
    return new UnavailableException(name() + " is a class-file fixture, not a runtime");
  }
}
