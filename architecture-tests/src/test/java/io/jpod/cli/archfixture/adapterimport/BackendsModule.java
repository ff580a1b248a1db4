package io.jpod.cli.archfixture.adapterimport;

import io.jpod.adapters.archfixturestorage.StorageProvider;
import io.jpod.ports.LayerStoreProvider;

/** Breaks CLI_DOES_NOT_DEPEND_ON_ADAPTERS: naming an adapter class instead of using ServiceLoader. */
final class BackendsModule {
  LayerStoreProvider storage() {
    return new StorageProvider();
  }
}
