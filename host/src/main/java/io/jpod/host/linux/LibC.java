package io.jpod.host.linux;

/**
 * The few libc calls the JDK does not offer. Loaded on first use only (see {@link Native}). Public only because
 * jnr-ffi implements it from another class loader; use the classes of this package instead. No jnr annotations:
 * the loader saves errno after every call, {@code size_t} and {@code ssize_t} are Java's long on the 64-bit targets
 * jpod runs on, and each annotation costs the first call a reflective parse. Strings go as NUL-terminated byte
 * arrays ({@link Native#cString}): jnr-ffi's String conversion costs its first use another reflective pass.
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

  int socket(int domain, int type, int protocol);

  int connect(int fd, byte[] address, int addressLength);

  long read(int fd, byte[] buffer, long count);

  int shutdown(int fd, int how);

  int close(int fd);

  int mount(byte[] source, byte[] target, byte[] fsType, long flags, byte[] data);

  int umount2(byte[] target, int flags);

  String strerror(int errno);
}
