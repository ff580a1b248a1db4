package io.jpod.host.archive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Resolves archive entry names inside one directory without ever following a symbolic link: every name is split
 * into components, {@code ..} and absolute names are refused, and each existing parent component must be a real
 * directory (checked with NOFOLLOW_LINKS), so nothing resolved here can lie outside the root.
 */
final class ConfinedTree {
  private static final LinkOption[] NOFOLLOW = {LinkOption.NOFOLLOW_LINKS};
  private final Path root;

  ConfinedTree(Path root) {
    this.root = root;
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
    for (String part : components(relative)) {
      current = current.resolve(part);
      if (Files.isSymbolicLink(current)) {
        throw new UnsafeArchiveException(entry, "path runs through symlink '" + root.relativize(current) + "'");
      }
      if (!Files.exists(current, NOFOLLOW)) {
        if (!create) {
          return Optional.empty();
        }
        Files.createDirectory(current);
      } else if (!Files.isDirectory(current, NOFOLLOW)) {
        throw new UnsafeArchiveException(entry, "path runs through non-directory '" + root.relativize(current) + "'");
      }
    }
    return Optional.of(current);
  }

  private static String[] components(String relative) {
    return relative.isEmpty() ? new String[0] : relative.split("/");
  }
}
