package io.jpod.adapters.archfixturestorage;

import io.jpod.ports.LayerStore;
import io.jpod.ports.LayerStoreProvider;
import io.jpod.ports.StorageSettings;
import io.jpod.ports.UnavailableException;

/** Keeps the adapter rules: a storage adapter whose only public class is its provider. */
public final class StorageProvider implements LayerStoreProvider {
  @Override
  public String name() {
    return "archfixture";
  }

  @Override
  public void probe() throws UnavailableException {
    throw unavailable();
  }

  @Override
  public LayerStore open(StorageSettings settings) throws UnavailableException {
    throw unavailable();
  }

  private UnavailableException unavailable() {
    return new UnavailableException(name() + " is a class-file fixture, not a storage driver");
  }
}
