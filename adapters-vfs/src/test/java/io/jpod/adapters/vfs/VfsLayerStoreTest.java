package io.jpod.adapters.vfs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jpod.ports.InvalidArgumentException;
import io.jpod.ports.InvalidStateException;
import io.jpod.ports.LayerInfo;
import io.jpod.ports.LayerKey;
import io.jpod.ports.LayerStore;
import io.jpod.ports.LayerStoreProvider;
import io.jpod.ports.StorageSettings;
import io.jpod.ports.contract.LayerStoreContract;
import io.jpod.ports.contract.TestTar;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class VfsLayerStoreTest extends LayerStoreContract {
  @Override
  protected LayerStore open(Path root) throws Exception {
    return new VfsProvider().open(new StorageSettings(root, Map.of()));
  }

  private Path home() {
    return root.resolve("vfs");
  }

  @Test
  void serviceLoader_listsVfsProvider() {
    assertThat(ServiceLoader.load(LayerStoreProvider.class).stream().map(p -> p.get().name()))
        .containsExactly("vfs");
  }

  @Test
  void open_firstUse_recordsDriverName() throws Exception {
    assertThat(home().resolve("driver")).hasContent("vfs");
  }

  @Test
  void open_anotherDriversRoot_refused() throws Exception {
    Path other = base.resolve("other");
    Files.createDirectories(other.resolve("vfs"));
    Files.writeString(other.resolve("vfs/driver"), "overlay\n");
    assertThatThrownBy(() -> open(other))
        .isInstanceOf(InvalidArgumentException.class)
        .hasMessage("cannot open vfs store " + other.resolve("vfs") + ": it belongs to storage driver 'overlay'");
  }

  @Test
  void open_foreignDataWithoutDriverFile_refused() throws Exception {
    Path other = base.resolve("other");
    Files.createDirectories(other.resolve("vfs/l"));
    assertThatThrownBy(() -> open(other))
        .isInstanceOf(InvalidArgumentException.class)
        .hasMessage("cannot open vfs store " + other.resolve("vfs") + ": it holds [l] but no 'driver' file naming"
            + " its storage driver");
  }

  @Test
  void open_unknownOptions_refusedListingValidOnes() {
    assertThatThrownBy(() -> new VfsProvider().open(new StorageSettings(root, Map.of("size", "10G", "mountopt", "x"))))
        .isInstanceOf(InvalidArgumentException.class)
        .hasMessage("unknown vfs storage option(s) mountopt, size (valid options: none)");
  }

  @Test
  void mounts_layers_bindTheirTreeRwOrRo() throws Exception {
    commitLayer(BASE, Optional.empty(), new TestTar().file("f", "x"));
    store().prepare(CHILD, Optional.of(BASE));
    assertThat(store().mounts(BASE)).singleElement().satisfies(m -> {
      assertThat(m.type()).isEqualTo("bind");
      assertThat(m.options()).containsExactly("rbind", "ro");
      assertThat(Path.of(m.source())).isAbsolute().startsWith(home().resolve("dir"));
    });
    assertThat(store().mounts(CHILD).get(0).options()).containsExactly("rbind", "rw");
  }

  @Test
  void open_afterCrashDuringPrepare_deletesUnreferencedTreeAndTmpFiles() throws Exception {
    commitLayer(BASE, Optional.empty(), new TestTar().file("f", "x"));
    Path halfCopied = Files.createDirectories(home().resolve("dir/0123456789abcdef0123456789abcdef/usr"));
    Files.writeString(home().resolve("tmp/child.deadbeef"), "kind=ACT");
    store().close();
    try (LayerStore reopened = open(root)) {
      assertThat(halfCopied.getParent()).doesNotExist();
      assertThat(home().resolve("tmp")).isEmptyDirectory();
      assertThat(reopened.list()).containsExactly(new LayerInfo(BASE, Optional.empty(), LayerInfo.Kind.COMMITTED));
      assertThat(rootOf(reopened.mounts(BASE)).resolve("f")).hasContent("x");
    }
  }

  @Test
  void open_afterCrashBetweenCommitSteps_keepsCommittedLayerOnly() throws Exception {
    store().prepare(CHILD, Optional.empty());
    String record = Files.readString(home().resolve("layers/child"));
    Files.writeString(home().resolve("layers/child-committed"), record.replace("kind=ACTIVE", "kind=COMMITTED"));
    store().close();
    try (LayerStore reopened = open(root)) {
      assertThat(reopened.list())
          .containsExactly(new LayerInfo(CHILD_COMMITTED, Optional.empty(), LayerInfo.Kind.COMMITTED));
    }
  }

  @Test
  void commit_afterInterruptedApply_refused() throws Exception {
    store().prepare(CHILD, Optional.empty());
    Path record = home().resolve("layers/child");
    Files.writeString(record, Files.readString(record).replace("applying=false", "applying=true"));
    assertThatThrownBy(() -> store().commit(CHILD, CHILD_COMMITTED))
        .isInstanceOf(InvalidStateException.class)
        .hasMessage("cannot commit layer child as child-committed: an earlier apply to it did not finish, so its"
            + " content is incomplete; remove it");
    store().remove(CHILD);
    assertThat(store().list()).isEmpty();
  }

  @Test
  void apply_hostileEntry_messageNamesLayerAndEntry() throws Exception {
    store().prepare(CHILD, Optional.empty());
    assertThatThrownBy(() -> store().apply(CHILD, new TestTar().file("../x", "pwned").stream()))
        .isInstanceOf(InvalidArgumentException.class)
        .hasMessage("cannot apply a layer tar to layer child: layer entry '../x': '..' in path; the layer is left"
            + " incomplete, remove it");
  }

  @Test
  void open_twoStoresOnOneRoot_seeEachOthersChanges() throws Exception {
    try (LayerStore second = open(root)) {
      second.prepare(new LayerKey("from-second"), Optional.empty());
      assertThat(store().stat(new LayerKey("from-second"))).isPresent();
      store().remove(new LayerKey("from-second"));
      assertThat(second.list()).isEqualTo(List.of());
    }
  }
}
