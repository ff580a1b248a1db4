package io.jpod.adapters.vfs;

import io.jpod.host.layers.DirectoryLayerStore;
import io.jpod.ports.BackendException;
import io.jpod.ports.InvalidArgumentException;
import io.jpod.ports.LayerStore;
import io.jpod.ports.LayerStoreProvider;
import io.jpod.ports.StorageSettings;

/** The vfs storage driver: every layer is a full copy of its parent's tree, so it works on any filesystem. */
public final class VfsProvider implements LayerStoreProvider {
  static final String NAME = "vfs";

  @Override
  public String name() {
    return NAME;
  }

  /** vfs needs nothing from the kernel beyond a POSIX filesystem, so there is nothing to check. */
  @Override
  public void probe() {}

  @Override
  public LayerStore open(StorageSettings settings) throws InvalidArgumentException, BackendException {
    return DirectoryLayerStore.open(new VfsLayout(), settings);
  }
}
