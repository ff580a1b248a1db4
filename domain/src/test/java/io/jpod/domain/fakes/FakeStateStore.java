package io.jpod.domain.fakes;

import io.jpod.ports.AlreadyExistsException;
import io.jpod.ports.BackendException;
import io.jpod.ports.ContainerId;
import io.jpod.ports.ContainerRecord;
import io.jpod.ports.EngineException;
import io.jpod.ports.ImageId;
import io.jpod.ports.ImageRecord;
import io.jpod.ports.NotFoundException;
import io.jpod.ports.StateStore;
import io.jpod.ports.StateTransaction;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A state store in memory. Each transaction works on copies of the maps; a write publishes them only when its
 * work returns, so a work that throws leaves the store as it was. A read transaction refuses changes.
 */
public final class FakeStateStore implements StateStore {
  private Map<ImageId, ImageRecord> images = new LinkedHashMap<>();
  private Map<ContainerId, ContainerRecord> containers = new LinkedHashMap<>();
  private Map<String, String> settings = new LinkedHashMap<>();
  private int commits;
  private boolean closed;

  @Override
  public synchronized <T> T read(Work<T> work) throws EngineException {
    requireOpen();
    return work.run(new Transaction(images, containers, settings, false));
  }

  @Override
  public synchronized <T> T write(Work<T> work) throws EngineException {
    requireOpen();
    Transaction tx = new Transaction(images, containers, settings, true);
    T result = work.run(tx);
    images = tx.images;
    containers = tx.containers;
    settings = tx.settings;
    commits++;
    return result;
  }

  @Override
  public synchronized void close() {
    closed = true;
  }

  /** The committed images, in insertion order. */
  public synchronized List<ImageRecord> images() {
    return List.copyOf(images.values());
  }

  /** The committed containers, in insertion order. */
  public synchronized List<ContainerRecord> containers() {
    return List.copyOf(containers.values());
  }

  /** How many write transactions were committed. */
  public synchronized int commits() {
    return commits;
  }

  public synchronized boolean closed() {
    return closed;
  }

  private void requireOpen() throws BackendException {
    if (closed) {
      throw new BackendException("state store is closed");
    }
  }

  private static final class Transaction implements StateTransaction {
    private final Map<ImageId, ImageRecord> images;
    private final Map<ContainerId, ContainerRecord> containers;
    private final Map<String, String> settings;
    private final boolean writable;

    Transaction(Map<ImageId, ImageRecord> images, Map<ContainerId, ContainerRecord> containers,
        Map<String, String> settings, boolean writable) {
      this.images = new LinkedHashMap<>(images);
      this.containers = new LinkedHashMap<>(containers);
      this.settings = new LinkedHashMap<>(settings);
      this.writable = writable;
    }

    @Override
    public Optional<ImageRecord> image(ImageId id) {
      return Optional.ofNullable(images.get(id));
    }

    @Override
    public List<ImageRecord> images() {
      return List.copyOf(images.values());
    }

    @Override
    public void putImage(ImageRecord image) {
      requireWritable();
      images.put(image.id(), image);
    }

    @Override
    public void deleteImage(ImageId id) throws NotFoundException {
      requireWritable();
      if (images.remove(id) == null) {
        throw new NotFoundException("cannot delete image " + id + ": no such image");
      }
    }

    @Override
    public Optional<ContainerRecord> container(ContainerId id) {
      return Optional.ofNullable(containers.get(id));
    }

    @Override
    public List<ContainerRecord> containers() {
      return List.copyOf(containers.values());
    }

    @Override
    public void putContainer(ContainerRecord container) throws AlreadyExistsException {
      requireWritable();
      for (ContainerRecord other : containers.values()) {
        if (!other.id().equals(container.id()) && other.name().equals(container.name())) {
          throw new AlreadyExistsException("cannot save container " + container.id() + ": name \""
              + container.name() + "\" is taken by " + other.id());
        }
      }
      containers.put(container.id(), container);
    }

    @Override
    public void deleteContainer(ContainerId id) throws NotFoundException {
      requireWritable();
      if (containers.remove(id) == null) {
        throw new NotFoundException("cannot delete container " + id + ": no such container");
      }
    }

    @Override
    public Optional<String> setting(String key) {
      return Optional.ofNullable(settings.get(key));
    }

    @Override
    public void putSetting(String key, String value) {
      requireWritable();
      settings.put(key, value);
    }

    private void requireWritable() {
      if (!writable) {
        throw new IllegalStateException("change attempted in a read-only transaction");
      }
    }
  }
}
