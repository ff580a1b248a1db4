package io.jpod.ports;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/**
 * Copy-on-write layers. A layer is ACTIVE (writable, made by {@link #prepare}) or COMMITTED (read-only, made by
 * {@link #commit}); one never turns into the other. A COMMITTED layer may be the parent of others and cannot be
 * removed while it is. Methods describe mounts; they never mount anything.
 */
public interface LayerStore extends AutoCloseable {
  /** Creates ACTIVE {@code key} above COMMITTED {@code parent}, or empty. Returns the mounts of its root. */
  List<MountSpec> prepare(LayerKey key, Optional<LayerKey> parent)
      throws AlreadyExistsException, NotFoundException, BackendException;

  /**
   * Applies an uncompressed layer tar (OCI whiteouts included) to ACTIVE {@code key}. No entry may reach outside
   * the layer, whatever its path, symlink or hardlink. Returns the tar's digest and the bytes written.
   */
  LayerDiff apply(LayerKey key, InputStream tar)
      throws NotFoundException, InvalidStateException, InvalidArgumentException, BackendException;

  /** Freezes ACTIVE {@code key} as COMMITTED {@code name}; {@code key} stops existing. */
  void commit(LayerKey key, LayerKey name)
      throws NotFoundException, AlreadyExistsException, InvalidStateException, BackendException;

  /** The mounts of an existing layer's root: writable for ACTIVE, read-only for COMMITTED. */
  List<MountSpec> mounts(LayerKey key) throws NotFoundException, BackendException;

  /** The layer, if it exists. */
  Optional<LayerInfo> stat(LayerKey key) throws BackendException;

  /** All layers, in no particular order. */
  List<LayerInfo> list() throws BackendException;

  /** Deletes {@code key} and its files; refused while another layer has it as parent. */
  void remove(LayerKey key) throws NotFoundException, InvalidStateException, BackendException;

  @Override
  void close() throws BackendException;
}
