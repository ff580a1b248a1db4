package io.jpod.host.linux;

import java.io.IOException;

/** A failed system call; {@link #errno()} lets callers tell expected failures (ENOENT, EINVAL) from real ones. */
public final class ErrnoException extends IOException {
  private final int errno;

  ErrnoException(String message, int errno) {
    super(message);
    this.errno = errno;
  }

  public int errno() {
    return errno;
  }
}
