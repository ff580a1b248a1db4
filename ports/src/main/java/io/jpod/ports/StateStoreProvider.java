package io.jpod.ports;

import java.nio.file.Path;

/** SPI of a state store ("sqlite"), found with {@link java.util.ServiceLoader}. */
public interface StateStoreProvider {
  String name();

  /** Opens, creating if needed, the store kept under {@code root}. */
  StateStore open(Path root) throws UnavailableException, BackendException;
}
