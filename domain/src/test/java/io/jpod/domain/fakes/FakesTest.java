package io.jpod.domain.fakes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jpod.ports.AlreadyExistsException;
import io.jpod.ports.ContainerId;
import io.jpod.ports.ContainerRecord;
import io.jpod.ports.ContainerState;
import io.jpod.ports.ImageId;
import io.jpod.ports.InvalidArgumentException;
import io.jpod.ports.InvalidStateException;
import io.jpod.ports.LayerDiff;
import io.jpod.ports.LayerKey;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The fakes keep the ports' promises that the domain tests rely on. */
class FakesTest {
  private static final ContainerId A = new ContainerId("a".repeat(64));
  private static final ContainerId B = new ContainerId("b".repeat(64));
  private static final LayerKey BASE = new LayerKey("base");
  private static final LayerKey CHILD = new LayerKey("child");

  @Test
  void write_workThrows_rollsBackEveryChange() throws Exception {
    FakeStateStore store = new FakeStateStore();
    IllegalStateException boom = new IllegalStateException("boom");

    assertThatThrownBy(() -> store.write(tx -> {
      tx.putContainer(container(A, "web"));
      throw boom;
    })).isSameAs(boom);

    assertThat(store.containers()).isEmpty();
    assertThat(store.commits()).isZero();
  }

  @Test
  void putContainer_nameOfAnother_isRefused() throws Exception {
    FakeStateStore store = new FakeStateStore();
    store.write(tx -> {
      tx.putContainer(container(A, "web"));
      return null;
    });

    assertThatThrownBy(() -> store.write(tx -> {
      tx.putContainer(container(B, "web"));
      return null;
    })).isInstanceOf(AlreadyExistsException.class)
        .hasMessage("cannot save container " + B + ": name \"web\" is taken by " + A);
    assertThat(store.containers()).extracting(ContainerRecord::id).containsExactly(A);
  }

  @Test
  void read_change_isRefused() {
    FakeStateStore store = new FakeStateStore();

    assertThatThrownBy(() -> store.read(tx -> {
      tx.deleteImage(new ImageId("c".repeat(64)));
      return null;
    })).isInstanceOf(IllegalStateException.class).hasMessage("change attempted in a read-only transaction");
  }

  @Test
  void remove_parentOfAnotherLayer_isRefused() throws Exception {
    FakeLayerStore layers = new FakeLayerStore();
    layers.prepare(new LayerKey("staging"), Optional.empty());
    layers.commit(new LayerKey("staging"), BASE);
    layers.prepare(CHILD, Optional.of(BASE));

    assertThatThrownBy(() -> layers.remove(BASE))
        .isInstanceOf(InvalidStateException.class)
        .hasMessage("cannot remove layer base: it is the parent of child");
    layers.remove(CHILD);
    layers.remove(BASE);
    assertThat(layers.list()).isEmpty();
  }

  @Test
  void apply_stream_consumesItAndReturnsItsSha256() throws Exception {
    FakeLayerStore layers = new FakeLayerStore();
    layers.prepare(BASE, Optional.empty());
    ByteArrayInputStream tar = new ByteArrayInputStream("abc".getBytes());

    LayerDiff diff = layers.apply(BASE, tar);

    assertThat(diff.diffId()).hasToString(
        "sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    assertThat(diff.size()).isEqualTo(3);
    assertThat(tar.available()).isZero();
  }

  @Test
  void apply_scriptedFailure_consumesStreamThenThrows() throws Exception {
    FakeLayerStore layers = new FakeLayerStore();
    layers.prepare(BASE, Optional.empty());
    InvalidArgumentException rejected = new InvalidArgumentException("bad entry");
    layers.failNextApply(rejected);
    ByteArrayInputStream tar = new ByteArrayInputStream("abc".getBytes());

    assertThatThrownBy(() -> layers.apply(BASE, tar)).isSameAs(rejected);
    assertThat(tar.available()).isZero();
  }

  private static ContainerRecord container(ContainerId id, String name) {
    return new ContainerRecord(id, name, new ImageId("e".repeat(64)), "localhost/app:latest", new LayerKey(id.hex()),
        List.of("sh"), Instant.EPOCH, "fake", false, null, ContainerState.configured());
  }
}
