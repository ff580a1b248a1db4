package io.jpod.ports.contract;

import io.jpod.ports.ContainerId;
import io.jpod.ports.ContainerRecord;
import io.jpod.ports.ContainerState;
import io.jpod.ports.ContainerStatus;
import io.jpod.ports.Digest;
import io.jpod.ports.ImageConfig;
import io.jpod.ports.ImageId;
import io.jpod.ports.ImageRecord;
import io.jpod.ports.LayerKey;
import io.jpod.ports.MountSpec;
import io.jpod.ports.RuntimeSpec;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** Records with every field set to a value that differs from its default, for state store tests. */
public final class StateStoreSamples {
  /** Nanoseconds included, so that a store that truncates time is caught. */
  public static final Instant CREATED = Instant.parse("2024-05-01T10:11:12.123456789Z");

  private StateStoreSamples() {}

  /** An id of 64 hex digits that ends in {@code n}'s hex form. */
  public static String hex(long n) {
    String suffix = Long.toHexString(n);
    return "a".repeat(64 - suffix.length()) + suffix;
  }

  public static ImageRecord image(long n, String... names) {
    ImageConfig config = new ImageConfig("linux", "amd64", "1000:1000", List.of("PATH=/bin", "A=b c"),
        List.of("/bin/sh", "-c"), List.of("echo \"hi\"", "ü"), "/srv", Map.of("org.example", "x", "k", ""), "SIGTERM");
    return new ImageRecord(new ImageId(hex(n)), List.of(names), CREATED.plusSeconds(n),
        List.of(Digest.sha256(hex(n + 100)), Digest.sha256(hex(n + 101))), new LayerKey("layer-" + n), 1_234_567L + n,
        config, "{\"architecture\":\"amd64\",\"os\":\"linux\",\n  \"config\":{}}");
  }

  public static ContainerRecord container(long n, String name, ImageId image) {
    return new ContainerRecord(new ContainerId(hex(n)), name, image, "localhost/app:latest", new LayerKey("c-" + n),
        List.of("sh", "-c", "sleep 1"), CREATED.plusSeconds(n), "runc", true, spec(n), exited());
  }

  /** A state with every optional present. */
  public static ContainerState exited() {
    return new ContainerState(ContainerStatus.EXITED, OptionalInt.of(4242), OptionalInt.of(137),
        Optional.of(Instant.parse("2024-05-01T10:11:13.000000001Z")),
        Optional.of(Instant.parse("2024-05-01T10:11:14.999999999Z")));
  }

  /** A spec whose optional parts are null and whose lists and maps are empty. */
  public static RuntimeSpec sparseSpec() {
    RuntimeSpec.Process process = new RuntimeSpec.Process(false, new RuntimeSpec.User(0, 0, List.of()),
        List.of("true"), List.of(), "/", null, List.of(), false, 0);
    RuntimeSpec.Linux linux = new RuntimeSpec.Linux(List.of(), List.of(), List.of(), null, null, Map.of());
    return new RuntimeSpec("1.0.2", process, new RuntimeSpec.Root(List.of(), false), null, List.of(), linux,
        Map.of());
  }

  public static RuntimeSpec spec(long n) {
    RuntimeSpec.Process process = new RuntimeSpec.Process(true, new RuntimeSpec.User(1000, 1001, List.of(10, 20)),
        List.of("sh", "-c", "echo " + n), List.of("PATH=/bin", "TERM=xterm"), "/work",
        new RuntimeSpec.Capabilities(List.of("CAP_CHOWN", "CAP_KILL"), List.of("CAP_CHOWN"), List.of(),
            List.of("CAP_KILL"), List.of("CAP_NET_BIND_SERVICE")),
        List.of(new RuntimeSpec.Rlimit("RLIMIT_NOFILE", 1024, 512)), true, -500);
    RuntimeSpec.Root root = new RuntimeSpec.Root(List.of(new MountSpec("overlay", "overlay",
        List.of("lowerdir=/l1:/l2", "upperdir=/u", "workdir=/w"))), true);
    RuntimeSpec.Seccomp seccomp = new RuntimeSpec.Seccomp("SCMP_ACT_ERRNO", 1, List.of("SCMP_ARCH_X86_64"),
        List.of(new RuntimeSpec.Syscall(List.of("read", "write"), "SCMP_ACT_ALLOW", 0, List.of()),
            new RuntimeSpec.Syscall(List.of("personality"), "SCMP_ACT_ALLOW", 38,
                List.of(new RuntimeSpec.SyscallArg(0, 8, Long.MAX_VALUE, "SCMP_CMP_EQ")))));
    RuntimeSpec.Linux linux = new RuntimeSpec.Linux(
        List.of(new RuntimeSpec.Namespace("pid", ""), new RuntimeSpec.Namespace("network", "/run/netns/x")),
        List.of("/proc/kcore"), List.of("/proc/sys"), seccomp, "/jpod/" + n, Map.of("net.ipv4.ip_forward", "1"));
    return new RuntimeSpec("1.0.2", process, root, "host-" + n,
        List.of(new RuntimeSpec.Mount("/proc", "proc", "proc", List.of("nosuid", "noexec"))), linux,
        Map.of("io.jpod.n", Long.toString(n)));
  }
}
