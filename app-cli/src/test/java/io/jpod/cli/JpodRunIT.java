package io.jpod.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jpod.ports.contract.TestRootfs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The first real path, end to end: import a busybox rootfs, run it on runc under conmon, list and remove. */
@Tag("privileged")
class JpodRunIT {
  @TempDir Path temp;
  private CommandRunner jpod;

  @BeforeEach
  void importBusybox() throws Exception {
    assertThat(new com.sun.security.auth.module.UnixSystem().getUid()).as("these tests run as root").isZero();
    for (String binary : List.of("/usr/bin/runc", "/usr/bin/conmon")) {
      assertThat(Path.of(binary)).as(binary + " (install runc and conmon)").isExecutable();
    }
    Path rootfs = TestRootfs.busybox(Files.createDirectory(temp.resolve("rootfs")));
    Files.writeString(rootfs.resolve("not-executable"), "#!/bin/sh\n");
    Path tar = temp.resolve("busybox.tar");
    Process p = new ProcessBuilder("tar", "-C", rootfs.toString(), "-cf", tar.toString(), ".").inheritIO().start();
    assertThat(p.waitFor()).isZero();
    jpod = new CommandRunner(temp);
    CommandRunner.Result imported = jpod.run("import", tar.toString(), "busybox");
    assertThat(imported.exitCode()).as(imported.err()).isZero();
    assertThat(imported.out()).matches("[0-9a-f]{64}\n");
  }

  @AfterEach
  void removeEverything() {
    for (String id : jpod.run("ps", "-a", "-q").out().lines().toList()) {
      jpod.run("rm", "-f", id);
    }
    jpod.run("rmi", "-f", "busybox");
  }

  @Test
  void run_echo_printsOutputAndExitsZero() {
    CommandRunner.Result result = jpod.run("run", "--rm", "busybox", "echo", "hello", "world");
    assertThat(result.err()).isEmpty();
    assertThat(result.out()).isEqualTo("hello world\n");
    assertThat(result.exitCode()).isZero();
  }

  @Test
  void run_stderr_reachesStderrOnly() {
    CommandRunner.Result result = jpod.run("run", "--rm", "busybox", "sh", "-c", "echo out; echo err >&2");
    assertThat(result.out()).isEqualTo("out\n");
    assertThat(result.err()).isEqualTo("err\n");
  }

  @Test
  void run_exitCodes_areTheContainers() {
    assertThat(jpod.run("run", "--rm", "busybox", "false").exitCode()).isEqualTo(1);
    assertThat(jpod.run("run", "--rm", "busybox", "sh", "-c", "exit 42").exitCode()).isEqualTo(42);
    assertThat(jpod.run("run", "--rm", "busybox", "true").exitCode()).isZero();
  }

  @Test
  void run_commandNotFound_exits127WithOneLine() {
    CommandRunner.Result result = jpod.run("run", "--rm", "busybox", "no-such-command");
    assertThat(result.exitCode()).isEqualTo(127);
    assertThat(result.err()).startsWith("Error: ").contains("no-such-command");
    assertThat(result.err().lines()).hasSize(1);
    assertThat(jpod.run("ps", "-a", "-q").out()).isEmpty();
  }

  @Test
  void run_notExecutable_exits126() {
    CommandRunner.Result result = jpod.run("run", "--rm", "busybox", "/not-executable");
    assertThat(result.exitCode()).isEqualTo(126);
    assertThat(result.err()).startsWith("Error: ");
    assertThat(result.err().lines()).hasSize(1);
  }

  @Test
  void run_defaults_dropCapabilitiesAndMaskPaths() {
    CommandRunner.Result caps = jpod.run("run", "--rm", "busybox", "grep", "CapEff", "/proc/self/status");
    assertThat(caps.out()).isEqualTo("CapEff:\t00000000800405fb\n");
    CommandRunner.Result seccomp = jpod.run("run", "--rm", "busybox", "grep", "Seccomp:", "/proc/self/status");
    assertThat(seccomp.out()).isEqualTo("Seccomp:\t2\n");
    assertThat(jpod.run("run", "--rm", "busybox", "cat", "/proc/kcore").out()).isEmpty();
  }

  @Test
  void run_withoutRm_leavesExitedContainerThatRmRemoves() {
    CommandRunner.Result run = jpod.run("run", "--name", "kept", "busybox", "sh", "-c", "exit 3");
    assertThat(run.exitCode()).isEqualTo(3);
    CommandRunner.Result ps = jpod.run("ps", "-a", "--format", "{{.Names}} {{.Status}} {{.Command}}");
    assertThat(ps.out()).matches("kept Exited \\(3\\) .* ago sh -c exit 3\n");
    assertThat(jpod.run("ps", "-q").out()).isEmpty();
    CommandRunner.Result rm = jpod.run("rm", "kept");
    assertThat(rm.exitCode()).isZero();
    assertThat(rm.out()).matches("[0-9a-f]{64}\n");
    assertThat(jpod.run("ps", "-a", "-q").out()).isEmpty();
  }

  @Test
  void run_nameInUse_failsWith125AndPodmansMessage() {
    jpod.run("run", "--name", "dup", "busybox", "true");
    CommandRunner.Result second = jpod.run("run", "--name", "dup", "busybox", "true");
    assertThat(second.exitCode()).isEqualTo(125);
    assertThat(second.err()).startsWith("Error: creating container storage: the container name \"dup\" is already in use by ")
        .endsWith(". You have to remove that container to be able to reuse that name: that name is already in use\n");
  }

  @Test
  void images_afterImport_listsLocalName() {
    CommandRunner.Result images = jpod.run("images");
    assertThat(images.exitCode()).isZero();
    List<String> lines = images.out().lines().toList();
    assertThat(lines.get(0)).matches("REPOSITORY +TAG +IMAGE ID +CREATED +SIZE");
    assertThat(lines.get(1)).matches("localhost/busybox +latest +[0-9a-f]{12} +.* ago +[0-9.]+ [kM]B");
  }

  @Test
  void rmi_inUse_refusedWithExit2_thenForceRemoves() {
    jpod.run("run", "--name", "user", "busybox", "true");
    CommandRunner.Result refused = jpod.run("rmi", "busybox");
    assertThat(refused.exitCode()).isEqualTo(2);
    assertThat(refused.err()).startsWith("Error: image used by ");
    CommandRunner.Result forced = jpod.run("rmi", "-f", "busybox");
    assertThat(forced.exitCode()).isZero();
    assertThat(forced.out()).startsWith("Untagged: localhost/busybox:latest\nDeleted: ");
    assertThat(jpod.run("images", "-q").out()).isEmpty();
    assertThat(jpod.run("ps", "-a", "-q").out()).isEmpty();
  }

  @Test
  void run_interrupted_forwardsSignalAndStillRemoves() throws Exception {
    var run = java.util.concurrent.CompletableFuture.supplyAsync(
        () -> jpod.run("run", "--rm", "--name", "sleeper", "busybox", "sh", "-c",
            "trap 'echo interrupted; exit 130' INT; echo ready; while true; do sleep 0.1; done"));
    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
    while (!jpod.run("ps", "--format", "{{.Names}}").out().equals("sleeper\n")) {
      assertThat(System.nanoTime()).as("sleeper running within 20 s").isLessThan(deadline);
      Thread.sleep(50);
    }
    // Running is reported once the shell is started; give it a moment to set its trap (PID 1 ignores SIGINT without).
    Thread.sleep(300);
    Process kill = new ProcessBuilder("kill", "-INT", String.valueOf(ProcessHandle.current().pid())).start();
    assertThat(kill.waitFor()).isZero();
    CommandRunner.Result result = run.get(20, java.util.concurrent.TimeUnit.SECONDS);
    assertThat(result.out()).isEqualTo("ready\ninterrupted\n");
    assertThat(result.exitCode()).isEqualTo(130);
    assertThat(jpod.run("ps", "-a", "-q").out()).isEmpty();
  }

  @Test
  void rm_unknown_exits1() {
    CommandRunner.Result rm = jpod.run("rm", "nope");
    assertThat(rm.exitCode()).isEqualTo(1);
    assertThat(rm.err()).isEqualTo("Error: no container with name or ID \"nope\" found: no such container\n");
  }

  @Test
  void run_unknownImage_exits125() {
    CommandRunner.Result run = jpod.run("run", "--rm", "nosuchimage", "true");
    assertThat(run.exitCode()).isEqualTo(125);
    assertThat(run.err()).isEqualTo("Error: nosuchimage: image not known\n");
  }

  @Test
  void run_onOverlay_containersShareTheImageCopyOnWriteAndLeaveNoMount() throws Exception {
    CommandRunner overlay = new CommandRunner(temp.resolve("overlay-root"), temp.resolve("overlay-run"),
        java.util.Map.of("JPOD_CONF", ""));
    try {
      assertThat(overlay.run("--storage-driver", "overlay", "import", temp.resolve("busybox.tar").toString(),
          "busybox").exitCode()).isZero();
      CommandRunner.Result written = overlay.run("--storage-driver", "overlay", "run", "--name", "writer",
          "busybox", "sh", "-c", "echo changed > /not-executable; cat /not-executable; exit 42");
      assertThat(written.out()).isEqualTo("changed\n");
      assertThat(written.exitCode()).isEqualTo(42);
      CommandRunner.Result fresh = overlay.run("--storage-driver", "overlay", "run", "--rm", "busybox",
          "cat", "/not-executable");
      assertThat(fresh.exitCode()).as(fresh.err()).isZero();
      assertThat(fresh.out()).isEqualTo("#!/bin/sh\n");
      assertThat(overlay.run("--storage-driver", "overlay", "rm", "writer").exitCode()).isZero();
      assertThat(Files.readString(Path.of("/proc/self/mountinfo"))).doesNotContain(temp.toString());
    } finally {
      overlay.run("--storage-driver", "overlay", "rm", "-f", "writer");
      overlay.run("--storage-driver", "overlay", "rmi", "-f", "busybox");
    }
  }

  @Test
  void psAndImages_formatJson_printPodmansFields() {
    assertThat(jpod.run("run", "--name", "three", "busybox", "sh", "-c", "exit 3").exitCode()).isEqualTo(3);
    String ps = jpod.run("ps", "-a", "--format", "json").out();
    assertThat(ps).startsWith("[\n  {\n    \"AutoRemove\": false,\n    \"Command\": [\n      \"sh\",")
        .contains("\n    \"Exited\": true,\n").contains("\n    \"ExitCode\": 3,\n")
        .contains("\n    \"Names\": [\n      \"three\"\n    ],\n").contains("\n    \"State\": \"exited\",\n")
        .endsWith("\n  }\n]\n");
    String images = jpod.run("images", "--format", "json").out();
    assertThat(images).startsWith("[\n    {\n        \"Id\": \"")
        .contains("\n        \"Containers\": 1,\n")
        .contains("\n        \"Names\": [\n            \"localhost/busybox:latest\"\n        ],\n")
        .endsWith("\n    }\n]\n");
  }
}
