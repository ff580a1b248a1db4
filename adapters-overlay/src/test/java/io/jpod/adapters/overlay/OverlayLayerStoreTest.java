package io.jpod.adapters.overlay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jpod.host.linux.Mounts;
import io.jpod.ports.BackendException;
import io.jpod.ports.InvalidArgumentException;
import io.jpod.ports.LayerKey;
import io.jpod.ports.LayerStore;
import io.jpod.ports.LayerStoreProvider;
import io.jpod.ports.MountSpec;
import io.jpod.ports.StorageSettings;
import io.jpod.ports.contract.LayerStoreContract;
import io.jpod.ports.contract.TestTar;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The contract against the real kernel: every layer root the contract reads is really mounted. */
@Tag("privileged")
class OverlayLayerStoreTest extends LayerStoreContract {
  /** overlayfs refuses a second mount of an upper directory in use, so each distinct root is mounted once. */
  private final Map<List<MountSpec>, Path> mounted = new HashMap<>();
  private final List<Path> targets = new ArrayList<>();

  @Override
  protected LayerStore open(Path root) throws Exception {
    return new OverlayProvider().open(new StorageSettings(root, Map.of()));
  }

  @Override
  protected Path rootOf(List<MountSpec> mounts) throws Exception {
    Path existing = mounted.get(mounts);
    if (existing != null) {
      return existing;
    }
    Path target = Files.createDirectories(base.resolve("mnt/" + mounted.size()));
    targets.add(target);
    Mounts.mountAll(mounts, target);
    mounted.put(mounts, target);
    return target;
  }

  @AfterEach
  void unmountAll() throws Exception {
    for (Path target : targets) {
      Mounts.unmountAll(target);
    }
  }

  private Path home() {
    return root.resolve("overlay");
  }

  @Test
  void serviceLoader_listsOverlayProvider() {
    assertThat(ServiceLoader.load(LayerStoreProvider.class).stream().map(p -> p.get().name()))
        .containsExactly("overlay");
  }

  @Test
  void probe_thisKernel_usable() throws Exception {
    new OverlayProvider().probe();
  }

  @Test
  void prepare_childOfBigParent_copiesNothing() throws Exception {
    TestTar tar = new TestTar();
    for (int i = 0; i < 200; i++) {
      tar.file("bin/f" + i, "x");
    }
    commitLayer(BASE, Optional.empty(), tar);
    store().prepare(CHILD, Optional.of(BASE));
    Path childTree;
    try (var trees = Files.list(home().resolve("dir"))) {
      childTree = trees.filter(t -> !Files.exists(t.resolve("diff/bin"))).findFirst().orElseThrow();
    }
    try (var diff = Files.list(childTree.resolve("diff"))) {
      assertThat(diff.toList()).isEmpty();
    }
    assertThat(rootOf(CHILD).resolve("bin/f199")).hasContent("x");
  }

  @Test
  void mounts_childWritesLandInItsDiff_parentUnchanged() throws Exception {
    commitLayer(BASE, Optional.empty(), new TestTar().file("etc/hostname", "base"));
    store().prepare(CHILD, Optional.of(BASE));
    Path child = rootOf(CHILD);
    Files.writeString(child.resolve("etc/hostname"), "child");
    Files.writeString(child.resolve("new"), "n");
    assertThat(rootOf(BASE).resolve("etc/hostname")).hasContent("base");
    assertThat(rootOf(BASE).resolve("new")).doesNotExist();
    Mounts.unmountAll(child);
    mounted.clear();
    assertThat(rootOf(CHILD).resolve("etc/hostname")).hasContent("child");
  }

  @Test
  void mounts_threeLevels_lowerDirsNearestFirst() throws Exception {
    commitLayer(BASE, Optional.empty(), new TestTar().file("f", "base").file("only-base", "b"));
    commitLayer(CHILD_COMMITTED, Optional.of(BASE), new TestTar().file("f", "child"));
    store().prepare(CHILD, Optional.of(CHILD_COMMITTED));
    Path root = rootOf(CHILD);
    assertThat(root.resolve("f")).hasContent("child");
    assertThat(root.resolve("only-base")).hasContent("b");
    assertThat(rootOf(CHILD_COMMITTED).resolve("f")).hasContent("child");
  }

  @Test
  void mounts_rootWithComma_refusedWithClearMessage() throws Exception {
    Path odd = Files.createDirectories(base.resolve("a,b"));
    try (LayerStore store = open(odd)) {
      store.prepare(new LayerKey("p-tmp"), Optional.empty());
      store.commit(new LayerKey("p-tmp"), new LayerKey("p"));
      assertThatThrownBy(() -> store.prepare(new LayerKey("c"), Optional.of(new LayerKey("p"))))
          .isInstanceOf(BackendException.class)
          .hasMessageContaining("contains ',' or ':'");
    }
  }

  @Test
  void open_anotherDriversRoot_refused() throws Exception {
    Path other = base.resolve("other");
    Files.createDirectories(other.resolve("overlay"));
    Files.writeString(other.resolve("overlay/driver"), "vfs\n");
    assertThatThrownBy(() -> open(other))
        .isInstanceOf(InvalidArgumentException.class)
        .hasMessage("cannot open overlay store " + other.resolve("overlay") + ": it belongs to storage driver 'vfs'");
  }

  @Test
  void open_unknownOption_refused() {
    assertThatThrownBy(() -> new OverlayProvider().open(new StorageSettings(root, Map.of("size", "1G"))))
        .isInstanceOf(InvalidArgumentException.class)
        .hasMessage("unknown overlay storage option(s) size (valid options: none)");
  }
}
