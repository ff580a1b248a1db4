package io.jpod.adapters.vfs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jpod.ports.InvalidStateException;
import io.jpod.ports.LayerInfo;
import io.jpod.ports.LayerKey;
import io.jpod.ports.LayerStore;
import io.jpod.ports.StorageSettings;
import io.jpod.ports.contract.TestTar;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real {@code kill -9} of a jpod process in the middle of an apply. */
class VfsCrashTest {
  private static final LayerKey BASE = new LayerKey("base");
  private static final LayerKey VICTIM = new LayerKey("victim");

  @TempDir Path root;

  private LayerStore open() throws Exception {
    return new VfsProvider().open(new StorageSettings(root, Map.of()));
  }

  @Test
  void open_afterKillDuringApply_keepsOtherLayersAndMarksVictimIncomplete() throws Exception {
    try (LayerStore store = open()) {
      store.prepare(new LayerKey("tmp"), Optional.empty());
      store.apply(new LayerKey("tmp"), new TestTar().file("f", "base content").stream());
      store.commit(new LayerKey("tmp"), BASE);
    }
    Process child = new ProcessBuilder(ProcessHandle.current().info().command().orElseThrow(),
        "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow",
        "-cp", System.getProperty("java.class.path"), VfsCrashChild.class.getName(), root.toString())
        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    try {
      var lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
      assertThat(lines.readLine()).isEqualTo("applying");
      waitForFiles(root.resolve("vfs/dir"), 50);
    } finally {
      child.destroyForcibly();
      assertThat(child.waitFor(10, TimeUnit.SECONDS)).as("child killed").isTrue();
    }
    assertThat(child.exitValue()).isEqualTo(128 + 9);

    try (LayerStore store = open()) {
      assertThat(store.list()).containsExactlyInAnyOrder(
          new LayerInfo(BASE, Optional.empty(), LayerInfo.Kind.COMMITTED),
          new LayerInfo(VICTIM, Optional.empty(), LayerInfo.Kind.ACTIVE));
      assertThat(Path.of(store.mounts(BASE).get(0).source()).resolve("f")).hasContent("base content");
      assertThatThrownBy(() -> store.commit(VICTIM, new LayerKey("victim-committed")))
          .isInstanceOf(InvalidStateException.class)
          .hasMessage("cannot commit layer victim as victim-committed: an earlier apply to it did not finish, so"
              + " its content is incomplete; remove it");
      store.remove(VICTIM);
      assertThat(store.list()).containsExactly(new LayerInfo(BASE, Optional.empty(), LayerInfo.Kind.COMMITTED));
      try (var trees = Files.list(root.resolve("vfs/dir"))) {
        assertThat(trees.toList()).hasSize(1);
      }
    }
  }

  /** Waits until some tree under {@code trees} holds at least {@code count} files: the apply is under way. */
  private static void waitForFiles(Path trees, int count) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < deadline) {
      try (var all = Files.walk(trees)) {
        if (all.filter(Files::isRegularFile).limit(count).count() >= count) {
          return;
        }
      } catch (java.io.UncheckedIOException racing) {
        // the child is creating files while we walk; look again
        continue;
      }
      Thread.sleep(20);
    }
    throw new AssertionError("the child wrote fewer than " + count + " files in 30 s");
  }
}
