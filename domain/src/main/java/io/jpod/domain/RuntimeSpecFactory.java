package io.jpod.domain;

import io.jpod.ports.ContainerId;
import io.jpod.ports.ImageConfig;
import io.jpod.ports.InvalidArgumentException;
import io.jpod.ports.MountSpec;
import io.jpod.ports.RuntimeSpec;
import io.jpod.ports.RuntimeSpec.Linux;
import io.jpod.ports.RuntimeSpec.Mount;
import io.jpod.ports.RuntimeSpec.Namespace;
import io.jpod.ports.RuntimeSpec.Rlimit;
import io.jpod.ports.RuntimeSpec.User;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Generates a container's OCI runtime spec from its image config, the request and the security defaults. */
final class RuntimeSpecFactory {
  static final String DEFAULT_PATH = "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";
  private static final long DEFAULT_NOFILE = 1_048_576;
  private static final long DEFAULT_NPROC = 4_194_304;

  private final HostLimits limits;

  RuntimeSpecFactory(HostLimits limits) {
    this.limits = limits;
  }

  /** The process's arguments: entrypoint then command, where the request's command replaces the image's. */
  static List<String> arguments(ImageConfig image, List<String> command) {
    List<String> args = new ArrayList<>(image.entrypoint());
    args.addAll(command.isEmpty() ? image.cmd() : command);
    return args;
  }

  RuntimeSpec generate(ContainerId id, ImageConfig image, RunRequest request, List<String> args,
      List<MountSpec> rootfs) throws InvalidArgumentException {
    String hostname = id.shortForm();
    User user = user(request.user().orElse(image.user()));
    RuntimeSpec.Process process = new RuntimeSpec.Process(
        false,
        user,
        args,
        environment(image, request, hostname, user),
        request.workdir().orElse(image.workingDir().isEmpty() ? "/" : image.workingDir()),
        SecurityDefaults.capabilities(),
        List.of(
            new Rlimit("RLIMIT_NOFILE", Math.min(DEFAULT_NOFILE, limits.nofileHard()),
                Math.min(DEFAULT_NOFILE, limits.nofileHard())),
            new Rlimit("RLIMIT_NPROC", Math.min(DEFAULT_NPROC, limits.nprocHard()),
                Math.min(DEFAULT_NPROC, limits.nprocHard()))),
        false,
        0);
    if (!process.cwd().startsWith("/")) {
      throw new InvalidArgumentException("working directory \"" + process.cwd() + "\" is not an absolute path");
    }
    Linux linux = new Linux(
        List.of(new Namespace("pid", ""), new Namespace("network", ""), new Namespace("ipc", ""),
            new Namespace("uts", ""), new Namespace("mount", "")),
        SecurityDefaults.MASKED_PATHS,
        SecurityDefaults.READONLY_PATHS,
        SecurityDefaults.seccomp(),
        "/jpod/" + id.hex(),
        Map.of());
    return new RuntimeSpec("1.0.2-dev", process, new RuntimeSpec.Root(rootfs, false), hostname, mounts(), linux,
        Map.of("io.container.manager", "jpod"));
  }

  private static List<Mount> mounts() {
    return List.of(
        new Mount("/proc", "proc", "proc", List.of("nosuid", "noexec", "nodev")),
        new Mount("/dev", "tmpfs", "tmpfs", List.of("nosuid", "strictatime", "mode=755", "size=65536k")),
        new Mount("/dev/pts", "devpts", "devpts",
            List.of("nosuid", "noexec", "newinstance", "ptmxmode=0666", "mode=0620", "gid=5")),
        new Mount("/dev/mqueue", "mqueue", "mqueue", List.of("nosuid", "noexec", "nodev")),
        new Mount("/dev/shm", "tmpfs", "shm", List.of("nosuid", "noexec", "nodev", "mode=1777", "size=65536k")),
        new Mount("/sys", "sysfs", "sysfs", List.of("nosuid", "noexec", "nodev", "ro")),
        new Mount("/sys/fs/cgroup", "cgroup", "cgroup", List.of("rprivate", "nosuid", "noexec", "nodev", "relatime",
            "ro")));
  }

  /**
   * Defaults, then the image's, then the request's variables. HOME is root's home for uid 0 and / otherwise: the
   * image's /etc/passwd, which podman reads for it, is not the domain's to read.
   */
  private static List<String> environment(ImageConfig image, RunRequest request, String hostname, User user) {
    Map<String, String> env = new LinkedHashMap<>();
    put(env, DEFAULT_PATH);
    put(env, "TERM=xterm");
    put(env, "container=jpod");
    image.env().forEach(e -> put(env, e));
    request.env().forEach(e -> put(env, e));
    env.putIfAbsent("HOME", user.uid() == 0 ? "/root" : "/");
    env.putIfAbsent("HOSTNAME", hostname);
    List<String> out = new ArrayList<>();
    env.forEach((k, v) -> out.add(k + "=" + v));
    return out;
  }

  private static void put(Map<String, String> env, String entry) {
    int eq = entry.indexOf('=');
    if (eq > 0) {
      env.put(entry.substring(0, eq), entry.substring(eq + 1));
    }
  }

  /** Numeric {@code uid[:gid]}; names need the image's /etc/passwd, which the domain does not read. */
  private static User user(String spec) throws InvalidArgumentException {
    if (spec.isEmpty()) {
      return new User(0, 0, List.of());
    }
    // parseInt alone would accept "-1" (reaching the runtime as uid 4294967295) and "+5"
    if (!spec.matches("[0-9]+(:[0-9]+)?")) {
      throw notNumeric(spec, null);
    }
    String[] parts = spec.split(":", 2);
    try {
      int uid = Integer.parseInt(parts[0]);
      int gid = parts.length == 2 ? Integer.parseInt(parts[1]) : 0;
      return new User(uid, gid, List.of());
    } catch (NumberFormatException tooLarge) {
      throw notNumeric(spec, tooLarge);
    }
  }

  private static InvalidArgumentException notNumeric(String spec, NumberFormatException cause) {
    return new InvalidArgumentException("user \"" + spec + "\": only numeric uid[:gid] is supported", cause);
  }
}
