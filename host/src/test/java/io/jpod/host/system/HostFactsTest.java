package io.jpod.host.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HostFactsTest {
  @TempDir Path temp;

  private Path mountinfo(String... filesystemLines) throws Exception {
    StringBuilder text = new StringBuilder("22 1 254:0 / / rw,relatime - ext4 /dev/vda rw\n");
    for (String line : filesystemLines) {
      text.append(line).append('\n');
    }
    return Files.writeString(temp.resolve("mountinfo"), text);
  }

  @Test
  void cgroupLayout_v1BesideCgroup2WithHugetlb_isHybridAndNamesCrunsObstacle() throws Exception {
    Path unified = Files.createDirectories(temp.resolve("unified"));
    Files.writeString(unified.resolve("cgroup.controllers"), "hugetlb\n");
    CgroupLayout layout = CgroupLayout.detect(mountinfo(
        "30 25 0:26 / /sys/fs/cgroup/memory rw,relatime - cgroup cgroup rw,memory",
        "31 25 0:27 / " + unified + " rw,relatime - cgroup2 cgroup2 rw"));
    assertThat(layout).isEqualTo(new CgroupLayout(CgroupLayout.Kind.HYBRID, List.of("hugetlb")));
    assertThat(layout.version()).isEqualTo("v1");
    assertThat(layout.crunObstacle()).isEqualTo("cgroups in hybrid mode with controllers hugetlb on cgroup2: crun "
        + "refuses to run; move them to cgroup v1, e.g. mkdir -p /sys/fs/cgroup/hugetlb && mount -t cgroup -o "
        + "hugetlb cgroup /sys/fs/cgroup/hugetlb");
  }

  @Test
  void cgroupLayout_hybridWithEmptyCgroup2_hasNoObstacle() throws Exception {
    Path unified = Files.createDirectories(temp.resolve("unified"));
    Files.writeString(unified.resolve("cgroup.controllers"), "\n");
    CgroupLayout layout = CgroupLayout.detect(mountinfo(
        "30 25 0:26 / /sys/fs/cgroup/memory rw,relatime - cgroup cgroup rw,memory",
        "31 25 0:27 / " + unified + " rw,relatime - cgroup2 cgroup2 rw"));
    assertThat(layout.kind()).isEqualTo(CgroupLayout.Kind.HYBRID);
    assertThat(layout.crunObstacle()).isEmpty();
  }

  @Test
  void cgroupLayout_cgroup2Only_isUnified() throws Exception {
    Path unified = Files.createDirectories(temp.resolve("cg"));
    Files.writeString(unified.resolve("cgroup.controllers"), "cpuset cpu io memory pids\n");
    CgroupLayout layout = CgroupLayout.detect(mountinfo("31 25 0:27 / " + unified + " rw - cgroup2 cgroup2 rw"));
    assertThat(layout).isEqualTo(new CgroupLayout(CgroupLayout.Kind.UNIFIED,
        List.of("cpuset", "cpu", "io", "memory", "pids")));
    assertThat(layout.version()).isEqualTo("v2");
  }

  @Test
  void cgroupLayout_v1Only_isLegacy() throws Exception {
    CgroupLayout layout = CgroupLayout.detect(mountinfo(
        "30 25 0:26 / /sys/fs/cgroup/memory rw,relatime - cgroup cgroup rw,memory"));
    assertThat(layout.kind()).isEqualTo(CgroupLayout.Kind.LEGACY);
  }

  @Test
  void resourceLimits_readsHardColumns() throws Exception {
    Path limits = Files.writeString(temp.resolve("limits"), """
        Limit                     Soft Limit           Hard Limit           Units     
        Max cpu time              unlimited            unlimited            seconds   
        Max processes             96364                96365                processes 
        Max open files            1024                 20000                files     
        """);
    assertThat(ResourceLimits.read(limits)).isEqualTo(new ResourceLimits(20000, 96365));
  }

  @Test
  void resourceLimits_unlimited_isLongMax() throws Exception {
    Path limits = Files.writeString(temp.resolve("limits"), """
        Max processes             unlimited            unlimited            processes 
        Max open files            1024                 unlimited            files     
        """);
    assertThat(ResourceLimits.read(limits)).isEqualTo(new ResourceLimits(Long.MAX_VALUE, Long.MAX_VALUE));
  }
}
