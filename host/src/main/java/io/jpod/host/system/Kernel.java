package io.jpod.host.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Facts about the running kernel. */
public final class Kernel {
  private Kernel() {}

  public static String release() throws IOException {
    return Files.readString(Path.of("/proc/sys/kernel/osrelease")).trim();
  }

  /** Whether the kernel knows filesystem {@code type} ({@code /proc/filesystems}). */
  public static boolean supportsFilesystem(String type) throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc/filesystems"))) {
      if (line.endsWith("\t" + type)) {
        return true;
      }
    }
    return false;
  }
}
