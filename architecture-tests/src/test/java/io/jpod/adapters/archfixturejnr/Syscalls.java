package io.jpod.adapters.archfixturejnr;

import jnr.ffi.LibraryLoader;

/** Breaks JNR_ONLY_IN_HOST: an adapter making its own native calls. */
final class Syscalls {
  interface LibC {
    int getpid();
  }

  int pid() {
    return LibraryLoader.create(LibC.class).load("c").getpid();
  }
}
