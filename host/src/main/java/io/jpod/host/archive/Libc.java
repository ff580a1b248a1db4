package io.jpod.host.archive;

import jnr.ffi.LibraryLoader;
import jnr.ffi.LibraryOption;
import jnr.ffi.Runtime;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;

/** The few calls Java NIO lacks for layer trees: device nodes and extended attributes without following links. */
final class Libc {
  static final int S_IFIFO = 0010000;
  static final int S_IFCHR = 0020000;
  static final int S_IFBLK = 0060000;
  private static final int ENOTSUP = 95;
  private static final int AT_FDCWD = -100;
  private static final int AT_SYMLINK_NOFOLLOW = 0x100;
  private static final int ERANGE = 34;

  // public so that jnr-ffi's generated class (another class loader) may implement it; Libc itself stays
  // package-private. Unannotated for the reasons given in io.jpod.host.linux.LibC.
  public interface Calls {
    int mknod(byte[] path, int mode, long dev);

    int lsetxattr(byte[] path, byte[] name, byte[] value, long size, int flags);

    long llistxattr(byte[] path, byte[] list, long size);

    long lgetxattr(byte[] path, byte[] name, byte[] value, long size);

    int lchown(byte[] path, int uid, int gid);

    int chmod(byte[] path, int mode);

    int utimensat(int dirfd, byte[] path, long[] times, int flags);

    String strerror(int errno);
  }

  // By soname, as io.jpod.host.linux.Native loads it.
  private static final Calls CALLS =
      LibraryLoader.create(Calls.class).option(LibraryOption.SaveError, true).load("libc.so.6");
  private static final Runtime RUNTIME = Runtime.getRuntime(CALLS);

  private Libc() {}

  /** Linux's makedev(3). */
  static long makedev(long major, long minor) {
    return ((major & 0xfffff000L) << 32) | ((major & 0xfffL) << 8) | ((minor & 0xffffff00L) << 12) | (minor & 0xffL);
  }

  static void mknod(Path path, int mode, long dev) throws IOException {
    if (CALLS.mknod(cPath(path), mode, dev) != 0) {
      throw failure("mknod", path);
    }
  }

  static void lchown(Path path, int uid, int gid) throws IOException {
    if (CALLS.lchown(cPath(path), uid, gid) != 0) {
      throw failure("lchown", path);
    }
  }

  /** chmod(2) by path: unlike NIO's NOFOLLOW variant it never opens the file (a fifo would block, a device react). */
  static void chmod(Path path, int mode) throws IOException {
    if (CALLS.chmod(cPath(path), mode) != 0) {
      throw failure("chmod", path);
    }
  }

  /** Sets access and modification times of {@code path} itself, a symlink included, in nanoseconds. */
  static void setTimes(Path path, Instant accessed, Instant modified) throws IOException {
    long[] times = {accessed.getEpochSecond(), accessed.getNano(), modified.getEpochSecond(), modified.getNano()};
    if (CALLS.utimensat(AT_FDCWD, cPath(path), times, AT_SYMLINK_NOFOLLOW) != 0) {
      throw failure("utimensat", path);
    }
  }

  /**
   * Sets an extended attribute on {@code path} itself (never a link's target). Returns false when the filesystem
   * does not support that attribute namespace.
   */
  static boolean setXattr(Path path, String name, byte[] value) throws IOException {
    if (CALLS.lsetxattr(cPath(path), cString(name), value, value.length, 0) == 0) {
      return true;
    }
    if (RUNTIME.getLastError() == ENOTSUP) {
      return false;
    }
    throw failure("lsetxattr " + name, path);
  }

  /** The names of {@code path}'s extended attributes, without following a link. */
  static String[] listXattrs(Path path) throws IOException {
    byte[] file = cPath(path);
    while (true) {
      long size = CALLS.llistxattr(file, null, 0);
      if (size < 0) {
        if (RUNTIME.getLastError() == ENOTSUP) {
          return new String[0];
        }
        throw failure("llistxattr", path);
      }
      if (size == 0) {
        return new String[0];
      }
      byte[] names = new byte[(int) size];
      long read = CALLS.llistxattr(file, names, names.length);
      if (read == 0) {
        return new String[0];
      }
      if (read > 0) {
        return new String(names, 0, (int) read - 1, StandardCharsets.UTF_8).split("\0");
      }
      if (RUNTIME.getLastError() != ERANGE) {
        throw failure("llistxattr", path);
      }
    }
  }

  static byte[] getXattr(Path path, String name) throws IOException {
    byte[] file = cPath(path);
    byte[] attribute = cString(name);
    while (true) {
      long size = CALLS.lgetxattr(file, attribute, null, 0);
      if (size < 0) {
        throw failure("lgetxattr " + name, path);
      }
      byte[] value = new byte[(int) size];
      long read = CALLS.lgetxattr(file, attribute, value, value.length);
      if (read >= 0) {
        return read == value.length ? value : Arrays.copyOf(value, (int) read);
      }
      if (RUNTIME.getLastError() != ERANGE) {
        throw failure("lgetxattr " + name, path);
      }
    }
  }

  private static byte[] cPath(Path path) {
    return cString(path.toString());
  }

  /** As C strings: jnr-ffi's String conversion costs its first use a reflective pass (see io.jpod.host.linux.LibC). */
  private static byte[] cString(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    return Arrays.copyOf(bytes, bytes.length + 1);
  }

  private static IOException failure(String call, Path path) {
    int errno = RUNTIME.getLastError();
    return new IOException(call + " " + path + " failed: " + CALLS.strerror(errno) + " (errno " + errno + ")");
  }
}
