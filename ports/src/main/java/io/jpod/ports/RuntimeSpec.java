package io.jpod.ports;

import java.util.List;
import java.util.Map;

/**
 * The OCI runtime spec ({@code config.json}) of one container, as far as jpod sets it. Field names follow the
 * OCI runtime-spec so that an adapter can write them one to one.
 */
public record RuntimeSpec(
    String ociVersion,
    Process process,
    Root root,
    String hostname,
    List<Mount> mounts,
    Linux linux,
    Map<String, String> annotations) {
  public RuntimeSpec {
    mounts = List.copyOf(mounts);
    annotations = Map.copyOf(annotations);
  }

  /** The container's process. {@code args[0]} is resolved against {@code PATH} in {@code env} by the runtime. */
  public record Process(
      boolean terminal,
      User user,
      List<String> args,
      List<String> env,
      String cwd,
      Capabilities capabilities,
      List<Rlimit> rlimits,
      boolean noNewPrivileges,
      int oomScoreAdj) {
    public Process {
      args = List.copyOf(args);
      env = List.copyOf(env);
      rlimits = List.copyOf(rlimits);
    }
  }

  public record User(int uid, int gid, List<Integer> additionalGids) {
    public User {
      additionalGids = List.copyOf(additionalGids);
    }
  }

  public record Capabilities(
      List<String> bounding, List<String> effective, List<String> inheritable, List<String> permitted,
      List<String> ambient) {
    public Capabilities {
      bounding = List.copyOf(bounding);
      effective = List.copyOf(effective);
      inheritable = List.copyOf(inheritable);
      permitted = List.copyOf(permitted);
      ambient = List.copyOf(ambient);
    }
  }

  public record Rlimit(String type, long hard, long soft) {}

  /** The root filesystem: the layer mounts that make it (see {@link MountSpec}) and whether it is read-only. */
  public record Root(List<MountSpec> layers, boolean readonly) {
    public Root {
      layers = List.copyOf(layers);
    }
  }

  public record Mount(String destination, String type, String source, List<String> options) {
    public Mount {
      options = List.copyOf(options);
    }
  }

  public record Linux(
      List<Namespace> namespaces,
      List<String> maskedPaths,
      List<String> readonlyPaths,
      Seccomp seccomp,
      String cgroupsPath,
      Map<String, String> sysctl) {
    public Linux {
      namespaces = List.copyOf(namespaces);
      maskedPaths = List.copyOf(maskedPaths);
      readonlyPaths = List.copyOf(readonlyPaths);
      sysctl = Map.copyOf(sysctl);
    }
  }

  /** A namespace to join ({@code path} set) or to create ({@code path} empty). */
  public record Namespace(String type, String path) {}

  public record Seccomp(String defaultAction, int defaultErrnoRet, List<String> architectures, List<Syscall> syscalls) {
    public Seccomp {
      architectures = List.copyOf(architectures);
      syscalls = List.copyOf(syscalls);
    }
  }

  /** {@code errnoRet} applies to SCMP_ACT_ERRNO; 0 means the runtime's default. */
  public record Syscall(List<String> names, String action, int errnoRet, List<SyscallArg> args) {
    public Syscall {
      names = List.copyOf(names);
      args = List.copyOf(args);
    }
  }

  public record SyscallArg(int index, long value, long valueTwo, String op) {}
}
