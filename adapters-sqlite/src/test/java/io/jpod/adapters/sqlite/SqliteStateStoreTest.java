package io.jpod.adapters.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jpod.ports.BackendException;
import io.jpod.ports.ImageRecord;
import io.jpod.ports.StateStore;
import io.jpod.ports.UnavailableException;
import io.jpod.ports.contract.StateStoreContract;
import io.jpod.ports.contract.StateStoreSamples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteStateStoreTest extends StateStoreContract {
  @Override
  protected StateStore open(Path root) throws Exception {
    return new SqliteStateStoreProvider().open(root);
  }

  @Test
  void open_newRoot_createsWalDatabaseAtCurrentVersion(@TempDir Path root) throws Exception {
    open(root).close();

    assertThat(query(root.resolve("state.db"), "PRAGMA journal_mode")).isEqualTo("wal");
    assertThat(query(root.resolve("state.db"), "PRAGMA user_version")).isEqualTo(Integer.toString(Schema.VERSION));
  }

  @Test
  void open_manyProcessesOnNewRootAtOnce_allOpenOneSchema(@TempDir Path root) throws Exception {
    int openers = 4;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(openers);
    try {
      List<Future<Integer>> counts = new ArrayList<>();
      for (int i = 0; i < openers; i++) {
        long n = i;
        counts.add(pool.submit(() -> {
          start.await();
          try (StateStore store = open(root)) {
            store.write(tx -> {
              tx.putImage(StateStoreSamples.image(n));
              return null;
            });
            return store.read(tx -> tx.images()).size();
          }
        }));
      }
      start.countDown();
      for (Future<Integer> count : counts) {
        assertThat(count.get()).isBetween(1, openers);
      }
    } finally {
      pool.shutdownNow();
    }
    try (StateStore store = open(root)) {
      List<ImageRecord> images = store.read(tx -> tx.images());
      assertThat(images).hasSize(openers);
    }
  }

  @Test
  void open_fileIsNoDatabase_throwsBackendException(@TempDir Path root) throws Exception {
    Path database = root.resolve("state.db");
    Files.writeString(database, "x".repeat(4096));

    assertThatThrownBy(() -> open(root))
        .isInstanceOf(BackendException.class)
        .hasMessage("cannot open the connection in state database " + database + ": SQLITE_NOTADB")
        .extracting(e -> ((BackendException) e).detail()).asString().contains("file is not a database");
  }

  @Test
  void open_databaseOfSchemaOne_gainsSettingsAndKeepsRecords(@TempDir Path root) throws Exception {
    Path database = root.resolve("state.db");
    try (StateStore store = open(root)) {
      store.write(tx -> {
        tx.putImage(StateStoreSamples.image(1));
        return null;
      });
    }
    query(database, "DROP TABLE settings");
    query(database, "PRAGMA user_version = 1");

    try (StateStore store = open(root)) {
      store.write(tx -> {
        tx.putSetting("graph-driver", "vfs");
        return null;
      });
      List<ImageRecord> images = store.read(tx -> tx.images());
      Optional<String> driver = store.read(tx -> tx.setting("graph-driver"));
      assertThat(images).containsExactly(StateStoreSamples.image(1));
      assertThat(driver).contains("vfs");
    }
    assertThat(query(database, "PRAGMA user_version")).isEqualTo("2");
  }

  @Test
  void open_schemaFromNewerJpod_throwsUnavailable(@TempDir Path root) throws Exception {
    Path database = root.resolve("state.db");
    query(database, "PRAGMA user_version = 99");

    assertThatThrownBy(() -> open(root))
        .isInstanceOf(UnavailableException.class)
        .hasMessage("state database " + database + " has schema version 99, newer than this jpod knows ("
            + Schema.VERSION + "): a newer jpod wrote it");
  }

  @Test
  void open_rootIsFile_throwsBackendException(@TempDir Path dir) throws Exception {
    Path root = Files.createFile(dir.resolve("root"));

    assertThatThrownBy(() -> open(root))
        .isInstanceOf(BackendException.class)
        .hasMessage("cannot create the state directory " + root);
  }

  @Test
  void read_insideWrite_throwsIllegalState(@TempDir Path root) throws Exception {
    try (StateStore store = open(root)) {
      assertThatThrownBy(() -> store.write(tx -> store.read(inner -> inner.images())))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("a transaction is already open on state database " + root.resolve("state.db"));
    }
  }

  private static String query(Path database, String sql) throws Exception {
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database);
        Statement statement = connection.createStatement()) {
      if (!statement.execute(sql)) {
        return "";
      }
      try (ResultSet rows = statement.getResultSet()) {
        return rows.getString(1);
      }
    }
  }
}
