package io.jpod.ports.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jpod.ports.AlreadyExistsException;
import io.jpod.ports.CommandInvocationException;
import io.jpod.ports.ContainerId;
import io.jpod.ports.InvalidStateException;
import io.jpod.ports.MountSpec;
import io.jpod.ports.NotFoundException;
import io.jpod.ports.OciRuntime;
import io.jpod.ports.RuntimeSettings;
import io.jpod.ports.RuntimeSpec;
import io.jpod.ports.RuntimeState;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What every {@link OciRuntime} must do with real containers: a busybox rootfs, a minimal spec, real processes.
 * Needs root and the runtime's binaries; fails, rather than skips, without them.
 */
@Tag("privileged")
public abstract class OciRuntimeContract {
  private static final Duration WAIT = Duration.ofSeconds(20);
  /** Parent cgroup of every test container, removed after the class once empty. */
  private static final String CGROUP_PARENT = "jpod-test";

  @TempDir
  Path temp;
  private Path rootfs;
  private RuntimeSettings settings;
  private OciRuntime runtime;
  private final List<ContainerId> made = new ArrayList<>();

  /** Opens the runtime under test on {@code settings}. */
  protected abstract OciRuntime open(RuntimeSettings settings) throws Exception;

  @BeforeEach
  void openRuntime() throws Exception {
    assertEquals(0, Files.getAttribute(Path.of("/proc/self"), "unix:uid"),
        "OCI runtime contract tests create real containers and must run as root");
    rootfs = TestRootfs.busybox(Files.createDirectory(temp.resolve("rootfs")));
    settings = new RuntimeSettings(temp.resolve("root"), temp.resolve("run"), Map.of());
    runtime = open(settings);
  }

  @AfterEach
  void removeContainers() throws Exception {
    for (ContainerId id : made) {
      try {
        if (runtime.state(id).status() != RuntimeState.Status.STOPPED) {
          runtime.kill(id, 9);
          runtime.awaitExit(id, WAIT);
        }
      } catch (NotFoundException gone) {
        // deleted by the test itself; delete below is then a no-op
      }
      runtime.delete(id);
    }
    runtime.close();
  }

  @AfterAll
  static void removeCgroupParent() throws IOException {
    try (Stream<Path> controllers = Files.list(Path.of("/sys/fs/cgroup"))) {
      for (Path parent : controllers.map(c -> c.resolve(CGROUP_PARENT)).filter(Files::isDirectory).toList()) {
        try {
          Files.delete(parent);
        } catch (FileSystemException busy) {
          // another test class's containers are still in it; the last class to finish removes it
        }
      }
    }
  }

  @Test
  void start_attachedBeforeStart_copiesStdoutAndStderrApart() throws Exception {
    ContainerId id = create(spec("sh", "-c", "echo out; echo err >&2; echo more"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try (OciRuntime.Attachment attachment = runtime.attach(id, out, err)) {
      runtime.start(id);
      attachment.awaitEnd();
    }
    assertEquals("out\nmore\n", out.toString(StandardCharsets.UTF_8));
    assertEquals("err\n", err.toString(StandardCharsets.UTF_8));
    assertEquals(0, runtime.awaitExit(id, WAIT));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 42})
  void awaitExit_commandExits_returnsItsExitCode(int code) throws Exception {
    ContainerId id = create(spec("sh", "-c", "exit " + code));
    runtime.start(id);
    assertEquals(code, runtime.awaitExit(id, WAIT));
    assertEquals(new RuntimeState(RuntimeState.Status.STOPPED, OptionalInt.empty(), OptionalInt.of(code)),
        runtime.state(id));
  }

  @Test
  void create_commandNotFound_throwsNotFoundAndLeavesNothing() throws Exception {
    ContainerId id = newId();
    CommandInvocationException e =
        assertThrows(CommandInvocationException.class, () -> runtime.create(id, spec("no-such-command")));
    assertEquals(CommandInvocationException.Reason.NOT_FOUND, e.reason());
    assertTrue(e.getMessage().startsWith("cannot create container " + id.shortForm() + ": "), e.getMessage());
    assertTrue(e.getMessage().contains("no-such-command"), e.getMessage());
    assertThrows(NotFoundException.class, () -> runtime.state(id));
    assertNoFilesOf(id);
  }

  @Test
  void create_commandNotExecutable_throwsNotExecutable() throws Exception {
    ContainerId id = newId();
    CommandInvocationException e =
        assertThrows(CommandInvocationException.class, () -> runtime.create(id, spec("/etc/passwd")));
    assertEquals(CommandInvocationException.Reason.NOT_EXECUTABLE, e.reason());
    assertTrue(e.getMessage().startsWith("cannot create container " + id.shortForm() + ": "), e.getMessage());
    assertNoFilesOf(id);
  }

  @Test
  void create_sameIdTwice_throwsAlreadyExists() throws Exception {
    ContainerId id = create(spec("true"));
    AlreadyExistsException e = assertThrows(AlreadyExistsException.class, () -> runtime.create(id, spec("true")));
    assertEquals("cannot create container " + id.shortForm() + ": it exists already", e.getMessage());
  }

  @Test
  void kill_sleepingContainer_exitsWith128PlusSignal() throws Exception {
    ContainerId id = create(spec("sleep", "100"));
    runtime.start(id);
    runtime.kill(id, 9);
    assertEquals(137, runtime.awaitExit(id, WAIT));
  }

  @Test
  void state_throughLifecycle_movesCreatedRunningStopped() throws Exception {
    ContainerId id = create(spec("sleep", "100"));
    RuntimeState created = runtime.state(id);
    assertEquals(RuntimeState.Status.CREATED, created.status());
    assertTrue(created.pid().isPresent());
    assertTrue(created.exitCode().isEmpty());
    runtime.start(id);
    RuntimeState running = runtime.state(id);
    assertEquals(RuntimeState.Status.RUNNING, running.status());
    assertEquals(created.pid(), running.pid());
    // SIGKILL: as the namespace's init, sleep would ignore a signal it has no handler for
    runtime.kill(id, 9);
    assertEquals(137, runtime.awaitExit(id, WAIT));
    assertEquals(new RuntimeState(RuntimeState.Status.STOPPED, OptionalInt.empty(), OptionalInt.of(137)),
        runtime.state(id));
  }

  @Test
  void awaitExit_stillRunningAtTimeout_throwsInvalidState() throws Exception {
    ContainerId id = create(spec("sleep", "100"));
    runtime.start(id);
    InvalidStateException e =
        assertThrows(InvalidStateException.class, () -> runtime.awaitExit(id, Duration.ofMillis(200)));
    assertEquals("container " + id.shortForm() + " did not exit within PT0.2S", e.getMessage());
  }

  @Test
  void start_stoppedContainer_throwsInvalidState() throws Exception {
    ContainerId id = create(spec("true"));
    runtime.start(id);
    runtime.awaitExit(id, WAIT);
    InvalidStateException e = assertThrows(InvalidStateException.class, () -> runtime.start(id));
    assertEquals("cannot start container " + id.shortForm() + ": it is not CREATED", e.getMessage());
  }

  @Test
  void delete_runningContainer_throwsInvalidState() throws Exception {
    ContainerId id = create(spec("sleep", "100"));
    runtime.start(id);
    InvalidStateException e = assertThrows(InvalidStateException.class, () -> runtime.delete(id));
    assertEquals("cannot delete container " + id.shortForm() + ": it is RUNNING", e.getMessage());
  }

  @Test
  void delete_stoppedContainer_removesItsFilesAndForgetsIt() throws Exception {
    ContainerId id = create(spec("true"));
    runtime.start(id);
    runtime.awaitExit(id, WAIT);
    runtime.delete(id);
    assertNoFilesOf(id);
    assertThrows(NotFoundException.class, () -> runtime.state(id));
    runtime.delete(id);
  }

  @Test
  void delete_createdContainer_removesItsFiles() throws Exception {
    ContainerId id = create(spec("true"));
    runtime.delete(id);
    assertNoFilesOf(id);
  }

  @Test
  void create_overlayLayers_runsOnMountedRootfsAndUnmountsOnDelete() throws Exception {
    Path upper = Files.createDirectory(temp.resolve("upper"));
    Path work = Files.createDirectory(temp.resolve("work"));
    MountSpec overlay = new MountSpec("overlay", "overlay",
        List.of("lowerdir=" + rootfs, "upperdir=" + upper, "workdir=" + work));
    RuntimeSpec base = spec("sh", "-c", "echo written > /tmp/marker");
    RuntimeSpec spec = new RuntimeSpec(base.ociVersion(), base.process(),
        new RuntimeSpec.Root(List.of(overlay), false), base.hostname(), base.mounts(), base.linux(), Map.of());
    ContainerId id = create(spec);
    runtime.start(id);
    assertEquals(0, runtime.awaitExit(id, WAIT));
    assertEquals("written\n", Files.readString(upper.resolve("tmp/marker")));
    assertFalse(Files.exists(rootfs.resolve("tmp/marker")), "the lower layer must stay untouched");
    runtime.delete(id);
    assertFalse(Files.readString(Path.of("/proc/self/mountinfo")).contains(id.hex()),
        "the rootfs of " + id + " is still mounted");
    assertNoFilesOf(id);
  }

  private ContainerId create(RuntimeSpec spec) throws Exception {
    ContainerId id = newId();
    runtime.create(id, spec);
    made.add(id);
    return id;
  }

  private static ContainerId newId() {
    byte[] bytes = new byte[32];
    ThreadLocalRandom.current().nextBytes(bytes);
    return new ContainerId(HexFormat.of().formatHex(bytes));
  }

  private void assertNoFilesOf(ContainerId id) throws IOException {
    for (Path dir : List.of(settings.root(), settings.runRoot())) {
      if (Files.exists(dir)) {
        try (Stream<Path> files = Files.walk(dir)) {
          List<Path> left = files.filter(p -> p.getFileName().toString().contains(id.shortForm())).toList();
          assertEquals(List.of(), left, "files of container " + id + " are left");
        }
      }
    }
  }

  /** A minimal valid spec on the busybox rootfs; limits stay below this machine's hard limits. */
  protected RuntimeSpec spec(String... args) {
    List<String> caps = List.of("CAP_CHOWN", "CAP_DAC_OVERRIDE", "CAP_FOWNER", "CAP_KILL", "CAP_SETGID",
        "CAP_SETUID", "CAP_NET_BIND_SERVICE");
    RuntimeSpec.Process process = new RuntimeSpec.Process(false, new RuntimeSpec.User(0, 0, List.of()),
        List.of(args), List.of("PATH=/bin", "HOME=/root"), "/",
        new RuntimeSpec.Capabilities(caps, caps, List.of(), caps, List.of()),
        List.of(new RuntimeSpec.Rlimit("RLIMIT_NOFILE", 1024, 1024)), true, 0);
    List<RuntimeSpec.Mount> mounts = List.of(
        new RuntimeSpec.Mount("/proc", "proc", "proc", List.of("nosuid", "noexec", "nodev")),
        new RuntimeSpec.Mount("/dev", "tmpfs", "tmpfs", List.of("nosuid", "strictatime", "mode=755", "size=65536k")),
        new RuntimeSpec.Mount("/dev/pts", "devpts", "devpts",
            List.of("nosuid", "noexec", "newinstance", "ptmxmode=0666", "mode=0620")),
        new RuntimeSpec.Mount("/dev/shm", "tmpfs", "shm", List.of("nosuid", "noexec", "nodev", "size=65536k")),
        new RuntimeSpec.Mount("/sys", "sysfs", "sysfs", List.of("nosuid", "noexec", "nodev", "ro")));
    List<RuntimeSpec.Namespace> namespaces = Stream.of("pid", "ipc", "uts", "mount", "network")
        .map(type -> new RuntimeSpec.Namespace(type, "")).toList();
    RuntimeSpec.Linux linux = new RuntimeSpec.Linux(namespaces, List.of("/proc/kcore", "/proc/keys"),
        List.of("/proc/sys", "/proc/sysrq-trigger"), null, "/" + CGROUP_PARENT + "/" + newId().shortForm(),
        Map.of());
    return new RuntimeSpec("1.0.2", process,
        new RuntimeSpec.Root(List.of(new MountSpec("bind", rootfs.toString(), List.of("rbind"))), false),
        "jpod-test", mounts, linux, Map.of());
  }
}
