package io.jpod.adapters.sqlite;

import io.jpod.ports.BackendException;
import java.nio.file.Path;
import java.sql.SQLException;
import org.sqlite.SQLiteException;

/** Turns SQLite's failures into the port's {@link BackendException}: what was tried and SQLite's code; its text in detail. */
final class SqlErrors {
  private SqlErrors() {}

  static BackendException failure(String action, Path database, SQLException e) {
    String code = e instanceof SQLiteException sqlite ? sqlite.getResultCode().name() : "SQL error " + e.getErrorCode();
    return new BackendException("cannot " + action + " in state database " + database + ": " + code, e.getMessage(), e);
  }
}
