package io.jpod.ports;

/** SPI of a storage driver ("vfs", "overlay"), found with {@link java.util.ServiceLoader}. */
public interface LayerStoreProvider {
  /** The driver's name as given to {@code --storage-driver}. */
  String name();

  /** Checks, without touching any state, that the driver can work on this host. */
  void probe() throws UnavailableException;

  /** Opens the store under {@code settings.root()/<name>}; refuses a root that another driver made. */
  LayerStore open(StorageSettings settings) throws UnavailableException, InvalidArgumentException, BackendException;
}
