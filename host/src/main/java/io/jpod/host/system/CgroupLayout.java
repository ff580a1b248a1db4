package io.jpod.host.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How cgroups are mounted: v2 only (unified), v1 only (legacy), or v1 controllers beside a cgroup2 mount (hybrid).
 * In the hybrid case a controller attached to cgroup2 (often hugetlb) makes crun refuse to run.
 */
public record CgroupLayout(Kind kind, List<String> unifiedControllers) {
  public enum Kind { UNIFIED, LEGACY, HYBRID }

  public CgroupLayout {
    unifiedControllers = List.copyOf(unifiedControllers);
  }

  public String version() {
    return kind == Kind.UNIFIED ? "v2" : "v1";
  }

  /** Reads the layout from a mountinfo table ({@code /proc/self/mountinfo}) and the cgroup2 controller files. */
  public static CgroupLayout detect(Path mountinfo) throws IOException {
    boolean v1 = false;
    Path unifiedMount = null;
    for (String line : Files.readAllLines(mountinfo)) {
      int separator = line.indexOf(" - ");
      if (separator < 0) {
        continue;
      }
      String[] after = line.substring(separator + 3).split(" ");
      String mountPoint = line.split(" ")[4];
      if (after[0].equals("cgroup2")) {
        unifiedMount = Path.of(mountPoint);
      } else if (after[0].equals("cgroup")) {
        v1 = true;
      }
    }
    if (unifiedMount == null) {
      return new CgroupLayout(Kind.LEGACY, List.of());
    }
    List<String> controllers = new ArrayList<>();
    Path list = unifiedMount.resolve("cgroup.controllers");
    if (Files.isReadable(list)) {
      for (String c : Files.readString(list).trim().split("\\s+")) {
        if (!c.isEmpty()) {
          controllers.add(c);
        }
      }
    }
    return new CgroupLayout(v1 ? Kind.HYBRID : Kind.UNIFIED, controllers);
  }

  public static CgroupLayout detect() throws IOException {
    return detect(Path.of("/proc/self/mountinfo"));
  }

  /** Why crun cannot run here, if it cannot: controllers left on cgroup2 in the hybrid layout. */
  public String crunObstacle() {
    if (kind != Kind.HYBRID || unifiedControllers.isEmpty()) {
      return "";
    }
    return "cgroups in hybrid mode with controllers " + String.join(",", unifiedControllers)
        + " on cgroup2: crun refuses to run; move them to cgroup v1, e.g. mkdir -p /sys/fs/cgroup/"
        + unifiedControllers.get(0) + " && mount -t cgroup -o " + unifiedControllers.get(0) + " cgroup /sys/fs/cgroup/"
        + unifiedControllers.get(0);
  }
}
