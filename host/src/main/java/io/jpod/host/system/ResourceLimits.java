package io.jpod.host.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The calling process's hard limits on open files and processes, read from {@code /proc/self/limits}. */
public record ResourceLimits(long nofileHard, long nprocHard) {
  private static final long UNLIMITED = Long.MAX_VALUE;

  public static ResourceLimits read(Path limits) throws IOException {
    long nofile = UNLIMITED;
    long nproc = UNLIMITED;
    for (String line : Files.readAllLines(limits)) {
      if (line.startsWith("Max open files")) {
        nofile = hard(line);
      } else if (line.startsWith("Max processes")) {
        nproc = hard(line);
      }
    }
    return new ResourceLimits(nofile, nproc);
  }

  public static ResourceLimits current() throws IOException {
    return read(Path.of("/proc/self/limits"));
  }

  /** Columns: name (several words), soft, hard, units. Names never contain digits. */
  private static long hard(String line) {
    String[] fields = line.substring(26).trim().split("\\s+");
    return fields[1].equals("unlimited") ? UNLIMITED : Long.parseLong(fields[1]);
  }
}
