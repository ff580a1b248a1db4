package io.jpod.host.linux;

import jnr.ffi.annotations.In;
import jnr.ffi.annotations.Out;
import jnr.ffi.annotations.SaveError;
import jnr.ffi.types.size_t;
import jnr.ffi.types.ssize_t;

/**
 * The few libc calls the JDK does not offer. Loaded on first use only (see {@link Native}). Public only because
 * jnr-ffi implements it from another class loader; use the classes of this package instead.
 */
public interface LibC {
  int AF_UNIX = 1;
  int SOCK_SEQPACKET = 5;
  int SOCK_CLOEXEC = 0x80000;
  int SHUT_RDWR = 2;
  int EINTR = 4;
  int EINVAL = 22;
  int ENOENT = 2;
  int MNT_DETACH = 2;

  @SaveError
  int socket(int domain, int type, int protocol);

  @SaveError
  int connect(int fd, @In byte[] address, int addressLength);

  @SaveError
  @ssize_t
  long read(int fd, @Out byte[] buffer, @size_t long count);

  @SaveError
  int shutdown(int fd, int how);

  @SaveError
  int close(int fd);

  @SaveError
  int mount(String source, String target, String fsType, long flags, String data);

  @SaveError
  int umount2(String target, int flags);

  String strerror(int errno);
}
