package io.jpod.adapters.sqlite;

import io.jpod.ports.BackendException;
import io.jpod.ports.StateStore;
import io.jpod.ports.StateStoreProvider;
import io.jpod.ports.UnavailableException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.sqlite.SQLiteJDBCLoader;

/**
 * The state store in the embedded SQLite database {@code <root>/state.db}. Several jpod processes may use one root
 * at the same time: writers wait for each other, readers never wait.
 */
public final class SqliteStateStoreProvider implements StateStoreProvider {
  static final String FILE_NAME = "state.db";

  @Override
  public String name() {
    return "sqlite";
  }

  @Override
  public StateStore open(Path root) throws UnavailableException, BackendException {
    loadNativeLibrary();
    try {
      Files.createDirectories(root);
    } catch (IOException e) {
      throw new BackendException("cannot create the state directory " + root, e);
    }
    return SqliteStateStore.open(root.resolve(FILE_NAME));
  }

  // Installed copies are named by -Dorg.sqlite.lib.path and -Dorg.sqlite.lib.name; else sqlite-jdbc extracts its own.
  private static void loadNativeLibrary() throws UnavailableException {
    try {
      SQLiteJDBCLoader.initialize();
    } catch (Exception e) {
      throw new UnavailableException("cannot load SQLite's native library: " + e.getMessage(), e);
    }
  }
}
