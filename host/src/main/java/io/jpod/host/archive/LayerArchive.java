package io.jpod.host.archive;

import io.jpod.ports.Digest;
import io.jpod.ports.LayerDiff;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Applies an uncompressed OCI layer tar to a directory. Every entry name, hardlink target and whiteout is resolved
 * with {@link ConfinedTree}: nothing outside the target is written, chmod-ed, chown-ed, deleted or linked, and a
 * hostile entry fails the apply with an {@link UnsafeArchiveException} naming it. Symlinks are created with any
 * target (they are data) but never followed.
 */
public final class LayerArchive {
  private static final System.Logger LOG = System.getLogger(LayerArchive.class.getName());
  private static final LinkOption NOFOLLOW = LinkOption.NOFOLLOW_LINKS;
  private static final String WHITEOUT_PREFIX = ".wh.";
  private static final String OPAQUE_MARKER = ".wh..wh..opq";
  private static final String XATTR_PAX_PREFIX = "SCHILY.xattr.";
  private static final byte[] OPAQUE_VALUE = {'y'};

  private final ConfinedTree tree;
  private final WhiteoutMode mode;
  /** Names this layer created, implicit parents included: OCI whiteouts only hide content from lower layers. */
  private final Set<String> ownNames = new HashSet<>();
  private final List<Map.Entry<String, FileMetadata>> directories = new ArrayList<>();
  private long bytesWritten;

  private LayerArchive(Path target, WhiteoutMode mode, List<Path> lowers) {
    this.tree = new ConfinedTree(target, lowers);
    this.mode = mode;
  }

  /**
   * Applies {@code tar} (read to its end, not closed) to the existing directory {@code target}. Returns the SHA-256
   * of every byte of the stream (the layer's diff ID) and the number of file content bytes written. Directory
   * metadata is set after all contents, so directory mtimes are the archive's.
   *
   * @throws UnsafeArchiveException if an entry would reach outside {@code target} or has an unsupported type
   * @throws IOException if the stream is not a tar or the filesystem fails
   */
  public static LayerDiff apply(InputStream tar, Path target, WhiteoutMode mode) throws IOException {
    return apply(tar, target, mode, List.of());
  }

  /**
   * As {@link #apply(InputStream, Path, WhiteoutMode)} to an overlay upper directory whose lower directories are
   * {@code lowers}, nearest first: parent directories are judged as the mounted tree will show them.
   */
  public static LayerDiff apply(InputStream tar, Path target, WhiteoutMode mode, List<Path> lowers)
      throws IOException {
    HashingInputStream hashing = new HashingInputStream(tar);
    LayerArchive archive = new LayerArchive(target, mode, lowers);
    TarArchiveInputStream entries = new TarArchiveInputStream(hashing, StandardCharsets.UTF_8.name());
    for (TarArchiveEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
      archive.extract(entry, entries);
    }
    archive.finishDirectories();
    return new LayerDiff(Digest.sha256(hashing.drainAndDigest()), archive.bytesWritten);
  }

  private void extract(TarArchiveEntry entry, InputStream content) throws IOException {
    String name = entry.getName();
    String relative = ConfinedTree.normalize(name);
    if (relative.isEmpty()) {
      if (!entry.isDirectory()) {
        throw new UnsafeArchiveException(name, "replaces the layer root with a non-directory");
      }
      directories.add(Map.entry(relative, metadata(entry)));
      return;
    }
    String parentRelative = ConfinedTree.parentOf(relative);
    String base = ConfinedTree.nameOf(relative);
    if (base.equals(OPAQUE_MARKER)) {
      opaque(name, parentRelative);
      return;
    }
    if (base.startsWith(WHITEOUT_PREFIX)) {
      whiteout(name, parentRelative, base.substring(WHITEOUT_PREFIX.length()));
      return;
    }
    Path path = tree.directory(name, parentRelative).resolve(base);
    markOwn(relative);
    if (entry.isDirectory()) {
      if (!Files.isDirectory(path, NOFOLLOW)) {
        Trees.deleteRecursively(path);
        Files.createDirectory(path);
      }
      directories.add(Map.entry(relative, metadata(entry)));
      return;
    }
    if (entry.isLink()) {
      hardlink(entry, path);
      return;
    }
    Trees.deleteRecursively(path);
    if (entry.isSymbolicLink()) {
      Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
    } else if (entry.isCharacterDevice()) {
      Libc.mknod(path, Libc.S_IFCHR, Libc.makedev(entry.getDevMajor(), entry.getDevMinor()));
    } else if (entry.isBlockDevice()) {
      Libc.mknod(path, Libc.S_IFBLK, Libc.makedev(entry.getDevMajor(), entry.getDevMinor()));
    } else if (entry.isFIFO()) {
      Libc.mknod(path, Libc.S_IFIFO, 0);
    } else if (isRegularFile(entry)) {
      try (OutputStream out = Files.newOutputStream(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        bytesWritten += content.transferTo(out);
      }
    } else {
      throw new UnsafeArchiveException(name, "unsupported entry type '" + (char) entry.getLinkFlag() + "'");
    }
    metadata(entry).applyTo(path);
  }

  private static boolean isRegularFile(TarArchiveEntry entry) {
    byte flag = entry.getLinkFlag();
    return flag == TarConstants.LF_NORMAL || flag == TarConstants.LF_OLDNORM || flag == TarConstants.LF_CONTIG
        || entry.isSparse();
  }

  private void hardlink(TarArchiveEntry entry, Path path) throws IOException {
    String name = entry.getName();
    String targetRelative;
    try {
      targetRelative = ConfinedTree.normalize(entry.getLinkName());
    } catch (UnsafeArchiveException e) {
      throw new UnsafeArchiveException(name, "hardlink target '" + entry.getLinkName() + "': " + e.reason());
    }
    Path existing = tree.existingDirectory(name, ConfinedTree.parentOf(targetRelative))
        .map(dir -> dir.resolve(ConfinedTree.nameOf(targetRelative)))
        .filter(candidate -> !targetRelative.isEmpty() && Files.exists(candidate, NOFOLLOW))
        .orElseThrow(() -> new UnsafeArchiveException(name, "hardlink target '" + entry.getLinkName() + "' does not exist"));
    if (Files.isDirectory(existing, NOFOLLOW)) {
      throw new UnsafeArchiveException(name, "hardlink target '" + entry.getLinkName() + "' is a directory");
    }
    if (existing.equals(path)) {
      return;
    }
    Trees.deleteRecursively(path);
    Files.createLink(path, existing);
  }

  private void whiteout(String name, String parentRelative, String hidden) throws IOException {
    if (hidden.isEmpty()) {
      throw new UnsafeArchiveException(name, "whiteout without a name");
    }
    String hiddenRelative = parentRelative.isEmpty() ? hidden : parentRelative + "/" + hidden;
    if (mode == WhiteoutMode.OVERLAY) {
      Path path = tree.directory(name, parentRelative).resolve(hidden);
      markOwn(hiddenRelative);
      Trees.deleteRecursively(path);
      Libc.mknod(path, Libc.S_IFCHR, Libc.makedev(0, 0));
      return;
    }
    if (ownNames.contains(hiddenRelative)) {
      return;
    }
    Optional<Path> parent = tree.existingDirectory(name, parentRelative);
    if (parent.isPresent()) {
      Trees.deleteRecursively(parent.get().resolve(hidden));
    }
  }

  private void opaque(String name, String directoryRelative) throws IOException {
    if (mode == WhiteoutMode.OVERLAY) {
      Path directory = tree.directory(name, directoryRelative);
      markOwn(directoryRelative);
      if (!Libc.setXattr(directory, "trusted.overlay.opaque", OPAQUE_VALUE)) {
        throw new IOException("cannot mark " + directory + " opaque for entry '" + name
            + "': the filesystem does not support trusted.* extended attributes");
      }
      return;
    }
    Optional<Path> directory = tree.existingDirectory(name, directoryRelative);
    if (directory.isPresent()) {
      deleteLowerContent(directory.get(), directoryRelative);
    }
  }

  /** Deletes what lies below {@code directory} except what this layer made, recursing into directories it made. */
  private void deleteLowerContent(Path directory, String relative) throws IOException {
    List<Path> children;
    try (var listing = Files.list(directory)) {
      children = listing.toList();
    }
    for (Path child : children) {
      String childRelative = relative.isEmpty() ? child.getFileName().toString() : relative + "/" + child.getFileName();
      if (!ownNames.contains(childRelative)) {
        Trees.deleteRecursively(child);
      } else if (Files.isDirectory(child, NOFOLLOW)) {
        deleteLowerContent(child, childRelative);
      }
    }
  }

  private void markOwn(String relative) {
    String name = relative;
    while (!name.isEmpty() && ownNames.add(name)) {
      name = ConfinedTree.parentOf(name);
    }
  }

  /** Sets directory metadata last; a directory replaced or removed by a later entry is left as that entry made it. */
  private void finishDirectories() throws IOException {
    for (Map.Entry<String, FileMetadata> directory : directories) {
      String relative = directory.getKey();
      Optional<Path> path = relative.isEmpty()
          ? Optional.of(tree.root())
          : tree.existingDirectory(relative, ConfinedTree.parentOf(relative))
              .map(parent -> parent.resolve(ConfinedTree.nameOf(relative)));
      if (path.isPresent() && Files.isDirectory(path.get(), NOFOLLOW)) {
        directory.getValue().applyTo(path.get());
      }
    }
  }

  private static FileMetadata metadata(TarArchiveEntry entry) throws UnsafeArchiveException {
    Map<String, byte[]> xattrs = new HashMap<>();
    for (Map.Entry<String, String> header : entry.getExtraPaxHeaders().entrySet()) {
      if (header.getKey().startsWith(XATTR_PAX_PREFIX)) {
        String value = header.getValue();
        if (value.indexOf('\uFFFD') >= 0) {
          LOG.log(System.Logger.Level.WARNING, "layer entry ''{0}'': xattr {1} has a binary value that the tar reader"
              + " decoded lossily; it is not restored", entry.getName(), header.getKey());
        } else {
          xattrs.put(header.getKey().substring(XATTR_PAX_PREFIX.length()), value.getBytes(StandardCharsets.UTF_8));
        }
      }
    }
    long uid = entry.getLongUserId();
    long gid = entry.getLongGroupId();
    if (uid < 0 || uid > 0xFFFF_FFFEL || gid < 0 || gid > 0xFFFF_FFFEL) {
      throw new UnsafeArchiveException(entry.getName(), "owner " + uid + ":" + gid + " out of range");
    }
    FileTime modified = entry.getLastModifiedTime();
    FileTime accessed = entry.getLastAccessTime() == null ? modified : entry.getLastAccessTime();
    return new FileMetadata((int) uid, (int) gid, entry.getMode() & FileMetadata.PERMISSION_BITS, xattrs,
        modified, accessed);
  }
}
