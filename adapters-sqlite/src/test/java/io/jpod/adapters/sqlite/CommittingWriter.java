package io.jpod.adapters.sqlite;

import io.jpod.ports.ContainerRecord;
import io.jpod.ports.ImageRecord;
import io.jpod.ports.StateStore;
import io.jpod.ports.contract.StateStoreSamples;
import java.nio.file.Path;

/**
 * A jpod process stand-in for {@link SqliteProcessTest}: stores containers {@code first}, {@code first + 1}, … one
 * write transaction each, and prints each number after its write has returned. Arguments: root, first, count.
 */
final class CommittingWriter {
  static final ImageRecord IMAGE = StateStoreSamples.image(1, "localhost/app:latest");

  private CommittingWriter() {}

  public static void main(String[] args) throws Exception {
    Path root = Path.of(args[0]);
    long first = Long.parseLong(args[1]);
    long count = Long.parseLong(args[2]);
    try (StateStore store = new SqliteStateStoreProvider().open(root)) {
      store.write(tx -> {
        tx.putImage(IMAGE);
        return null;
      });
      for (long n = first; n < first + count; n++) {
        ContainerRecord container = StateStoreSamples.container(n, "c" + n, IMAGE.id());
        store.write(tx -> {
          tx.putContainer(container);
          return null;
        });
        System.out.println(n);
        System.out.flush();
      }
    }
  }
}
