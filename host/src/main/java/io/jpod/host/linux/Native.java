package io.jpod.host.linux;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import jnr.ffi.LibraryLoader;
import jnr.ffi.LibraryOption;
import jnr.ffi.Runtime;

/** Lazily loaded libc: the holder class is initialised, and jnr-ffi paid for, by the first native call only. */
final class Native {
  private Native() {}

  static LibC libc() {
    return Holder.LIBC;
  }

  /** {@code text} as a C string, or null for a NULL pointer. */
  static byte[] cString(String text) {
    if (text == null) {
      return null;
    }
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    return Arrays.copyOf(bytes, bytes.length + 1);
  }

  static int errno() {
    return Runtime.getRuntime(Holder.LIBC).getLastError();
  }

  /** An IOException naming the call, its object and the errno text, read right after the failed call. */
  static IOException failure(String what) {
    int errno = errno();
    return new ErrnoException(what + ": " + Holder.LIBC.strerror(errno), errno);
  }

  private static final class Holder {
    // By soname, which the dynamic linker resolves at once; for the name "c", jnr-ffi lists every library directory.
    static final LibC LIBC = LibraryLoader.create(LibC.class).option(LibraryOption.SaveError, true).load("libc.so.6");
  }
}
