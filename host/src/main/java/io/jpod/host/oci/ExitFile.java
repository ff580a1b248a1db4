package io.jpod.host.oci;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

/**
 * The file conmon writes (write to a temporary name, then rename) into its exit directory when the container's
 * process has exited: the exit code, 128 + signal for a killed process, or -1 when conmon's own timeout struck.
 * Its presence, not a live pid, is the proof that a container has stopped.
 */
final class ExitFile {
  private final Path file;

  ExitFile(Path file) {
    this.file = file;
  }

  /** The recorded exit code, or empty while the container has not exited. */
  OptionalInt read() throws IOException {
    String text;
    try {
      text = Files.readString(file).trim();
    } catch (NoSuchFileException e) {
      return OptionalInt.empty();
    }
    try {
      return OptionalInt.of(Integer.parseInt(text));
    } catch (NumberFormatException e) {
      throw new IOException("exit file " + file + " holds '" + text + "', not an exit code", e);
    }
  }

  /**
   * Waits for the exit file with inotify (the JDK's watch service), so that a waiter costs no polling. Returns
   * empty if {@code timeout} passes first.
   */
  OptionalInt await(Duration timeout) throws IOException, InterruptedException {
    OptionalInt code = read();
    if (code.isPresent() || timeout.isZero()) {
      return code;
    }
    long deadline = System.nanoTime() + timeout.toNanos();
    try (WatchService watcher = FileSystems.getDefault().newWatchService()) {
      file.getParent().register(watcher, StandardWatchEventKinds.ENTRY_CREATE);
      // Registered before this second look, so a file renamed into place in between is not missed.
      code = read();
      while (code.isEmpty()) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return code;
        }
        WatchKey key = watcher.poll(left, TimeUnit.NANOSECONDS);
        if (key != null) {
          key.pollEvents();
          if (!key.reset()) {
            throw new NoSuchFileException(file.getParent().toString(), null, "removed while waiting for exit");
          }
        }
        code = read();
      }
      return code;
    }
  }
}
