package io.jpod.host.layers;

import io.jpod.host.archive.Trees;
import io.jpod.host.archive.UnsafeArchiveException;
import io.jpod.host.system.KernelRandom;
import io.jpod.ports.AlreadyExistsException;
import io.jpod.ports.BackendException;
import io.jpod.ports.InvalidArgumentException;
import io.jpod.ports.InvalidStateException;
import io.jpod.ports.LayerDiff;
import io.jpod.ports.LayerInfo;
import io.jpod.ports.LayerKey;
import io.jpod.ports.LayerStore;
import io.jpod.ports.MountSpec;
import io.jpod.ports.NotFoundException;
import io.jpod.ports.StorageSettings;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Layers as directory trees under a driver's home, shaped by its {@link LayerLayout} (vfs: full copies; overlay:
 * each layer's own changes):
 * <pre>
 *   driver          the name of the driver that owns this directory
 *   lock            exclusive file lock held around every change (other jpod processes share the store)
 *   layers/KEY      the layer's record ({@link LayerMeta}); a layer exists exactly when its record does
 *   dir/ID/         a layer's tree; ID is random so commit only rewrites records, never moves data
 *   tmp/            records being written
 * </pre>
 * Each change ends with one atomic rename of a record (written to tmp, fsynced, renamed, directory fsynced), so
 * after a crash or {@code kill -9} every record names a complete tree. The leftovers of an interrupted change
 * (unreferenced trees, tmp files, the ACTIVE record of a commit whose COMMITTED record was written) are deleted by
 * the next {@link #open}; a layer whose apply was interrupted stays marked and refuses apply and commit.
 */
public final class DirectoryLayerStore implements LayerStore {
  private static final Map<Path, ReentrantLock> PROCESS_LOCKS = new ConcurrentHashMap<>();
  private static final KernelRandom RANDOM = new KernelRandom();
  private static final String DRIVER_FILE = "driver";
  private static final String LOCK_FILE = "lock";

  private final LayerLayout layout;
  private final Path home;
  private final Path layers;
  private final Path trees;
  private final Path tmp;
  private final ReentrantLock processLock;
  private FileChannel lockChannel;

  private DirectoryLayerStore(LayerLayout layout, Path home, FileChannel lockChannel) {
    this.layout = layout;
    this.home = home;
    this.layers = home.resolve("layers");
    this.trees = home.resolve("dir");
    this.tmp = home.resolve("tmp");
    this.lockChannel = lockChannel;
    this.processLock = PROCESS_LOCKS.computeIfAbsent(home, h -> new ReentrantLock());
  }

  /**
   * Opens (creating on first use) the store in {@code <root>/<driver>}, refusing a directory another driver owns.
   * The directory drivers take no storage options.
   */
  public static DirectoryLayerStore open(LayerLayout layout, StorageSettings settings)
      throws InvalidArgumentException, BackendException {
    if (!settings.options().isEmpty()) {
      throw new InvalidArgumentException("unknown " + layout.driver() + " storage option(s) "
          + String.join(", ", new TreeSet<>(settings.options().keySet())) + " (valid options: none)");
    }
    Path absolute = settings.root().resolve(layout.driver()).toAbsolutePath().normalize();
    FileChannel channel;
    try {
      Files.createDirectories(absolute);
      channel = FileChannel.open(absolute.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    } catch (IOException e) {
      throw new BackendException("cannot open " + layout.driver() + " store " + absolute + ": " + e.getMessage(), e);
    }
    DirectoryLayerStore store = new DirectoryLayerStore(layout, absolute, channel);
    try (Locked _ = store.lock("open " + layout.driver() + " store " + absolute)) {
      store.claim();
      store.recover();
    } catch (InvalidArgumentException | BackendException | RuntimeException e) {
      store.closeChannel(e);
      throw e;
    }
    return store;
  }

  @Override
  public List<MountSpec> prepare(LayerKey key, Optional<LayerKey> parent)
      throws AlreadyExistsException, NotFoundException, BackendException {
    String action = "cannot prepare layer " + key;
    try (Locked _ = lock(action)) {
      if (read(key, action).isPresent()) {
        throw new AlreadyExistsException(action + ": it exists");
      }
      Optional<LayerMeta> parentMeta = Optional.empty();
      if (parent.isPresent()) {
        parentMeta = read(parent.get(), action);
        if (parentMeta.isEmpty()) {
          throw new NotFoundException(action + ": parent layer " + parent.get() + " does not exist");
        }
        if (parentMeta.get().kind() != LayerInfo.Kind.COMMITTED) {
          throw new NotFoundException(action + ": parent layer " + parent.get() + " is ACTIVE, not COMMITTED");
        }
      }
      String id = newTreeId();
      Path tree = trees.resolve(id);
      try {
        layout.create(tree, parentMeta.map(p -> trees.resolve(p.directory())));
        LayerMeta meta = new LayerMeta(key, LayerInfo.Kind.ACTIVE, parent, id, false);
        write(meta);
        return mountsOf(meta);
      } catch (IOException e) {
        throw new BackendException(action + ": " + e.getMessage(), deleteAfterFailure(tree, e));
      }
    }
  }

  @Override
  public LayerDiff apply(LayerKey key, InputStream tar)
      throws NotFoundException, InvalidStateException, InvalidArgumentException, BackendException {
    String action = "cannot apply a layer tar to layer " + key;
    try (Locked _ = lock(action)) {
      LayerMeta meta = require(key, action);
      if (meta.kind() == LayerInfo.Kind.COMMITTED) {
        throw new InvalidStateException(action + ": it is COMMITTED");
      }
      requireComplete(meta, action);
      try {
        write(meta.applying(true));
        LayerDiff diff = layout.apply(tar, trees.resolve(meta.directory()), lowerTrees(meta, action));
        write(meta.applying(false));
        return diff;
      } catch (UnsafeArchiveException e) {
        throw new InvalidArgumentException(action + ": " + e.getMessage()
            + "; the layer is left incomplete, remove it", e);
      } catch (IOException e) {
        throw new BackendException(action + ": " + e.getMessage(), e);
      }
    }
  }

  @Override
  public void commit(LayerKey key, LayerKey name)
      throws NotFoundException, AlreadyExistsException, InvalidStateException, BackendException {
    String action = "cannot commit layer " + key + " as " + name;
    try (Locked _ = lock(action)) {
      LayerMeta meta = require(key, action);
      if (meta.kind() == LayerInfo.Kind.COMMITTED) {
        throw new InvalidStateException(action + ": " + key + " is COMMITTED already");
      }
      requireComplete(meta, action);
      if (read(name, action).isPresent()) {
        throw new AlreadyExistsException(action + ": layer " + name + " exists");
      }
      try {
        write(meta.committedAs(name));
        deleteRecord(key);
      } catch (IOException e) {
        throw new BackendException(action + ": " + e.getMessage(), e);
      }
    }
  }

  @Override
  public List<MountSpec> mounts(LayerKey key) throws NotFoundException, BackendException {
    String action = "cannot describe the mounts of layer " + key;
    requireOpen(action);
    return mountsOf(require(key, action));
  }

  @Override
  public Optional<LayerInfo> stat(LayerKey key) throws BackendException {
    String action = "cannot read layer " + key;
    requireOpen(action);
    return read(key, action).map(LayerMeta::info);
  }

  @Override
  public List<LayerInfo> list() throws BackendException {
    String action = "cannot list the layers of " + layout.driver() + " store " + home;
    requireOpen(action);
    List<LayerInfo> infos = new ArrayList<>();
    for (LayerMeta meta : readAll(action)) {
      infos.add(meta.info());
    }
    return infos;
  }

  @Override
  public void remove(LayerKey key) throws NotFoundException, InvalidStateException, BackendException {
    String action = "cannot remove layer " + key;
    try (Locked _ = lock(action)) {
      LayerMeta meta = require(key, action);
      for (LayerMeta other : readAll(action)) {
        if (other.isChildOf(key)) {
          throw new InvalidStateException(action + ": layer " + other.key() + " has it as parent");
        }
      }
      try {
        deleteRecord(key);
        Trees.deleteRecursively(trees.resolve(meta.directory()));
      } catch (IOException e) {
        throw new BackendException(action + ": " + e.getMessage(), e);
      }
    }
  }

  @Override
  public synchronized void close() throws BackendException {
    if (lockChannel == null) {
      return;
    }
    try {
      lockChannel.close();
      lockChannel = null;
    } catch (IOException e) {
      throw new BackendException("cannot close " + layout.driver() + " store " + home + ": " + e.getMessage(), e);
    }
  }

  // --- locking, ownership, recovery

  /** Holds both the in-process lock and the file lock that excludes other jpod processes. */
  private final class Locked implements AutoCloseable {
    private final FileLock fileLock;

    Locked(String action) throws BackendException {
      requireOpen(action);
      processLock.lock();
      try {
        fileLock = lockChannel.lock();
      } catch (IOException e) {
        processLock.unlock();
        throw new BackendException(action + ": cannot lock " + home.resolve(LOCK_FILE) + ": " + e.getMessage(), e);
      }
    }

    @Override
    public void close() throws BackendException {
      try {
        fileLock.release();
      } catch (IOException e) {
        throw new BackendException("cannot unlock " + home.resolve(LOCK_FILE) + ": " + e.getMessage(), e);
      } finally {
        processLock.unlock();
      }
    }
  }

  private Locked lock(String action) throws BackendException {
    return new Locked(action);
  }

  private synchronized void requireOpen(String action) {
    if (lockChannel == null) {
      throw new IllegalStateException(action + ": the " + layout.driver() + " store " + home + " is closed");
    }
  }

  /** Records the driver's name on first use; refuses a directory that holds another driver's (or no driver's) data. */
  private void claim() throws InvalidArgumentException, BackendException {
    Path driver = home.resolve(DRIVER_FILE);
    try {
      if (Files.exists(driver)) {
        String owner = Files.readString(driver, StandardCharsets.UTF_8).strip();
        if (!owner.equals(layout.driver())) {
          throw new InvalidArgumentException("cannot open " + layout.driver() + " store " + home
              + ": it belongs to storage driver '" + owner + "'");
        }
      } else {
        List<String> foreign;
        try (var entries = Files.list(home)) {
          foreign = entries.map(p -> p.getFileName().toString()).filter(n -> !n.equals(LOCK_FILE)).sorted().toList();
        }
        if (!foreign.isEmpty()) {
          throw new InvalidArgumentException("cannot open " + layout.driver() + " store " + home + ": it holds "
              + foreign
              + " but no '" + DRIVER_FILE + "' file naming its storage driver");
        }
        Files.createDirectories(tmp);
        writeAtomically(driver, layout.driver() + "\n");
      }
      Files.createDirectories(layers);
      Files.createDirectories(trees);
      Files.createDirectories(tmp);
    } catch (IOException e) {
      throw new BackendException("cannot open " + layout.driver() + " store " + home + ": " + e.getMessage(), e);
    }
  }

  /** Deletes what interrupted changes left behind; see the class comment. */
  private void recover() throws BackendException {
    String action = "cannot recover " + layout.driver() + " store " + home;
    try {
      try (var leftovers = Files.list(tmp)) {
        for (Path leftover : leftovers.toList()) {
          Trees.deleteRecursively(leftover);
        }
      }
      Map<String, LayerMeta> committedByTree = new HashMap<>();
      List<LayerMeta> all = readAll(action);
      for (LayerMeta meta : all) {
        if (meta.kind() == LayerInfo.Kind.COMMITTED) {
          committedByTree.put(meta.directory(), meta);
        }
      }
      Set<String> referenced = new HashSet<>();
      for (LayerMeta meta : all) {
        if (meta.kind() == LayerInfo.Kind.ACTIVE && committedByTree.containsKey(meta.directory())) {
          deleteRecord(meta.key());
        }
        referenced.add(meta.directory());
      }
      try (var treeDirs = Files.list(trees)) {
        for (Path tree : treeDirs.toList()) {
          if (!referenced.contains(tree.getFileName().toString())) {
            Trees.deleteRecursively(tree);
          }
        }
      }
    } catch (IOException e) {
      throw new BackendException(action + ": " + e.getMessage(), e);
    }
  }

  private void closeChannel(Exception failure) {
    try {
      lockChannel.close();
    } catch (IOException e) {
      failure.addSuppressed(e);
    }
    lockChannel = null;
  }

  // --- records

  private Optional<LayerMeta> read(LayerKey key, String action) throws BackendException {
    try {
      return Optional.of(LayerMeta.parse(key, Files.readString(layers.resolve(key.value()), StandardCharsets.UTF_8)));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException | IllegalArgumentException e) {
      throw new BackendException(action + ": cannot read its record: " + e.getMessage(), e);
    }
  }

  private LayerMeta require(LayerKey key, String action) throws NotFoundException, BackendException {
    return read(key, action).orElseThrow(() -> new NotFoundException(action + ": it does not exist"));
  }

  private static void requireComplete(LayerMeta meta, String action) throws InvalidStateException {
    if (meta.applying()) {
      throw new InvalidStateException(action + ": an earlier apply to it did not finish, so its content is"
          + " incomplete; remove it");
    }
  }

  private List<LayerMeta> readAll(String action) throws BackendException {
    List<LayerMeta> all = new ArrayList<>();
    List<Path> records;
    try (var entries = Files.list(layers)) {
      records = entries.toList();
    } catch (IOException e) {
      throw new BackendException(action + ": " + e.getMessage(), e);
    }
    for (Path record : records) {
      read(new LayerKey(record.getFileName().toString()), action).ifPresent(all::add);
    }
    return all;
  }

  private void write(LayerMeta meta) throws IOException {
    writeAtomically(layers.resolve(meta.key().value()), meta.format());
  }

  private void deleteRecord(LayerKey key) throws IOException {
    Files.delete(layers.resolve(key.value()));
    fsyncDirectory(layers);
  }

  /** Writes to tmp, fsyncs, renames over {@code target} and fsyncs its directory: readers see old or new, whole. */
  private void writeAtomically(Path target, String content) throws IOException {
    Path staging = tmp.resolve(target.getFileName() + "." + newTreeId());
    try (FileChannel out = FileChannel.open(staging, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      out.write(StandardCharsets.UTF_8.encode(content));
      out.force(true);
    }
    Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    fsyncDirectory(target.getParent());
  }

  private static void fsyncDirectory(Path directory) throws IOException {
    try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
      dir.force(true);
    }
  }

  private static Throwable deleteAfterFailure(Path tree, IOException failure) {
    try {
      Trees.deleteRecursively(tree);
    } catch (IOException e) {
      failure.addSuppressed(e);
    }
    return failure;
  }

  private static String newTreeId() {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  private List<MountSpec> mountsOf(LayerMeta meta) throws BackendException {
    return layout.mounts(trees.resolve(meta.directory()),
        lowerTrees(meta, "cannot describe the mounts of layer " + meta.key()), meta.kind() == LayerInfo.Kind.ACTIVE);
  }

  /** The trees of the layer's ancestors, nearest first. */
  private List<Path> lowerTrees(LayerMeta meta, String action) throws BackendException {
    List<Path> lowerTrees = new ArrayList<>();
    Optional<LayerKey> ancestor = meta.parent();
    while (ancestor.isPresent()) {
      LayerKey key = ancestor.get();
      LayerMeta ancestorMeta = read(key, action)
          .orElseThrow(() -> new BackendException(action + ": its ancestor " + key + " has no record"));
      lowerTrees.add(trees.resolve(ancestorMeta.directory()));
      ancestor = ancestorMeta.parent();
    }
    return lowerTrees;
  }
}
