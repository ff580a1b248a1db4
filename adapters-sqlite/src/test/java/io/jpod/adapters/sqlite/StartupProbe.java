package io.jpod.adapters.sqlite;

import io.jpod.ports.ContainerRecord;
import io.jpod.ports.ImageRecord;
import io.jpod.ports.StateStore;
import io.jpod.ports.contract.StateStoreSamples;
import java.nio.file.Path;
import java.util.List;

/**
 * What a short jpod command asks of the state store, for {@code bench-startup.sh} to time from JVM start to exit:
 * open, store one container (a state change), list all containers ({@code ps}). Arguments: root, container count;
 * the first run on a root stores the image and the containers.
 */
final class StartupProbe {
  private StartupProbe() {}

  public static void main(String[] args) throws Exception {
    Path root = Path.of(args[0]);
    int count = Integer.parseInt(args[1]);
    ImageRecord image = StateStoreSamples.image(1, "localhost/app:latest");
    try (StateStore store = new SqliteStateStoreProvider().open(root)) {
      if (store.read(tx -> tx.image(image.id())).isEmpty()) {
        store.write(tx -> {
          tx.putImage(image);
          for (long n = 1; n <= count; n++) {
            tx.putContainer(StateStoreSamples.container(n, "c" + n, image.id()));
          }
          return null;
        });
      }
      ContainerRecord changed = StateStoreSamples.container(count, "c" + count, image.id());
      store.write(tx -> {
        tx.putContainer(changed);
        return null;
      });
      List<ContainerRecord> listed = store.read(tx -> tx.containers());
      if (listed.size() != count) {
        throw new IllegalStateException("listed " + listed.size() + " containers, expected " + count);
      }
    }
  }
}
