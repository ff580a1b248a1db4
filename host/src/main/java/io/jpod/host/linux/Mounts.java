package io.jpod.host.linux;

import io.jpod.ports.MountSpec;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Performs {@link MountSpec}s with mount(2) and undoes them. */
public final class Mounts {
  private static final long MS_RDONLY = 1;
  private static final long MS_REMOUNT = 32;
  private static final long MS_BIND = 4096;
  private static final long MS_REC = 16384;

  /** Options that are mount flags: each sets (positive) or clears (negative, bit-inverted) one flag. */
  private static final Map<String, Long> FLAGS = Map.ofEntries(
      Map.entry("ro", MS_RDONLY), Map.entry("rw", ~MS_RDONLY),
      Map.entry("nosuid", 2L), Map.entry("suid", ~2L),
      Map.entry("nodev", 4L), Map.entry("dev", ~4L),
      Map.entry("noexec", 8L), Map.entry("exec", ~8L),
      Map.entry("sync", 16L), Map.entry("async", ~16L),
      Map.entry("noatime", 1024L), Map.entry("atime", ~1024L),
      Map.entry("nodiratime", 2048L), Map.entry("diratime", ~2048L),
      Map.entry("relatime", 1L << 21), Map.entry("norelatime", ~(1L << 21)),
      Map.entry("strictatime", 1L << 24),
      Map.entry("bind", MS_BIND), Map.entry("rbind", MS_BIND | MS_REC));

  private Mounts() {}

  /** Mounts {@code specs} in order onto {@code target}, each above the previous one. */
  public static void mountAll(List<MountSpec> specs, Path target) throws IOException {
    for (MountSpec spec : specs) {
      mount(spec, target);
    }
  }

  /**
   * Mounts one spec onto {@code target}. Flag options ({@code ro}, {@code nodev}, {@code rbind}…) become mount
   * flags, the others ({@code lowerdir=…}, {@code size=…}) the filesystem's data string. A {@code bind} spec's
   * flags need a second, remounting call: the kernel ignores them on the bind itself.
   */
  public static void mount(MountSpec spec, Path target) throws IOException {
    long flags = "bind".equals(spec.type()) ? MS_BIND : 0;
    List<String> data = new ArrayList<>();
    for (String option : spec.options()) {
      Long flag = FLAGS.get(option);
      if (flag == null) {
        data.add(option);
      } else if (flag < 0) {
        flags &= flag;
      } else {
        flags |= flag;
      }
    }
    String fsType = (flags & MS_BIND) != 0 ? null : spec.type();
    String dataString = data.isEmpty() ? null : String.join(",", data);
    LibC libc = Native.libc();
    byte[] targetName = Native.cString(target.toString());
    if (libc.mount(Native.cString(spec.source()), targetName, Native.cString(fsType), flags, Native.cString(dataString))
        != 0) {
      throw Native.failure("cannot mount " + spec.type() + " " + spec.source() + " on " + target);
    }
    long bindFlags = flags & ~(MS_BIND | MS_REC);
    if ((flags & MS_BIND) != 0 && bindFlags != 0
        && libc.mount(null, targetName, null, MS_REMOUNT | MS_BIND | bindFlags, null) != 0) {
      IOException failure = Native.failure("cannot apply " + spec.options() + " to bind mount " + target);
      libc.umount2(targetName, LibC.MNT_DETACH);
      throw failure;
    }
  }

  /**
   * Detaches every mount stacked on {@code target}, newest first. A target that is not a mount point, or does not
   * exist, is left as it is: calling this twice is harmless.
   */
  public static void unmountAll(Path target) throws IOException {
    LibC libc = Native.libc();
    byte[] targetName = Native.cString(target.toString());
    while (libc.umount2(targetName, LibC.MNT_DETACH) == 0) {
      // each successful call removes the top mount; repeat until the target is no mount point
    }
    int errno = Native.errno();
    if (errno != LibC.EINVAL && errno != LibC.ENOENT) {
      throw Native.failure("cannot unmount " + target);
    }
  }
}
