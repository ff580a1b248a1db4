package io.jpod.ports;

/** SPI of an OCI runtime ("runc", "crun"), found with {@link java.util.ServiceLoader}. */
public interface OciRuntimeProvider {
  /** The runtime's name as given to {@code --runtime}. */
  String name();

  /** Checks, without touching any state, that the runtime and its monitor can work on this host. */
  void probe() throws UnavailableException;

  OciRuntime open(RuntimeSettings settings) throws UnavailableException, InvalidArgumentException;
}
