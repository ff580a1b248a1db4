package io.jpod.adapters.archfixturestate;

import java.sql.Connection;
import java.sql.SQLException;

/** Keeps JDBC_ONLY_IN_ADAPTERS: JDBC in a state store adapter. */
final class StateTable {
  boolean readOnly(Connection connection) throws SQLException {
    return connection.isReadOnly();
  }
}
