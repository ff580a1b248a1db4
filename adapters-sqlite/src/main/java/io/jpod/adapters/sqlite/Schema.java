package io.jpod.adapters.sqlite;

import io.jpod.ports.BackendException;
import io.jpod.ports.UnavailableException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The tables and their version, kept in SQLite's {@code user_version}. An open that finds the current version runs
 * no DDL; an older database is brought up to date step by step under the write lock, so that two processes opening
 * a new root at once create it once.
 */
final class Schema {
  /** {@code STEPS.get(v)} turns version {@code v} into {@code v + 1}. */
  private static final List<List<String>> STEPS = List.of(List.of(
      """
      CREATE TABLE images (
        id TEXT PRIMARY KEY,
        created TEXT NOT NULL,
        top_layer TEXT NOT NULL,
        size INTEGER NOT NULL,
        config TEXT NOT NULL,
        config_json TEXT NOT NULL,
        diff_ids TEXT NOT NULL
      ) STRICT""",
      // A name belongs to one image; position keeps the order of ImageRecord.names.
      """
      CREATE TABLE image_names (
        name TEXT PRIMARY KEY,
        image_id TEXT NOT NULL REFERENCES images(id) ON DELETE CASCADE,
        position INTEGER NOT NULL
      ) STRICT""",
      "CREATE INDEX image_names_by_image ON image_names(image_id)",
      """
      CREATE TABLE containers (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        image_id TEXT NOT NULL REFERENCES images(id),
        image_name TEXT NOT NULL,
        layer TEXT NOT NULL,
        command TEXT NOT NULL,
        created TEXT NOT NULL,
        runtime TEXT NOT NULL,
        auto_remove INTEGER NOT NULL,
        spec TEXT NOT NULL,
        status TEXT NOT NULL,
        pid INTEGER,
        exit_code INTEGER,
        started_at TEXT,
        finished_at TEXT
      ) STRICT""",
      "CREATE INDEX containers_by_image ON containers(image_id)"),
      List.of("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT"));

  static final int VERSION = STEPS.size();

  private Schema() {}

  static void migrate(Connection connection, Path database) throws UnavailableException, BackendException {
    try (Statement statement = connection.createStatement()) {
      int version = userVersion(statement, database);
      if (version == VERSION) {
        return;
      }
      if (version == 0) {
        enableWal(statement, database);
      }
      try {
        statement.execute("BEGIN IMMEDIATE");
      } catch (SQLException e) {
        throw SqlErrors.failure("lock the database to create the schema", database, e);
      }
      try {
        // Another process may have migrated it while this one waited for the lock.
        for (int step = userVersion(statement, database); step < VERSION; step++) {
          for (String sql : STEPS.get(step)) {
            statement.execute(sql);
          }
        }
        statement.execute("PRAGMA user_version = " + VERSION);
        statement.execute("COMMIT");
      } catch (SQLException e) {
        BackendException failure = SqlErrors.failure("create the schema version " + VERSION, database, e);
        rollback(statement, failure);
        throw failure;
      } catch (UnavailableException | BackendException | RuntimeException e) {
        rollback(statement, e);
        throw e;
      }
    } catch (SQLException e) {
      throw SqlErrors.failure("create a statement", database, e);
    }
  }

  private static void rollback(Statement statement, Exception cause) {
    try {
      statement.execute("ROLLBACK");
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }

  private static int userVersion(Statement statement, Path database) throws UnavailableException, BackendException {
    int version;
    try (ResultSet rows = statement.executeQuery("PRAGMA user_version")) {
      version = rows.getInt(1);
    } catch (SQLException e) {
      throw SqlErrors.failure("read the schema version", database, e);
    }
    if (version > VERSION) {
      throw new UnavailableException("state database " + database + " has schema version " + version
          + ", newer than this jpod knows (" + VERSION + "): a newer jpod wrote it");
    }
    return version;
  }

  // The journal mode is stored in the file: set once, when the database is created.
  private static final int SQLITE_BUSY = 5;
  private static final long WAL_SWITCH_PATIENCE_NANOS = 10_000_000_000L;

  /**
   * Switches a new database to WAL. SQLite does not wait for other connections here (no busy handler), and jpod
   * processes opening a new root at once briefly read it: retry while it is busy.
   */
  private static void enableWal(Statement statement, Path database) throws BackendException {
    long deadline = System.nanoTime() + WAL_SWITCH_PATIENCE_NANOS;
    String mode;
    while (true) {
      try (ResultSet rows = statement.executeQuery("PRAGMA journal_mode = WAL")) {
        mode = rows.getString(1);
        break;
      } catch (SQLException e) {
        if (e.getErrorCode() != SQLITE_BUSY || System.nanoTime() > deadline) {
          throw SqlErrors.failure("switch to the WAL journal", database, e);
        }
        try {
          Thread.sleep(5);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw SqlErrors.failure("switch to the WAL journal", database, e);
        }
      }
    }
    if (!"wal".equalsIgnoreCase(mode)) {
      throw new BackendException("cannot switch to the WAL journal in state database " + database + ": SQLite kept "
          + mode);
    }
  }
}
