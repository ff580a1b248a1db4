package io.jpod.adapters.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import io.jpod.ports.ContainerId;
import io.jpod.ports.ContainerRecord;
import io.jpod.ports.StateStore;
import io.jpod.ports.contract.StateStoreSamples;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.util.OSInfo;

/** Real jpod-like processes on one state database: killed with SIGKILL; started with or without a native library. */
class SqliteProcessTest {
  private static final int SIGKILL_EXIT = 128 + 9;

  @Test
  void write_processKilledWhileWriting_keepsEveryReportedCommitAndIntegrity(@TempDir Path dir) throws Exception {
    Path root = dir.resolve("root");
    List<Long> reported = new ArrayList<>();
    for (long round = 0; round < 3; round++) {
      Process writer = start(dir, List.of(), root, round * 1_000_000, 1_000_000);
      try {
        awaitReported(writer, dir, 100);
      } finally {
        writer.destroyForcibly();
      }
      assertThat(exitCode(writer)).isEqualTo(SIGKILL_EXIT);
      reported.addAll(reported(dir));
    }

    assertThat(integrityCheck(root.resolve("state.db"))).isEqualTo("ok");
    try (StateStore store = new SqliteStateStoreProvider().open(root)) {
      Set<ContainerId> stored = store.read(tx -> tx.containers()).stream().map(ContainerRecord::id)
          .collect(Collectors.toSet());
      assertThat(stored).containsAll(reported.stream().map(n -> new ContainerId(StateStoreSamples.hex(n))).toList());
    }
  }

  /** What an installer does: the library copied out of the jar once, named by version, and the two properties set. */
  @Test
  void open_nativeLibraryInstalled_loadsInstalledCopy(@TempDir Path dir) throws Exception {
    Path lib = Files.createDirectories(dir.resolve("lib"));
    Path installed = lib.resolve("libsqlitejdbc-3.54.1.0.so");
    String resource = "/org/sqlite/native/" + OSInfo.getNativeLibFolderPathForCurrentOS() + "/libsqlitejdbc.so";
    try (InputStream so = SqliteProcessTest.class.getResourceAsStream(resource)) {
      assertThat(so).as(resource).isNotNull();
      Files.copy(so, installed);
    }

    Process writer = start(dir, List.of("-Dorg.sqlite.lib.path=" + lib, "-Dorg.sqlite.lib.name=" + installed.getFileName(),
        "-Xlog:library=info:file=" + dir.resolve("library.log")), dir.resolve("root"), 1, 3);
    assertThat(exitCode(writer)).as("writer's exit code; its stderr: %s", stderr(dir)).isZero();
    assertThat(reported(dir)).containsExactly(1L, 2L, 3L);
    assertThat(Files.readAllLines(dir.resolve("library.log")).stream()
            .filter(line -> line.contains("Loaded library") && line.contains("sqlitejdbc")))
        .singleElement().asString().contains("Loaded library " + installed + ",");
  }

  @Test
  void open_nativeLibraryUnavailable_throwsUnavailable(@TempDir Path dir) throws Exception {
    Path notADirectory = Files.createFile(dir.resolve("file"));

    Process writer = start(dir, List.of("-Dorg.sqlite.tmpdir=" + notADirectory, "-Djava.library.path=" + dir),
        dir.resolve("root"), 1, 3);
    assertThat(exitCode(writer)).isOne();
    assertThat(stderr(dir)).contains(
        "io.jpod.ports.UnavailableException: cannot load SQLite's native library: No native library found for");
  }

  private static int exitCode(Process process) throws InterruptedException {
    try {
      assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("process ended").isTrue();
      return process.exitValue();
    } finally {
      process.destroyForcibly();
    }
  }

  private static Process start(Path dir, List<String> properties, Path root, long first, long count)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElseThrow());
    command.add("--enable-native-access=ALL-UNNAMED");
    command.addAll(properties);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), CommittingWriter.class.getName(),
        root.toString(), Long.toString(first), Long.toString(count)));
    return new ProcessBuilder(command).redirectOutput(dir.resolve("writer.out").toFile())
        .redirectError(dir.resolve("writer.err").toFile()).start();
  }

  /** Waits until the writer has reported {@code count} commits. */
  private static void awaitReported(Process writer, Path dir, int count) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (reported(dir).size() < count) {
      assertThat(writer.isAlive()).as("writer is running; its stderr: %s", stderr(dir)).isTrue();
      assertThat(System.nanoTime()).as("time waiting for %d commits", count).isLessThan(deadline);
      Thread.sleep(10);
    }
  }

  /** The numbers the writer printed in whole lines (a kill may cut the last one). */
  private static List<Long> reported(Path dir) throws IOException {
    String out = Files.readString(dir.resolve("writer.out"));
    return out.substring(0, out.lastIndexOf('\n') + 1).lines().map(Long::parseLong).toList();
  }

  private static String stderr(Path dir) throws IOException {
    return Files.readString(dir.resolve("writer.err"));
  }

  private static String integrityCheck(Path database) throws Exception {
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database);
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("PRAGMA integrity_check")) {
      return rows.getString(1);
    }
  }
}
