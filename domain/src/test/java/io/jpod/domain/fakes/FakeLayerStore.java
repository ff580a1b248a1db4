package io.jpod.domain.fakes;

import io.jpod.ports.AlreadyExistsException;
import io.jpod.ports.BackendException;
import io.jpod.ports.Digest;
import io.jpod.ports.InvalidArgumentException;
import io.jpod.ports.InvalidStateException;
import io.jpod.ports.LayerDiff;
import io.jpod.ports.LayerInfo;
import io.jpod.ports.LayerInfo.Kind;
import io.jpod.ports.LayerKey;
import io.jpod.ports.LayerStore;
import io.jpod.ports.MountSpec;
import io.jpod.ports.NotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Layers in memory with the port's rules: ACTIVE or COMMITTED, parents must be COMMITTED and cannot be removed
 * while a child exists. {@link #apply} consumes the whole stream and returns the sha256 of its bytes.
 */
public final class FakeLayerStore implements LayerStore {
  private final Map<LayerKey, LayerInfo> layers = new LinkedHashMap<>();
  private InvalidArgumentException nextApplyFailure;
  private boolean closed;

  /** Makes the next {@link #apply} read its stream and then throw {@code failure}, as a rejected tar would. */
  public synchronized void failNextApply(InvalidArgumentException failure) {
    nextApplyFailure = failure;
  }

  @Override
  public synchronized List<MountSpec> prepare(LayerKey key, Optional<LayerKey> parent)
      throws AlreadyExistsException, NotFoundException {
    if (layers.containsKey(key)) {
      throw new AlreadyExistsException("cannot prepare layer " + key + ": it exists");
    }
    if (parent.isPresent() && kind(parent.get()) != Kind.COMMITTED) {
      throw new NotFoundException("cannot prepare layer " + key + ": no committed layer " + parent.get());
    }
    layers.put(key, new LayerInfo(key, parent, Kind.ACTIVE));
    return mountsOf(key, Kind.ACTIVE);
  }

  @Override
  public synchronized LayerDiff apply(LayerKey key, InputStream tar)
      throws NotFoundException, InvalidStateException, InvalidArgumentException, BackendException {
    requireActive(key, "apply to");
    byte[] bytes;
    try {
      bytes = tar.readAllBytes();
    } catch (IOException e) {
      throw new BackendException("cannot read the tar for layer " + key, e);
    }
    if (nextApplyFailure != null) {
      InvalidArgumentException failure = nextApplyFailure;
      nextApplyFailure = null;
      throw failure;
    }
    return new LayerDiff(Digest.sha256(sha256(bytes)), bytes.length);
  }

  @Override
  public synchronized void commit(LayerKey key, LayerKey name)
      throws NotFoundException, AlreadyExistsException, InvalidStateException {
    LayerInfo active = requireActive(key, "commit");
    if (layers.containsKey(name)) {
      throw new AlreadyExistsException("cannot commit layer " + key + " as " + name + ": " + name + " exists");
    }
    layers.remove(key);
    layers.put(name, new LayerInfo(name, active.parent(), Kind.COMMITTED));
  }

  @Override
  public synchronized List<MountSpec> mounts(LayerKey key) throws NotFoundException {
    return mountsOf(key, kind(key));
  }

  @Override
  public synchronized Optional<LayerInfo> stat(LayerKey key) {
    return Optional.ofNullable(layers.get(key));
  }

  @Override
  public synchronized List<LayerInfo> list() {
    return List.copyOf(layers.values());
  }

  @Override
  public synchronized void remove(LayerKey key) throws NotFoundException, InvalidStateException {
    kind(key);
    for (LayerInfo other : layers.values()) {
      if (other.parent().equals(Optional.of(key))) {
        throw new InvalidStateException("cannot remove layer " + key + ": it is the parent of " + other.key());
      }
    }
    layers.remove(key);
  }

  @Override
  public synchronized void close() {
    closed = true;
  }

  public synchronized boolean closed() {
    return closed;
  }

  private Kind kind(LayerKey key) throws NotFoundException {
    LayerInfo info = layers.get(key);
    if (info == null) {
      throw new NotFoundException("layer " + key + " not found");
    }
    return info.kind();
  }

  private LayerInfo requireActive(LayerKey key, String operation) throws NotFoundException, InvalidStateException {
    if (kind(key) != Kind.ACTIVE) {
      throw new InvalidStateException("cannot " + operation + " layer " + key + ": it is committed");
    }
    return layers.get(key);
  }

  private static List<MountSpec> mountsOf(LayerKey key, Kind kind) {
    return List.of(new MountSpec("bind", "/fake/layers/" + key, List.of(kind == Kind.ACTIVE ? "rw" : "ro")));
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK always provides SHA-256", e);
    }
  }
}
