package io.jpod.domain;

import io.jpod.ports.ContainerRecord;
import io.jpod.ports.Digest;
import io.jpod.ports.EngineException;
import io.jpod.ports.ImageConfig;
import io.jpod.ports.ImageId;
import io.jpod.ports.ImageRecord;
import io.jpod.ports.InvalidStateException;
import io.jpod.ports.LayerDiff;
import io.jpod.ports.LayerKey;
import io.jpod.ports.LayerStore;
import io.jpod.ports.NotFoundException;
import io.jpod.ports.StateStore;
import io.jpod.ports.StateTransaction;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;

/** Images: import, look-up, listing and removal. */
public final class ImageService {
  private final StateStore state;
  private final LayerStore layers;
  private final Clock clock;
  private final RandomGenerator random;

  ImageService(StateStore state, LayerStore layers, Clock clock, RandomGenerator random) {
    this.state = state;
    this.layers = layers;
    this.clock = clock;
    this.random = random;
  }

  /**
   * Makes a one-layer image from an uncompressed rootfs tar and names it {@code name} (moving the name from any
   * image that had it).
   */
  public ImageRecord importRootfs(InputStream tar, String name, Map<String, String> changes) throws EngineException {
    ImageReference reference = ImageReference.parse(name);
    LayerKey staging = new LayerKey("import-" + Ids.randomHex(random).substring(0, 16));
    layers.prepare(staging, Optional.empty());
    LayerDiff diff;
    LayerKey committed;
    try {
      diff = layers.apply(staging, tar);
      committed = new LayerKey(diff.diffId().hex());
      if (layers.stat(committed).isPresent()) {
        layers.remove(staging);
      } else {
        layers.commit(staging, committed);
      }
    } catch (EngineException | RuntimeException e) {
      removeQuietly(staging, e);
      throw e;
    }
    Instant created = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    ImageConfig config = new ImageConfig("linux", "amd64", "", List.of(RuntimeSpecFactory.DEFAULT_PATH),
        List.of(), changes.containsKey("CMD") ? List.of("/bin/sh", "-c", changes.get("CMD")) : List.of(),
        "", Map.of(), "");
    String json = ImageConfigJson.write(config, List.of(diff.diffId()), created, "jpod import");
    ImageId id = new ImageId(ImageConfigJson.digest(json).hex());
    return state.write(tx -> {
      moveName(tx, reference.toString(), id);
      Optional<ImageRecord> existing = tx.image(id);
      List<String> names = new ArrayList<>(existing.map(ImageRecord::names).orElse(List.of()));
      if (!names.contains(reference.toString())) {
        names.add(reference.toString());
      }
      ImageRecord stored = new ImageRecord(id, names, existing.map(ImageRecord::created).orElse(created),
          List.of(diff.diffId()), committed, diff.size(), config, existing.map(ImageRecord::configJson).orElse(json));
      tx.putImage(stored);
      return stored;
    });
  }

  private void removeQuietly(LayerKey key, Exception cause) {
    try {
      layers.remove(key);
    } catch (EngineException cleanup) {
      cause.addSuppressed(cleanup);
    }
  }

  private static void moveName(StateTransaction tx, String name, ImageId keeper) throws EngineException {
    for (ImageRecord other : tx.images()) {
      if (!other.id().equals(keeper) && other.names().contains(name)) {
        List<String> rest = new ArrayList<>(other.names());
        rest.remove(name);
        tx.putImage(new ImageRecord(other.id(), rest, other.created(), other.diffIds(), other.topLayer(),
            other.size(), other.config(), other.configJson()));
      }
    }
  }

  /** All images, newest first. */
  public List<ImageRecord> list() throws EngineException {
    List<ImageRecord> images = new ArrayList<>(state.read(StateTransaction::images));
    images.sort(Comparator.comparing(ImageRecord::created).reversed());
    return images;
  }

  /** Finds an image by name (short names are local), full ID or unique ID prefix. */
  public ImageRecord resolve(String ref) throws EngineException {
    return state.read(tx -> resolve(tx, ref));
  }

  static ImageRecord resolve(StateTransaction tx, String ref) throws EngineException {
    List<ImageRecord> images = tx.images();
    if (ref.matches("(sha256:)?[0-9a-f]{6,64}")) {
      String hex = ref.startsWith("sha256:") ? ref.substring(7) : ref;
      List<ImageRecord> byId = images.stream().filter(i -> i.id().hex().startsWith(hex)).toList();
      if (byId.size() == 1) {
        return byId.get(0);
      } else if (byId.size() > 1) {
        throw new NotFoundException(ref + ": image ID is ambiguous (" + byId.size() + " images match)");
      }
    }
    Optional<String> name = normalised(ref);
    if (name.isPresent()) {
      for (ImageRecord image : images) {
        if (image.names().contains(name.get())) {
          return image;
        }
      }
    }
    throw new NotFoundException(ref + ": image not known");
  }

  private static Optional<String> normalised(String ref) {
    try {
      return Optional.of(ImageReference.parse(ref).toString());
    } catch (io.jpod.ports.InvalidArgumentException e) {
      return Optional.empty();
    }
  }

  /** The name to remove when {@code ref} names {@code image} and the image has other names to keep. */
  private static Optional<String> untagOnly(String ref, ImageRecord image) {
    return normalised(ref).filter(image.names()::contains).filter(name -> image.names().size() > 1);
  }

  /**
   * Removes the name {@code ref} was given by, or the whole image when given by ID or when that was its last
   * name. Refused while a container uses it unless {@code force}, which removes those containers' records too.
   * Returns the lines podman prints: "Untagged: name" and "Deleted: id".
   */
  public List<String> remove(String ref, boolean force, ContainerService containers) throws EngineException {
    ImageRecord target = resolve(ref);
    // untagging leaves the image, so its containers stay even with force
    if (force && untagOnly(ref, target).isEmpty()) {
      for (ContainerRecord user : containers.list(true)) {
        if (user.image().equals(target.id())) {
          containers.remove(user.id().hex(), true);
        }
      }
    }
    List<String> report = new ArrayList<>();
    LayerKey orphan = state.write(tx -> {
      ImageRecord image = resolve(tx, ref);
      Optional<String> name = untagOnly(ref, image);
      if (name.isPresent()) {
        List<String> rest = new ArrayList<>(image.names());
        rest.remove(name.get());
        tx.putImage(new ImageRecord(image.id(), rest, image.created(), image.diffIds(), image.topLayer(),
            image.size(), image.config(), image.configJson()));
        report.add("Untagged: " + name.get());
        return null;
      }
      if (!force && image.names().size() > 1) {
        throw new InvalidStateException("unable to delete image \"" + image.id().hex()
            + "\" by ID with more than one tag (" + image.names() + "): please force removal");
      }
      List<ContainerRecord> users = tx.containers().stream().filter(c -> c.image().equals(image.id())).toList();
      if (!users.isEmpty()) {
        throw new InvalidStateException("image used by " + users.get(0).id().hex()
            + ": image is in use by a container: consider listing external containers and force-removing image");
      }
      image.names().forEach(n -> report.add("Untagged: " + n));
      tx.deleteImage(image.id());
      report.add("Deleted: " + image.id().hex());
      boolean shared = tx.images().stream().anyMatch(i -> i.topLayer().equals(image.topLayer()));
      return shared ? null : image.topLayer();
    });
    if (orphan != null) {
      try {
        layers.remove(orphan);
      } catch (NotFoundException alreadyGone) {
        // an earlier interrupted removal deleted the layer but not the record; nothing is left to do
      }
    }
    return report;
  }
}
