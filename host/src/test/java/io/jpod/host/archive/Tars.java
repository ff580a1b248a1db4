package io.jpod.host.archive;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.function.Consumer;

/** Builds test tars with commons-compress: fixed mtime, owner 0:0 unless changed. */
final class Tars {
  static final FileTime MTIME = FileTime.fromMillis(1_600_000_000_000L);
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final TarArchiveOutputStream out = new TarArchiveOutputStream(bytes);

  Tars() {
    out.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
    out.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
  }

  Tars dir(String name) {
    return add(new TarArchiveEntry(name + "/", TarConstants.LF_DIR), 0755, null, e -> {});
  }

  Tars file(String name, String content) {
    return file(name, content, 0644, e -> {});
  }

  Tars file(String name, String content, int mode, Consumer<TarArchiveEntry> more) {
    return add(new TarArchiveEntry(name), mode, content.getBytes(StandardCharsets.UTF_8), more);
  }

  Tars symlink(String name, String target) {
    return add(new TarArchiveEntry(name, TarConstants.LF_SYMLINK), 0777, null, e -> e.setLinkName(target));
  }

  Tars hardlink(String name, String target) {
    return add(new TarArchiveEntry(name, TarConstants.LF_LINK), 0644, null, e -> e.setLinkName(target));
  }

  Tars special(String name, byte type, int major, int minor, int mode) {
    return add(new TarArchiveEntry(name, type), mode, null, e -> {
      e.setDevMajor(major);
      e.setDevMinor(minor);
    });
  }

  private Tars add(TarArchiveEntry entry, int mode, byte[] content, Consumer<TarArchiveEntry> more) {
    entry.setMode(mode);
    entry.setModTime(MTIME);
    entry.setIds(0, 0);
    entry.setSize(content == null ? 0 : content.length);
    more.accept(entry);
    try {
      out.putArchiveEntry(entry);
      if (content != null) {
        out.write(content);
      }
      out.closeArchiveEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  byte[] bytes() throws IOException {
    out.close();
    return bytes.toByteArray();
  }

  static void requireRoot() throws IOException {
    if ((int) Files.getAttribute(Path.of("/proc/self"), "unix:uid") != 0) {
      throw new AssertionError("this privileged test needs root (mknod, chown, trusted.* xattrs)");
    }
  }
}
