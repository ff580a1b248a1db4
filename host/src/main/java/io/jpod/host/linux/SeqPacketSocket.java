package io.jpod.host.linux;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A connected AF_UNIX SOCK_SEQPACKET client socket (conmon's attach socket), which the JDK cannot open. Each
 * {@link #receive} returns one whole message. One thread receives; any thread may {@link #shutdown} to wake it.
 */
public final class SeqPacketSocket implements AutoCloseable {
  /** {@code sizeof(sun_path)} less its terminating NUL. */
  public static final int MAX_PATH_BYTES = 107;

  private final int fd;
  private boolean closed;

  private SeqPacketSocket(int fd) {
    this.fd = fd;
  }

  /** Connects to the socket at {@code path}, which must fit in {@link #MAX_PATH_BYTES} bytes. */
  public static SeqPacketSocket connect(Path path) throws IOException {
    byte[] name = path.toString().getBytes(StandardCharsets.UTF_8);
    if (name.length > MAX_PATH_BYTES) {
      throw new IOException("cannot connect to " + path + ": path is " + name.length
          + " bytes, a unix socket path holds at most " + MAX_PATH_BYTES);
    }
    LibC libc = Native.libc();
    int fd = libc.socket(LibC.AF_UNIX, LibC.SOCK_SEQPACKET | LibC.SOCK_CLOEXEC, 0);
    if (fd < 0) {
      throw Native.failure("cannot create a unix seqpacket socket");
    }
    byte[] address = new byte[2 + name.length + 1];
    address[0] = (byte) LibC.AF_UNIX; // sa_family_t, little-endian on the supported architectures
    System.arraycopy(name, 0, address, 2, name.length);
    if (libc.connect(fd, address, address.length) != 0) {
      IOException failure = Native.failure("cannot connect to " + path);
      libc.close(fd);
      throw failure;
    }
    return new SeqPacketSocket(fd);
  }

  /** Blocks for the next message and returns its length, or -1 once the peer has closed or after shutdown. */
  public int receive(byte[] buffer) throws IOException {
    LibC libc = Native.libc();
    while (true) {
      long n = libc.read(fd, buffer, buffer.length);
      if (n > 0) {
        return (int) n;
      }
      if (n == 0) {
        return -1;
      }
      if (Native.errno() != LibC.EINTR) {
        throw Native.failure("cannot read from seqpacket socket " + fd);
      }
    }
  }

  /**
   * Ends both directions, waking a thread blocked in {@link #receive}, which then sees the end. Its only failure,
   * ENOTCONN, means the peer has gone already, which has woken the receiver too.
   */
  public synchronized void shutdown() {
    // Once closed, the descriptor number may already belong to another file: leave it alone.
    if (!closed) {
      Native.libc().shutdown(fd, LibC.SHUT_RDWR);
    }
  }

  @Override
  public synchronized void close() {
    if (!closed) {
      closed = true;
      Native.libc().close(fd);
    }
  }
}
