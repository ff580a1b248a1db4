package io.jpod.adapters.sqlite;

import io.jpod.ports.StateStore;
import io.jpod.ports.contract.StateStoreContract;
import java.nio.file.Path;

class SqliteStateStoreTest extends StateStoreContract {
  @Override
  protected StateStore open(Path root) throws Exception {
    return new SqliteStateStoreProvider().open(root);
  }
}
