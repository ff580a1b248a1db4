package io.jpod.host.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.random.RandomGenerator;

/**
 * Random bytes from the kernel's pool, as podman's IDs are. {@link java.security.SecureRandom} reads the same pool
 * but first sets up the security providers, which every jpod process would pay for a few IDs and names.
 */
public final class KernelRandom implements RandomGenerator {
  private static final Path SOURCE = Path.of("/dev/urandom");

  @Override
  public void nextBytes(byte[] bytes) {
    try (InputStream in = Files.newInputStream(SOURCE)) {
      if (in.readNBytes(bytes, 0, bytes.length) != bytes.length) {
        throw new IOException("short read");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + SOURCE, e);
    }
  }

  @Override
  public long nextLong() {
    byte[] bytes = new byte[Long.BYTES];
    nextBytes(bytes);
    return ByteBuffer.wrap(bytes).getLong();
  }
}
