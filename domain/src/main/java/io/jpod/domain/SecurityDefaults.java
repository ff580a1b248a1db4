package io.jpod.domain;

import io.jpod.ports.RuntimeSpec.Capabilities;
import io.jpod.ports.RuntimeSpec.Seccomp;
import java.util.List;

/** podman's default confinement: the capability set, seccomp filter, and masked and read-only paths. */
public final class SecurityDefaults {
  public static final List<String> CAPABILITIES = List.of(
      "CAP_CHOWN", "CAP_DAC_OVERRIDE", "CAP_FOWNER", "CAP_FSETID", "CAP_KILL", "CAP_NET_BIND_SERVICE",
      "CAP_SETFCAP", "CAP_SETGID", "CAP_SETPCAP", "CAP_SETUID", "CAP_SYS_CHROOT");
  public static final List<String> MASKED_PATHS = List.of(
      "/proc/acpi", "/proc/kcore", "/proc/keys", "/proc/latency_stats", "/proc/timer_list", "/proc/timer_stats",
      "/proc/sched_debug", "/proc/scsi", "/sys/firmware", "/sys/fs/selinux", "/sys/dev/block");
  public static final List<String> READONLY_PATHS = List.of(
      "/proc/asound", "/proc/bus", "/proc/fs", "/proc/irq", "/proc/sys", "/proc/sysrq-trigger");

  private SecurityDefaults() {}

  /** Root's capabilities in a container: bounding, effective and permitted; nothing inheritable or ambient. */
  public static Capabilities capabilities() {
    return new Capabilities(CAPABILITIES, CAPABILITIES, List.of(), CAPABILITIES, List.of());
  }

  public static Seccomp seccomp() {
    return DefaultSeccomp.profile();
  }
}
