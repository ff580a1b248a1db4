package io.jpod.host.archfixture.jdbc;

import java.sql.Connection;
import java.sql.SQLException;

/** Breaks JDBC_ONLY_IN_ADAPTERS: host keeping state in a database. */
public final class LockTable {
  public boolean locked(Connection connection) throws SQLException {
    return connection.isReadOnly();
  }
}
