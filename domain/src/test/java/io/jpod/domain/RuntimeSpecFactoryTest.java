package io.jpod.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.jpod.ports.ContainerId;
import io.jpod.ports.ImageConfig;
import io.jpod.ports.InvalidArgumentException;
import io.jpod.ports.MountSpec;
import io.jpod.ports.RuntimeSpec;
import io.jpod.ports.RuntimeSpec.Rlimit;
import io.jpod.ports.RuntimeSpec.Syscall;
import io.jpod.ports.RuntimeSpec.User;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RuntimeSpecFactoryTest {
  private static final ContainerId ID = new ContainerId("0123456789ab" + "c".repeat(52));
  private static final List<MountSpec> ROOTFS = List.of(new MountSpec("bind", "/layers/x", List.of("rw")));
  private static final ImageConfig BARE = image(List.of(), List.of(), List.of(), "", "");

  private final RuntimeSpecFactory factory = new RuntimeSpecFactory(new HostLimits(20_000, 96_365));

  private static ImageConfig image(List<String> env, List<String> entrypoint, List<String> cmd, String workingDir,
      String user) {
    return new ImageConfig("linux", "amd64", user, env, entrypoint, cmd, workingDir, Map.of(), "");
  }

  private static RunRequest request(List<String> env, Optional<String> workdir, Optional<String> user) {
    return new RunRequest("app", Optional.empty(), List.of(), env, workdir, user, false);
  }

  private RuntimeSpec generate(ImageConfig image, RunRequest request) throws InvalidArgumentException {
    return factory.generate(ID, image, request, List.of("/bin/sh"), ROOTFS);
  }

  @Test
  void generate_hostLimitsBelowDefaults_capsRlimitsAtHostLimits() throws Exception {
    RuntimeSpec spec = generate(BARE, request(List.of(), Optional.empty(), Optional.empty()));

    assertThat(spec.process().rlimits()).containsExactly(
        new Rlimit("RLIMIT_NOFILE", 20_000, 20_000), new Rlimit("RLIMIT_NPROC", 96_365, 96_365));
  }

  @Test
  void generate_hostLimitsAboveDefaults_keepsDefaults() throws Exception {
    RuntimeSpecFactory generous = new RuntimeSpecFactory(new HostLimits(Long.MAX_VALUE, Long.MAX_VALUE));

    RuntimeSpec spec = generous.generate(ID, BARE, request(List.of(), Optional.empty(), Optional.empty()),
        List.of("/bin/sh"), ROOTFS);

    assertThat(spec.process().rlimits()).containsExactly(
        new Rlimit("RLIMIT_NOFILE", 1_048_576, 1_048_576), new Rlimit("RLIMIT_NPROC", 4_194_304, 4_194_304));
  }

  @Test
  void generate_defaults_grantExactlyPodmansElevenCapabilities() throws Exception {
    RuntimeSpec.Capabilities caps = generate(BARE, request(List.of(), Optional.empty(), Optional.empty()))
        .process().capabilities();

    List<String> podman = List.of("CAP_CHOWN", "CAP_DAC_OVERRIDE", "CAP_FOWNER", "CAP_FSETID", "CAP_KILL",
        "CAP_NET_BIND_SERVICE", "CAP_SETFCAP", "CAP_SETGID", "CAP_SETPCAP", "CAP_SETUID", "CAP_SYS_CHROOT");
    assertThat(caps.bounding()).containsExactlyElementsOf(podman);
    assertThat(caps.effective()).containsExactlyElementsOf(podman);
    assertThat(caps.permitted()).containsExactlyElementsOf(podman);
    assertThat(caps.inheritable()).isEmpty();
    assertThat(caps.ambient()).isEmpty();
  }

  @Test
  void generate_defaults_maskAndProtectKernelPaths() throws Exception {
    RuntimeSpec.Linux linux = generate(BARE, request(List.of(), Optional.empty(), Optional.empty())).linux();

    assertThat(linux.maskedPaths()).containsExactly("/proc/acpi", "/proc/kcore", "/proc/keys",
        "/proc/latency_stats", "/proc/timer_list", "/proc/timer_stats", "/proc/sched_debug", "/proc/scsi",
        "/sys/firmware", "/sys/fs/selinux", "/sys/dev/block");
    assertThat(linux.readonlyPaths()).containsExactly("/proc/asound", "/proc/bus", "/proc/fs", "/proc/irq",
        "/proc/sys", "/proc/sysrq-trigger");
  }

  @Test
  void generate_defaults_seccompFailsUnlistedSyscallsWithEnosys() throws Exception {
    RuntimeSpec.Seccomp seccomp = generate(BARE, request(List.of(), Optional.empty(), Optional.empty()))
        .linux().seccomp();

    assertThat(seccomp.defaultAction()).isEqualTo("SCMP_ACT_ERRNO");
    assertThat(seccomp.defaultErrnoRet()).isEqualTo(38);
    assertThat(seccomp.architectures()).containsExactly("SCMP_ARCH_X86_64", "SCMP_ARCH_X86", "SCMP_ARCH_X32");
    assertThat(rulesFor(seccomp, "add_key")).isEmpty();
    assertThat(rulesFor(seccomp, "request_key")).isEmpty();
  }

  @Test
  void generate_defaults_seccompAllowsChrootForCapSysChroot() throws Exception {
    RuntimeSpec.Seccomp seccomp = generate(BARE, request(List.of(), Optional.empty(), Optional.empty()))
        .linux().seccomp();

    assertThat(rulesFor(seccomp, "chroot")).extracting(Syscall::action).containsExactly("SCMP_ACT_ALLOW");
  }

  @Test
  void generate_defaults_seccompDeniesCapabilityGatedSyscallsWithEperm() throws Exception {
    RuntimeSpec.Seccomp seccomp = generate(BARE, request(List.of(), Optional.empty(), Optional.empty()))
        .linux().seccomp();

    for (String name : List.of("init_module", "kexec_load", "open_by_handle_at", "sethostname", "bpf", "acct")) {
      assertThat(rulesFor(seccomp, name)).as(name)
          .extracting(Syscall::action, Syscall::errnoRet).containsExactly(tuple(
              "SCMP_ACT_ERRNO", 1));
    }
  }

  /**
   * podman's default profile (/usr/share/containers/seccomp.json) allows mount unconditionally: without
   * CAP_SYS_ADMIN the kernel refuses it with EPERM, and with it (rootless nesting) it must work.
   */
  @Test
  void generate_defaults_seccompLeavesMountToTheCapabilityCheck() throws Exception {
    RuntimeSpec spec = generate(BARE, request(List.of(), Optional.empty(), Optional.empty()));

    assertThat(rulesFor(spec.linux().seccomp(), "mount")).extracting(Syscall::action, Syscall::args)
        .containsExactly(tuple("SCMP_ACT_ALLOW", List.of()));
    assertThat(spec.process().capabilities().bounding()).doesNotContain("CAP_SYS_ADMIN");
  }

  @Test
  void generate_envFromDefaultsImageAndRequest_laterSourcesWin() throws Exception {
    ImageConfig image = image(List.of("PATH=/opt/bin:/bin", "LANG=C", "MODE=image"), List.of(), List.of(), "", "");

    RuntimeSpec spec = generate(image, request(List.of("MODE=request", "EXTRA=1", "TERM=dumb"), Optional.empty(),
        Optional.empty()));

    assertThat(spec.process().env()).containsExactly("PATH=/opt/bin:/bin", "TERM=dumb", "container=jpod",
        "LANG=C", "MODE=request", "EXTRA=1", "HOME=/root", "HOSTNAME=0123456789ab");
  }

  @Test
  void generate_noEnv_setsDefaultsAndHostname() throws Exception {
    RuntimeSpec spec = generate(BARE, request(List.of(), Optional.empty(), Optional.empty()));

    assertThat(spec.process().env()).containsExactly(
        "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", "TERM=xterm", "container=jpod",
        "HOME=/root", "HOSTNAME=0123456789ab");
    assertThat(spec.hostname()).isEqualTo("0123456789ab");
  }

  @Test
  void generate_nonRootUser_homeIsSlashUnlessSet() throws Exception {
    assertThat(generate(BARE, request(List.of(), Optional.empty(), Optional.of("1000"))).process().env())
        .contains("HOME=/");
    assertThat(generate(BARE, request(List.of("HOME=/home/me"), Optional.empty(), Optional.of("1000")))
        .process().env()).contains("HOME=/home/me").doesNotContain("HOME=/");
  }

  /** podman sets HOSTNAME only when the user did not: `podman run -e HOSTNAME=foo` shows HOSTNAME=foo. */
  @Test
  void generate_requestSetsHostname_keepsRequestValue() throws Exception {
    RuntimeSpec spec = generate(BARE, request(List.of("HOSTNAME=foo"), Optional.empty(), Optional.empty()));

    assertThat(spec.process().env()).contains("HOSTNAME=foo").doesNotContain("HOSTNAME=0123456789ab");
    assertThat(spec.hostname()).isEqualTo("0123456789ab");
  }

  @Test
  void generate_envEntryWithoutValue_isIgnored() throws Exception {
    RuntimeSpec spec = generate(BARE, request(List.of("NOVALUE", "=x", "EMPTY="), Optional.empty(),
        Optional.empty()));

    assertThat(spec.process().env()).contains("EMPTY=").noneMatch(e -> e.startsWith("NOVALUE") || e.startsWith("="));
  }

  @Test
  void arguments_entrypointAndCmd_areJoined() {
    ImageConfig image = image(List.of(), List.of("/entry", "-v"), List.of("serve", "--port=80"), "", "");

    assertThat(RuntimeSpecFactory.arguments(image, List.of())).containsExactly("/entry", "-v", "serve", "--port=80");
  }

  @Test
  void arguments_requestCommand_replacesCmdAndKeepsEntrypoint() {
    ImageConfig image = image(List.of(), List.of("/entry"), List.of("serve"), "", "");

    assertThat(RuntimeSpecFactory.arguments(image, List.of("debug", "x"))).containsExactly("/entry", "debug", "x");
  }

  @Test
  void arguments_cmdOnly_isTheCommand() {
    ImageConfig image = image(List.of(), List.of(), List.of("/bin/sh", "-c", "echo hi"), "", "");

    assertThat(RuntimeSpecFactory.arguments(image, List.of())).containsExactly("/bin/sh", "-c", "echo hi");
  }

  @Test
  void arguments_requestCommandWithoutEntrypoint_replacesCmd() {
    ImageConfig image = image(List.of(), List.of(), List.of("/bin/sh"), "", "");

    assertThat(RuntimeSpecFactory.arguments(image, List.of("echo", "hi"))).containsExactly("echo", "hi");
  }

  @Test
  void arguments_nothingAnywhere_isEmpty() {
    assertThat(RuntimeSpecFactory.arguments(BARE, List.of())).isEmpty();
  }

  @Test
  void generate_noWorkdir_usesImageWorkingDirThenRoot() throws Exception {
    RunRequest none = request(List.of(), Optional.empty(), Optional.empty());

    assertThat(generate(image(List.of(), List.of(), List.of(), "/srv", ""), none).process().cwd()).isEqualTo("/srv");
    assertThat(generate(BARE, none).process().cwd()).isEqualTo("/");
  }

  @Test
  void generate_requestWorkdir_overridesImage() throws Exception {
    RuntimeSpec spec = generate(image(List.of(), List.of(), List.of(), "/srv", ""),
        request(List.of(), Optional.of("/tmp"), Optional.empty()));

    assertThat(spec.process().cwd()).isEqualTo("/tmp");
  }

  @Test
  void generate_relativeWorkdir_isRefused() {
    assertThatThrownBy(() -> generate(BARE, request(List.of(), Optional.of("srv"), Optional.empty())))
        .isInstanceOf(InvalidArgumentException.class)
        .hasMessage("working directory \"srv\" is not an absolute path");
  }

  @Test
  void generate_relativeImageWorkingDir_isRefused() {
    assertThatThrownBy(() -> generate(image(List.of(), List.of(), List.of(), "app", ""),
        request(List.of(), Optional.empty(), Optional.empty())))
        .isInstanceOf(InvalidArgumentException.class)
        .hasMessage("working directory \"app\" is not an absolute path");
  }

  @Test
  void generate_noUser_runsAsRoot() throws Exception {
    assertThat(generate(BARE, request(List.of(), Optional.empty(), Optional.empty())).process().user())
        .isEqualTo(new User(0, 0, List.of()));
  }

  @Test
  void generate_numericUserAndGroup_setsBoth() throws Exception {
    assertThat(generate(BARE, request(List.of(), Optional.empty(), Optional.of("1000:100"))).process().user())
        .isEqualTo(new User(1000, 100, List.of()));
  }

  @Test
  void generate_numericUserOnly_usesGroupZero() throws Exception {
    assertThat(generate(BARE, request(List.of(), Optional.empty(), Optional.of("65534"))).process().user())
        .isEqualTo(new User(65534, 0, List.of()));
  }

  @Test
  void generate_imageUser_isUsedWhenRequestHasNone() throws Exception {
    RuntimeSpec spec = generate(image(List.of(), List.of(), List.of(), "", "42:43"),
        request(List.of(), Optional.empty(), Optional.empty()));

    assertThat(spec.process().user()).isEqualTo(new User(42, 43, List.of()));
  }

  @Test
  void generate_userName_isRefused() {
    assertThatThrownBy(() -> generate(BARE, request(List.of(), Optional.empty(), Optional.of("nobody"))))
        .isInstanceOf(InvalidArgumentException.class)
        .hasMessage("user \"nobody\": only numeric uid[:gid] is supported");
  }

  @Test
  void generate_groupName_isRefused() {
    assertThatThrownBy(() -> generate(BARE, request(List.of(), Optional.empty(), Optional.of("1000:staff"))))
        .isInstanceOf(InvalidArgumentException.class)
        .hasMessage("user \"1000:staff\": only numeric uid[:gid] is supported");
  }

  @Test
  void generate_negativeUid_isRefused() {
    assertThatThrownBy(() -> generate(BARE, request(List.of(), Optional.empty(), Optional.of("-1"))))
        .isInstanceOf(InvalidArgumentException.class)
        .hasMessage("user \"-1\": only numeric uid[:gid] is supported");
  }

  @Test
  void generate_anyRequest_describesContainerAndRootfs() throws Exception {
    RuntimeSpec spec = generate(BARE, request(List.of(), Optional.empty(), Optional.empty()));

    assertThat(spec.root()).isEqualTo(new RuntimeSpec.Root(ROOTFS, false));
    assertThat(spec.process().args()).containsExactly("/bin/sh");
    assertThat(spec.process().terminal()).isFalse();
    assertThat(spec.linux().cgroupsPath()).isEqualTo("/jpod/" + ID.hex());
    assertThat(spec.linux().namespaces()).extracting(RuntimeSpec.Namespace::type)
        .containsExactly("pid", "network", "ipc", "uts", "mount");
    assertThat(spec.mounts()).extracting(RuntimeSpec.Mount::destination)
        .containsExactly("/proc", "/dev", "/dev/pts", "/dev/mqueue", "/dev/shm", "/sys", "/sys/fs/cgroup");
    assertThat(spec.annotations()).containsExactly(Map.entry("io.container.manager", "jpod"));
  }

  private static List<Syscall> rulesFor(RuntimeSpec.Seccomp seccomp, String name) {
    return seccomp.syscalls().stream().filter(s -> s.names().contains(name)).toList();
  }
}
