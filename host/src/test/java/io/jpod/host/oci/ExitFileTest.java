package io.jpod.host.oci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExitFileTest {
  @TempDir
  Path dir;

  @Test
  void await_fileRenamedIntoPlaceLater_returnsItsCode() throws Exception {
    ExitFile exit = new ExitFile(dir.resolve("ctr"));
    CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
      try {
        Thread.sleep(100);
        Path temp = Files.writeString(dir.resolve("ctr.XYZ123"), "42");
        Files.move(temp, dir.resolve("ctr"), StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException | InterruptedException e) {
        throw new IllegalStateException(e);
      }
    });
    assertThat(exit.await(Duration.ofSeconds(10))).isEqualTo(OptionalInt.of(42));
    writer.join();
  }

  @Test
  void await_noFileBeforeTimeout_returnsEmpty() throws Exception {
    assertThat(new ExitFile(dir.resolve("ctr")).await(Duration.ofMillis(50))).isEmpty();
  }

  @Test
  void read_garbage_throws() throws Exception {
    Files.writeString(dir.resolve("ctr"), "oops");
    assertThatThrownBy(() -> new ExitFile(dir.resolve("ctr")).read()).isInstanceOf(IOException.class)
        .hasMessage("exit file " + dir.resolve("ctr") + " holds 'oops', not an exit code");
  }
}
