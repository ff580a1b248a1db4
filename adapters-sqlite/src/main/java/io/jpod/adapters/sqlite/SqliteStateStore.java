package io.jpod.adapters.sqlite;

import io.jpod.ports.BackendException;
import io.jpod.ports.EngineException;
import io.jpod.ports.StateStore;
import io.jpod.ports.UnavailableException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.sqlite.SQLiteConfig;

/**
 * One connection to {@code state.db}. Durability: WAL journal with {@code synchronous=FULL}, so a commit is fsynced
 * before {@link #write} returns and survives a kill, a kernel crash and a power cut; NORMAL would survive a kill
 * but could lose the last commits on a power cut. Writes take the write lock at BEGIN ({@code BEGIN IMMEDIATE}) so
 * that a read-modify-write never fails halfway on another process's commit; other processes wait up to
 * {@link #BUSY_TIMEOUT_MS} for it. Reads are deferred and, in WAL, never wait for writers. Calls from several
 * threads are serialized on the one connection.
 */
final class SqliteStateStore implements StateStore {
  static final int BUSY_TIMEOUT_MS = 60_000;

  private final Path database;
  private final Connection connection;
  private SqliteTransaction current;

  private SqliteStateStore(Path database, Connection connection) {
    this.database = database;
    this.connection = connection;
  }

  static SqliteStateStore open(Path database) throws UnavailableException, BackendException {
    SQLiteConfig config = new SQLiteConfig();
    config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
    config.enforceForeignKeys(true);
    config.setBusyTimeout(BUSY_TIMEOUT_MS);
    Connection connection;
    try {
      connection = config.createConnection("jdbc:sqlite:" + database);
    } catch (SQLException e) {
      throw SqlErrors.failure("open the connection", database, e);
    }
    try {
      Schema.migrate(connection, database);
    } catch (UnavailableException | BackendException | RuntimeException e) {
      closeAfterFailure(connection, e);
      throw e;
    }
    return new SqliteStateStore(database, connection);
  }

  @Override
  public <T> T read(Work<T> work) throws EngineException {
    return run(false, work);
  }

  @Override
  public <T> T write(Work<T> work) throws EngineException {
    return run(true, work);
  }

  private synchronized <T> T run(boolean writable, Work<T> work) throws EngineException {
    if (current != null) {
      throw new IllegalStateException("a transaction is already open on state database " + database);
    }
    String kind = writable ? "write" : "read";
    execute(writable ? "BEGIN IMMEDIATE" : "BEGIN DEFERRED", "begin a " + kind + " transaction");
    current = new SqliteTransaction(connection, database, writable);
    try {
      T result = work.run(current);
      execute("COMMIT", "commit a " + kind + " transaction");
      return result;
    } catch (Throwable e) {
      rollbackAfter(e);
      throw e;
    } finally {
      current.end();
      current = null;
    }
  }

  private void execute(String sql, String action) throws BackendException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw SqlErrors.failure(action, database, e);
    }
  }

  private void rollbackAfter(Throwable cause) {
    try (Statement statement = connection.createStatement()) {
      statement.execute("ROLLBACK");
    } catch (SQLException e) {
      cause.addSuppressed(SqlErrors.failure("roll back a transaction", database, e));
    }
  }

  private static void closeAfterFailure(Connection connection, Exception cause) {
    try {
      connection.close();
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }

  @Override
  public synchronized void close() throws BackendException {
    try {
      connection.close();
    } catch (SQLException e) {
      throw SqlErrors.failure("close the connection", database, e);
    }
  }
}
