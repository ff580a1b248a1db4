package io.jpod.host.archive;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Resolves archive entry names inside one directory without ever following a symbolic link: every name is split
 * into components, {@code ..} and absolute names are refused, and each existing parent component must be a real
 * directory (checked with NOFOLLOW_LINKS), so nothing resolved here can lie outside the root. When the directory is
 * an overlay upper, a component it lacks is judged by what its lower directories show there, as the mounted tree
 * will: a link or file shown from below is refused as one in the directory itself would be.
 */
final class ConfinedTree {
  private static final LinkOption[] NOFOLLOW = {LinkOption.NOFOLLOW_LINKS};
  private static final int S_IFMT = 0170000;
  private static final int S_IFCHR = 0020000;
  private static final String OPAQUE_XATTR = "trusted.overlay.opaque";
  private final Path root;
  private final List<Path> lowers;

  /** {@code lowers}: the overlay lower directories below {@code root}, nearest first; empty for a full tree. */
  ConfinedTree(Path root, List<Path> lowers) {
    this.root = root;
    this.lowers = List.copyOf(lowers);
  }

  Path root() {
    return root;
  }

  /**
   * The entry name as a clean relative path ({@code a/b}; empty for the root itself): empty and {@code .}
   * components are dropped; an absolute name or a {@code ..} component is refused.
   */
  static String normalize(String entryName) throws UnsafeArchiveException {
    if (entryName.isEmpty()) {
      throw new UnsafeArchiveException(entryName, "empty name");
    }
    if (entryName.startsWith("/")) {
      throw new UnsafeArchiveException(entryName, "absolute path");
    }
    if (entryName.indexOf('\0') >= 0) {
      throw new UnsafeArchiveException(entryName, "NUL byte in name");
    }
    List<String> parts = new ArrayList<>();
    for (String part : entryName.split("/")) {
      if (part.equals("..")) {
        throw new UnsafeArchiveException(entryName, "'..' in path");
      }
      if (!part.isEmpty() && !part.equals(".")) {
        parts.add(part);
      }
    }
    return String.join("/", parts);
  }

  /** The parent part of a normalized name ({@code ""} for a top-level name). */
  static String parentOf(String relative) {
    int slash = relative.lastIndexOf('/');
    return slash < 0 ? "" : relative.substring(0, slash);
  }

  /** The last component of a normalized name. */
  static String nameOf(String relative) {
    return relative.substring(relative.lastIndexOf('/') + 1);
  }

  /**
   * The directory {@code relative}, creating missing components (mode 0755 before umask). Refuses a component that
   * is a symbolic link or not a directory.
   */
  Path directory(String entry, String relative) throws IOException {
    return walk(entry, relative, true).orElseThrow();
  }

  /**
   * The existing directory {@code relative}, or empty if a component is missing. Refuses a component that is a
   * symbolic link or not a directory, like {@link #directory}.
   */
  Optional<Path> existingDirectory(String entry, String relative) throws IOException {
    return walk(entry, relative, false);
  }

  private Optional<Path> walk(String entry, String relative, boolean create) throws IOException {
    Path current = root;
    List<Path> below = lowers;
    for (String part : components(relative)) {
      current = current.resolve(part);
      String shown = root.relativize(current).toString();
      if (Files.isSymbolicLink(current)) {
        throw new UnsafeArchiveException(entry, "path runs through symlink '" + shown + "'");
      }
      boolean exists = Files.exists(current, NOFOLLOW);
      if (exists && !Files.isDirectory(current, NOFOLLOW)) {
        throw new UnsafeArchiveException(entry, "path runs through non-directory '" + shown + "'");
      }
      below = exists && isOpaque(current) ? List.of() : showingThrough(entry, below, shown, exists);
      if (!exists) {
        if (!create) {
          return Optional.empty();
        }
        Files.createDirectory(current);
        if (!below.isEmpty()) {
          takeOwnerAndMode(below.getFirst().resolve(shown), current);
        }
      }
    }
    return Optional.of(current);
  }

  /**
   * The lower directories in which {@code relative} is a directory that shows through, nearest first: the first
   * non-directory or opaque directory hides everything below it. With nothing above ({@code !covered}), the
   * nearest lower entry is what the tree shows, so a link or file there is refused.
   */
  private List<Path> showingThrough(String entry, List<Path> lowers, String relative, boolean covered)
      throws IOException {
    List<Path> through = new ArrayList<>();
    for (Path lower : lowers) {
      Path path = lower.resolve(relative);
      if (!Files.exists(path, NOFOLLOW)) {
        continue;
      }
      if (!Files.isDirectory(path, NOFOLLOW)) {
        if (!covered && through.isEmpty() && !isWhiteout(path)) {
          throw new UnsafeArchiveException(entry, "path runs through " + (Files.isSymbolicLink(path) ? "symlink"
              : "non-directory") + " '" + relative + "' of a lower layer");
        }
        break;
      }
      through.add(lower);
      if (isOpaque(path)) {
        break;
      }
    }
    return through;
  }

  /**
   * A directory made in an overlay upper only to hold a new entry shows in the mounted tree with its own owner and
   * mode, as overlayfs's copy-up would keep them: {@code /tmp} stays 1777.
   */
  private static void takeOwnerAndMode(Path lower, Path upper) throws IOException {
    var unix = Files.readAttributes(lower, "unix:uid,gid,mode", NOFOLLOW);
    Libc.lchown(upper, (int) unix.get("uid"), (int) unix.get("gid"));
    Libc.chmod(upper, (int) unix.get("mode") & 07777);
  }

  private static boolean isWhiteout(Path path) throws IOException {
    var unix = Files.readAttributes(path, "unix:mode,rdev", NOFOLLOW);
    return ((int) unix.get("mode") & S_IFMT) == S_IFCHR && (long) unix.get("rdev") == 0;
  }

  private boolean isOpaque(Path directory) throws IOException {
    return !lowers.isEmpty() && Arrays.asList(Libc.listXattrs(directory)).contains(OPAQUE_XATTR)
        && new String(Libc.getXattr(directory, OPAQUE_XATTR), StandardCharsets.UTF_8).equals("y");
  }

  private static String[] components(String relative) {
    return relative.isEmpty() ? new String[0] : relative.split("/");
  }
}
