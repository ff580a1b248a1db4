package io.jpod.host.archive;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/** Whole-tree operations on layer directories that never follow a symbolic link. */
public final class Trees {
  private static final LinkOption NOFOLLOW = LinkOption.NOFOLLOW_LINKS;

  private Trees() {}

  /**
   * Copies the tree {@code source} to {@code target} (which must not exist), keeping file types (regular files,
   * directories, symlinks, devices, fifos), hardlinks within the tree, owners, modes, extended attributes and
   * times. Links are copied as links.
   */
  public static void copy(Path source, Path target) throws IOException {
    Map<Object, Path> copiedInodes = new HashMap<>();
    Deque<FileMetadata> directoryMetadata = new ArrayDeque<>();
    Files.walkFileTree(source, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
        Files.createDirectory(target.resolve(source.relativize(dir).toString()));
        directoryMetadata.push(FileMetadata.of(dir));
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Path copy = target.resolve(source.relativize(file).toString());
        Map<String, Object> unix = Files.readAttributes(file, "unix:mode,rdev,nlink", NOFOLLOW);
        if (attrs.isRegularFile() && (int) unix.get("nlink") > 1 && copiedInodes.containsKey(attrs.fileKey())) {
          Files.createLink(copy, copiedInodes.get(attrs.fileKey()));
          return FileVisitResult.CONTINUE;
        }
        if (attrs.isRegularFile()) {
          Files.copy(file, copy, NOFOLLOW);
          if ((int) unix.get("nlink") > 1) {
            copiedInodes.put(attrs.fileKey(), copy);
          }
        } else if (attrs.isSymbolicLink()) {
          Files.createSymbolicLink(copy, Files.readSymbolicLink(file));
        } else {
          Libc.mknod(copy, (int) unix.get("mode"), (long) unix.get("rdev"));
        }
        FileMetadata.of(file).applyTo(copy);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path dir, IOException failure) throws IOException {
        if (failure != null) {
          throw failure;
        }
        directoryMetadata.pop().applyTo(target.resolve(source.relativize(dir).toString()));
        return FileVisitResult.CONTINUE;
      }
    });
  }

  /**
   * Deletes {@code path} and, if it is a real directory, everything below it; a symlink is removed, not followed.
   * Entries that vanish meanwhile (another process cleaning up too) are fine; entries added meanwhile are not.
   */
  public static void deleteRecursively(Path path) throws IOException {
    if (!Files.exists(path, NOFOLLOW)) {
      return;
    }
    Files.walkFileTree(path, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Files.deleteIfExists(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path dir, IOException failure) throws IOException {
        if (failure != null) {
          throw failure;
        }
        try {
          Files.deleteIfExists(dir);
        } catch (DirectoryNotEmptyException e) {
          throw new IOException("cannot remove " + dir + ": something was added to it while removing", e);
        }
        return FileVisitResult.CONTINUE;
      }
    });
  }
}
