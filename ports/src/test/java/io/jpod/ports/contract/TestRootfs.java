package io.jpod.ports.contract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

/** A minimal root filesystem from the host's static busybox, for tests that run real containers. */
public final class TestRootfs {
  public static final Path BUSYBOX = Path.of("/bin/busybox");
  private static final List<String> APPLETS =
      List.of("sh", "true", "false", "echo", "cat", "ls", "sleep", "id", "env", "pwd", "test", "grep", "wc");

  private TestRootfs() {}

  /** Fills {@code dir} with bin/busybox, its common applets as symlinks, and the directories a runtime needs. */
  public static Path busybox(Path dir) throws IOException {
    if (!Files.isExecutable(BUSYBOX)) {
      throw new IllegalStateException(BUSYBOX + " is missing: install busybox-static");
    }
    for (String d : List.of("bin", "etc", "proc", "sys", "dev", "tmp", "root")) {
      Files.createDirectories(dir.resolve(d));
    }
    Files.copy(BUSYBOX, dir.resolve("bin/busybox"), StandardCopyOption.REPLACE_EXISTING);
    Files.setPosixFilePermissions(dir.resolve("bin/busybox"), PosixFilePermissions.fromString("rwxr-xr-x"));
    for (String applet : APPLETS) {
      Files.createSymbolicLink(dir.resolve("bin").resolve(applet), Path.of("busybox"));
    }
    Files.writeString(dir.resolve("etc/passwd"), "root:x:0:0:root:/root:/bin/sh\n");
    Files.writeString(dir.resolve("etc/group"), "root:x:0:\n");
    return dir;
  }
}
