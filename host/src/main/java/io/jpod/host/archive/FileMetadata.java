package io.jpod.host.archive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;

/**
 * Owner, permission bits (setuid, setgid and sticky included), extended attributes and times of one file, applied
 * to the file itself and never to a link's target.
 */
record FileMetadata(int uid, int gid, int mode, Map<String, byte[]> xattrs, FileTime modified, FileTime accessed) {
  private static final LinkOption NOFOLLOW = LinkOption.NOFOLLOW_LINKS;
  static final int PERMISSION_BITS = 07777;
  private static final int S_IFMT = 0170000;
  private static final int S_IFLNK = 0120000;

  FileMetadata {
    xattrs = Map.copyOf(xattrs);
  }

  /** Reads {@code path}'s metadata without following a link. */
  static FileMetadata of(Path path) throws IOException {
    Map<String, Object> unix = Files.readAttributes(path, "unix:uid,gid,mode,lastModifiedTime,lastAccessTime", NOFOLLOW);
    Map<String, byte[]> xattrs = new java.util.HashMap<>();
    for (String name : Libc.listXattrs(path)) {
      xattrs.put(name, Libc.getXattr(path, name));
    }
    return new FileMetadata((int) unix.get("uid"), (int) unix.get("gid"), (int) unix.get("mode") & PERMISSION_BITS,
        xattrs, (FileTime) unix.get("lastModifiedTime"), (FileTime) unix.get("lastAccessTime"));
  }

  /**
   * Applies owner, then mode (a chown clears setuid), then extended attributes, then times. Links keep their own
   * 0777 mode. Only path-based calls are used: opening a fifo would block and opening a device may act on it.
   */
  void applyTo(Path path) throws IOException {
    Map<String, Object> current = Files.readAttributes(path, "unix:uid,gid,mode", NOFOLLOW);
    if ((int) current.get("uid") != uid || (int) current.get("gid") != gid) {
      Libc.lchown(path, uid, gid);
    }
    if (((int) current.get("mode") & S_IFMT) != S_IFLNK) {
      Libc.chmod(path, mode);
    }
    for (Map.Entry<String, byte[]> xattr : xattrs.entrySet()) {
      Libc.setXattr(path, xattr.getKey(), xattr.getValue());
    }
    Libc.setTimes(path, accessed.toInstant(), modified.toInstant());
  }
}
