package io.jpod.ports.contract;

import static io.jpod.ports.contract.StateStoreSamples.container;
import static io.jpod.ports.contract.StateStoreSamples.image;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.jpod.ports.AlreadyExistsException;
import io.jpod.ports.BackendException;
import io.jpod.ports.ContainerRecord;
import io.jpod.ports.ContainerState;
import io.jpod.ports.EngineException;
import io.jpod.ports.ImageId;
import io.jpod.ports.ImageRecord;
import io.jpod.ports.NotFoundException;
import io.jpod.ports.StateStore;
import io.jpod.ports.StateTransaction;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every {@link StateStore} must do. Two stores opened on one root stand for two jpod processes. Extend it and
 * implement {@link #open}.
 */
public abstract class StateStoreContract {
  private static final ImageRecord IMAGE = image(1, "localhost/app:latest", "localhost/app:v1");
  private static final ContainerRecord CONTAINER = container(10, "web", IMAGE.id());

  /** Opens, creating if needed, the store kept under {@code root}. */
  protected abstract StateStore open(Path root) throws Exception;

  @Test
  void image_absent_returnsEmpty(@TempDir Path root) throws Exception {
    try (StateStore store = open(root)) {
      assertEquals(Optional.empty(), store.read(tx -> tx.image(IMAGE.id())));
      assertEquals(List.of(), store.read(tx -> tx.images()));
    }
  }

  @Test
  void putImage_newImage_readsBackEveryField(@TempDir Path root) throws Exception {
    try (StateStore store = open(root)) {
      store.write(tx -> put(tx, IMAGE));
      assertEquals(Optional.of(IMAGE), store.read(tx -> tx.image(IMAGE.id())));
      assertEquals(List.of(IMAGE), store.read(tx -> tx.images()));
    }
  }

  @Test
  void putImage_sameId_replacesImage(@TempDir Path root) throws Exception {
    ImageRecord renamed = new ImageRecord(IMAGE.id(), List.of("localhost/other:1"), IMAGE.created(),
        IMAGE.diffIds(), IMAGE.topLayer(), 99, IMAGE.config(), IMAGE.configJson());
    try (StateStore store = open(root)) {
      store.write(tx -> put(tx, IMAGE));
      store.write(tx -> put(tx, renamed));
      assertEquals(List.of(renamed), store.read(tx -> tx.images()));
    }
  }

  @Test
  void images_severalStored_listsThemByCreationTime(@TempDir Path root) throws Exception {
    ImageRecord newer = image(3, "localhost/c:1");
    ImageRecord older = image(2);
    try (StateStore store = open(root)) {
      store.write(tx -> put(tx, newer));
      store.write(tx -> put(tx, older));
      store.write(tx -> put(tx, IMAGE));
      assertEquals(List.of(IMAGE, older, newer), store.read(tx -> tx.images()));
    }
  }

  @Test
  void putImage_nameHeldByOtherImage_movesName(@TempDir Path root) throws Exception {
    ImageRecord other = image(2, "localhost/app:v1", "localhost/other:1");
    try (StateStore store = open(root)) {
      store.write(tx -> put(tx, IMAGE));
      store.write(tx -> put(tx, other));
      assertEquals(List.of("localhost/app:latest"), store.read(tx -> tx.image(IMAGE.id())).orElseThrow().names());
      assertEquals(List.of(other), store.read(tx -> tx.image(other.id())).stream().toList());
    }
  }

  @Test
  void putImage_allNamesTaken_keepsImageWithoutNames(@TempDir Path root) throws Exception {
    ImageRecord other = image(2, IMAGE.names().toArray(String[]::new));
    try (StateStore store = open(root)) {
      store.write(tx -> put(tx, IMAGE));
      store.write(tx -> put(tx, other));
      assertEquals(List.of(List.of(), other.names()),
          store.read(tx -> tx.images()).stream().map(ImageRecord::names).toList());
    }
  }

  @Test
  void deleteImage_stored_removesImageAndFreesNames(@TempDir Path root) throws Exception {
    ImageRecord other = image(2, IMAGE.names().toArray(String[]::new));
    try (StateStore store = open(root)) {
      store.write(tx -> put(tx, IMAGE));
      store.write(tx -> {
        tx.deleteImage(IMAGE.id());
        return null;
      });
      store.write(tx -> put(tx, other));
      assertEquals(List.of(other), store.read(tx -> tx.images()));
    }
  }

  @Test
  void deleteImage_absent_throwsNotFound(@TempDir Path root) throws Exception {
    try (StateStore store = open(root)) {
      NotFoundException e = assertThrows(NotFoundException.class, () -> store.write(tx -> {
        tx.deleteImage(IMAGE.id());
        return null;
      }));
      assertEquals("cannot delete image " + IMAGE.id() + ": no such image", e.getMessage());
    }
  }

  @Test
  void deleteImage_usedByContainer_throwsAndKeepsImage(@TempDir Path root) throws Exception {
    try (StateStore store = open(root)) {
      store.write(tx -> put(tx, IMAGE, CONTAINER));
      BackendException e = assertThrows(BackendException.class, () -> store.write(tx -> {
        tx.deleteImage(IMAGE.id());
        return null;
      }));
      assertEquals("cannot delete image " + IMAGE.id() + ": container " + CONTAINER.id() + " (web) uses it",
          e.getMessage());
      assertEquals(List.of(IMAGE), store.read(tx -> tx.images()));
    }
  }

  @Test
  void putContainer_new_readsBackEveryField(@TempDir Path root) throws Exception {
    try (StateStore store = open(root)) {
      store.write(tx -> put(tx, IMAGE, CONTAINER));
      assertEquals(Optional.of(CONTAINER), store.read(tx -> tx.container(CONTAINER.id())));
      assertEquals(List.of(CONTAINER), store.read(tx -> tx.containers()));
    }
  }

  @Test
  void putContainer_stateWithoutOptionals_readsBackEmpty(@TempDir Path root) throws Exception {
    ContainerRecord configured = CONTAINER.withState(ContainerState.configured());
    try (StateStore store = open(root)) {
      store.write(tx -> put(tx, IMAGE, configured));
      assertEquals(Optional.of(configured), store.read(tx -> tx.container(CONTAINER.id())));
    }
  }

  @Test
  void putContainer_sparseSpec_readsBackNullsAndEmpties(@TempDir Path root) throws Exception {
    ContainerRecord sparse = new ContainerRecord(CONTAINER.id(), CONTAINER.name(), IMAGE.id(), "", CONTAINER.layer(),
        List.of(), CONTAINER.created(), "runc", false, StateStoreSamples.sparseSpec(), ContainerState.configured());
    try (StateStore store = open(root)) {
      store.write(tx -> put(tx, IMAGE, sparse));
      assertEquals(Optional.of(sparse), store.read(tx -> tx.container(CONTAINER.id())));
    }
  }

  @Test
  void putContainer_sameId_replacesState(@TempDir Path root) throws Exception {
    ContainerRecord created = CONTAINER.withState(ContainerState.configured());
    try (StateStore store = open(root)) {
      store.write(tx -> put(tx, IMAGE, created));
      store.write(tx -> put(tx, IMAGE, CONTAINER));
      assertEquals(List.of(CONTAINER), store.read(tx -> tx.containers()));
    }
  }

  @Test
  void putContainer_nameUsedByOtherContainer_throwsAlreadyExists(@TempDir Path root) throws Exception {
    ContainerRecord sameName = container(11, "web", IMAGE.id());
    try (StateStore store = open(root)) {
      store.write(tx -> put(tx, IMAGE, CONTAINER));
      AlreadyExistsException e =
          assertThrows(AlreadyExistsException.class, () -> store.write(tx -> put(tx, IMAGE, sameName)));
      assertEquals("the container name \"web\" is already in use by " + CONTAINER.id() + ". You have to remove that"
          + " container to be able to reuse that name: that name is already in use", e.getMessage());
      assertEquals(List.of(CONTAINER), store.read(tx -> tx.containers()));
    }
  }

  @Test
  void putContainer_imageNotStored_throwsBackendException(@TempDir Path root) throws Exception {
    try (StateStore store = open(root)) {
      BackendException e = assertThrows(BackendException.class, () -> store.write(tx -> {
        tx.putContainer(CONTAINER);
        return null;
      }));
      assertEquals("cannot store container " + CONTAINER.id() + ": its image " + IMAGE.id() + " is not stored",
          e.getMessage());
    }
  }

  @Test
  void deleteContainer_stored_freesName(@TempDir Path root) throws Exception {
    ContainerRecord sameName = container(11, "web", IMAGE.id());
    try (StateStore store = open(root)) {
      store.write(tx -> put(tx, IMAGE, CONTAINER));
      store.write(tx -> {
        tx.deleteContainer(CONTAINER.id());
        return null;
      });
      store.write(tx -> put(tx, IMAGE, sameName));
      assertEquals(List.of(sameName), store.read(tx -> tx.containers()));
    }
  }

  @Test
  void deleteContainer_absent_throwsNotFound(@TempDir Path root) throws Exception {
    try (StateStore store = open(root)) {
      NotFoundException e = assertThrows(NotFoundException.class, () -> store.write(tx -> {
        tx.deleteContainer(CONTAINER.id());
        return null;
      }));
      assertEquals("cannot delete container " + CONTAINER.id() + ": no such container", e.getMessage());
    }
  }

  @Test
  void setting_absent_returnsEmpty(@TempDir Path root) throws Exception {
    try (StateStore store = open(root)) {
      assertEquals(Optional.empty(), store.read(tx -> tx.setting("graph-driver")));
    }
  }

  @Test
  void putSetting_twice_keepsTheLastValueAcrossReopen(@TempDir Path root) throws Exception {
    try (StateStore store = open(root)) {
      store.write(tx -> {
        tx.putSetting("graph-driver", "vfs");
        return null;
      });
      store.write(tx -> {
        tx.putSetting("graph-driver", "overlay");
        return null;
      });
    }
    try (StateStore store = open(root)) {
      assertEquals(Optional.of("overlay"), store.read(tx -> tx.setting("graph-driver")));
      assertEquals(Optional.empty(), store.read(tx -> tx.setting("other")));
    }
  }

  @Test
  void putSetting_inReadTransaction_throwsIllegalState(@TempDir Path root) throws Exception {
    try (StateStore store = open(root)) {
      assertThrows(IllegalStateException.class, () -> store.read(tx -> {
        tx.putSetting("graph-driver", "vfs");
        return null;
      }));
      assertEquals(Optional.empty(), store.read(tx -> tx.setting("graph-driver")));
    }
  }

  @Test
  void read_changeAttempted_throwsIllegalState(@TempDir Path root) throws Exception {
    try (StateStore store = open(root)) {
      assertThrows(IllegalStateException.class, () -> store.read(tx -> put(tx, IMAGE)));
      assertEquals(List.of(), store.read(tx -> tx.images()));
    }
  }

  @Test
  void write_workThrowsEngineException_rollsBackAndRethrowsIt(@TempDir Path root) throws Exception {
    NotFoundException failure = new NotFoundException("no such thing");
    try (StateStore store = open(root)) {
      NotFoundException thrown = assertThrows(NotFoundException.class, () -> store.write(tx -> {
        put(tx, IMAGE, CONTAINER);
        throw failure;
      }));
      assertSame(failure, thrown);
      assertEquals(List.of(), store.read(tx -> tx.images()));
      assertEquals(List.of(), store.read(tx -> tx.containers()));
    }
  }

  @Test
  void write_workThrowsRuntimeException_rollsBackAndRethrowsIt(@TempDir Path root) throws Exception {
    IllegalArgumentException failure = new IllegalArgumentException("bug");
    try (StateStore store = open(root)) {
      store.write(tx -> put(tx, IMAGE));
      IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class, () -> store.write(tx -> {
        tx.deleteImage(IMAGE.id());
        throw failure;
      }));
      assertSame(failure, thrown);
      assertEquals(List.of(IMAGE), store.read(tx -> tx.images()));
    }
  }

  @Test
  void open_afterWriteAndClose_seesWrite(@TempDir Path root) throws Exception {
    try (StateStore store = open(root)) {
      store.write(tx -> put(tx, IMAGE, CONTAINER));
    }
    try (StateStore store = open(root)) {
      assertEquals(List.of(IMAGE), store.read(tx -> tx.images()));
      assertEquals(List.of(CONTAINER), store.read(tx -> tx.containers()));
    }
  }

  @Test
  void write_twoStoresOnOneRoot_otherStoreSeesWrite(@TempDir Path root) throws Exception {
    try (StateStore first = open(root); StateStore second = open(root)) {
      assertEquals(List.of(), second.read(tx -> tx.containers()));
      first.write(tx -> put(tx, IMAGE, CONTAINER));
      assertEquals(List.of(CONTAINER), second.read(tx -> tx.containers()));
    }
  }

  @Test
  void write_concurrentStoresOnThreads_losesNoUpdate(@TempDir Path root) throws Exception {
    int perWriter = 50;
    try (StateStore setup = open(root)) {
      setup.write(tx -> put(tx, IMAGE));
    }
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<Void>> writers = new ArrayList<>();
      for (long first : List.of(1_000L, 2_000L)) {
        writers.add(pool.submit(incrementing(root, LongStream.range(first, first + perWriter))));
      }
      for (Future<Void> writer : writers) {
        writer.get();
      }
    } finally {
      pool.shutdownNow();
    }
    try (StateStore store = open(root)) {
      assertEquals(IMAGE.size() + 2 * perWriter, store.read(tx -> tx.image(IMAGE.id())).orElseThrow().size());
      assertEquals(2 * perWriter, store.read(tx -> tx.containers()).size());
    }
  }

  /** Each transaction adds one container and increments the image's size: a lost update shows in either. */
  private Callable<Void> incrementing(Path root, LongStream ids) {
    return () -> {
      try (StateStore store = open(root)) {
        for (long n : ids.toArray()) {
          store.write(tx -> {
            ImageRecord image = tx.image(IMAGE.id()).orElseThrow();
            tx.putImage(new ImageRecord(image.id(), image.names(), image.created(), image.diffIds(),
                image.topLayer(), image.size() + 1, image.config(), image.configJson()));
            tx.putContainer(container(n, "c" + n, IMAGE.id()));
            return null;
          });
        }
      }
      return null;
    };
  }

  private static Void put(StateTransaction tx, ImageRecord image) throws EngineException {
    tx.putImage(image);
    return null;
  }

  private static Void put(StateTransaction tx, ImageRecord image, ContainerRecord container)
      throws EngineException {
    tx.putImage(image);
    tx.putContainer(container);
    return null;
  }
}
