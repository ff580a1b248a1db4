package io.jpod.ports.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jpod.ports.AlreadyExistsException;
import io.jpod.ports.EngineException;
import io.jpod.ports.InvalidArgumentException;
import io.jpod.ports.InvalidStateException;
import io.jpod.ports.LayerDiff;
import io.jpod.ports.LayerInfo;
import io.jpod.ports.LayerKey;
import io.jpod.ports.LayerStore;
import io.jpod.ports.MountSpec;
import io.jpod.ports.NotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every {@link LayerStore} must do. A driver's test extends this class and implements {@link #open}. Files
 * are checked through a layer's mount specs: the default {@link #rootOf} accepts a single {@code bind} spec and reads
 * its source; a driver whose mounts need mounting (overlay) must override {@link #rootOf} to mount them (and unmount
 * in its own {@code @AfterEach}). The store's root sits beside a sentinel directory that hostile archives aim at:
 * after every refused archive the sentinel is unchanged.
 */
public abstract class LayerStoreContract {
  protected static final LayerKey BASE = new LayerKey("base");
  protected static final LayerKey BASE_ACTIVE = new LayerKey("base-active");
  protected static final LayerKey CHILD = new LayerKey("child");
  protected static final LayerKey CHILD_COMMITTED = new LayerKey("child-committed");
  private static final LinkOption NOFOLLOW = LinkOption.NOFOLLOW_LINKS;

  @TempDir protected Path base;
  protected Path root;
  protected Path sentinel;
  private LayerStore store;

  /** Opens the store under test on {@code root} (an empty directory on first call). */
  protected abstract LayerStore open(Path root) throws Exception;

  /** The directory that shows a layer's files, given its mounts. Override when the mounts must be mounted first. */
  protected Path rootOf(List<MountSpec> mounts) throws Exception {
    assertEquals(1, mounts.size(), "expected one bind mount spec, got " + mounts);
    assertEquals("bind", mounts.get(0).type(), "mount spec type");
    return Path.of(mounts.get(0).source());
  }

  @BeforeEach
  void openStore() throws Exception {
    root = Files.createDirectory(base.resolve("root"));
    sentinel = Files.createDirectory(base.resolve("sentinel"));
    Files.writeString(sentinel.resolve("victim"), "untouched");
    store = open(root);
  }

  @AfterEach
  void closeStore() throws Exception {
    store.close();
  }

  protected LayerStore store() {
    return store;
  }

  /** Makes COMMITTED {@code name} from {@code tar} above {@code parent}. */
  protected void commitLayer(LayerKey name, Optional<LayerKey> parent, TestTar tar) throws Exception {
    LayerKey active = new LayerKey(name.value() + "-tmp");
    store.prepare(active, parent);
    store.apply(active, tar.stream());
    store.commit(active, name);
  }

  protected Path rootOf(LayerKey key) throws Exception {
    return rootOf(store.mounts(key));
  }

  // --- prepare, mounts, stat, list

  @Test
  void prepare_newKey_returnsWritableEmptyRoot() throws Exception {
    List<MountSpec> mounts = store.prepare(BASE_ACTIVE, Optional.empty());
    assertEquals(mounts, store.mounts(BASE_ACTIVE));
    Path layer = rootOf(mounts);
    assertTrue(Files.isDirectory(layer), "layer root " + layer + " is a directory");
    try (var children = Files.list(layer)) {
      assertEquals(List.of(), children.toList());
    }
    assertEquals(Optional.of(new LayerInfo(BASE_ACTIVE, Optional.empty(), LayerInfo.Kind.ACTIVE)),
        store.stat(BASE_ACTIVE));
  }

  @Test
  void prepare_existingKey_throwsAlreadyExists() throws Exception {
    store.prepare(BASE_ACTIVE, Optional.empty());
    AlreadyExistsException e =
        assertThrows(AlreadyExistsException.class, () -> store.prepare(BASE_ACTIVE, Optional.empty()));
    assertMentions(e, BASE_ACTIVE.value());
  }

  @Test
  void prepare_missingParent_throwsNotFound() throws Exception {
    NotFoundException e = assertThrows(NotFoundException.class, () -> store.prepare(CHILD, Optional.of(BASE)));
    assertMentions(e, BASE.value());
    assertEquals(Optional.empty(), store.stat(CHILD));
  }

  @Test
  void prepare_activeParent_throwsNotFound() throws Exception {
    store.prepare(BASE_ACTIVE, Optional.empty());
    NotFoundException e =
        assertThrows(NotFoundException.class, () -> store.prepare(CHILD, Optional.of(BASE_ACTIVE)));
    assertMentions(e, BASE_ACTIVE.value());
  }

  @Test
  void prepare_committedParent_childSeesParentFiles() throws Exception {
    commitLayer(BASE, Optional.empty(), new TestTar().dir("etc").file("etc/hostname", "base"));
    store.prepare(CHILD, Optional.of(BASE));
    assertEquals("base", Files.readString(rootOf(CHILD).resolve("etc/hostname")));
    assertEquals(Optional.of(new LayerInfo(CHILD, Optional.of(BASE), LayerInfo.Kind.ACTIVE)), store.stat(CHILD));
  }

  @Test
  void mounts_activeAndCommitted_differInWritability() throws Exception {
    commitLayer(BASE, Optional.empty(), new TestTar().file("f", "x"));
    store.prepare(CHILD, Optional.of(BASE));
    assertTrue(store.mounts(BASE).get(store.mounts(BASE).size() - 1).options().contains("ro"),
        "committed mounts are read-only: " + store.mounts(BASE));
    assertFalse(store.mounts(CHILD).get(store.mounts(CHILD).size() - 1).options().contains("ro"),
        "active mounts are writable: " + store.mounts(CHILD));
  }

  @Test
  void mounts_missingKey_throwsNotFound() {
    NotFoundException e = assertThrows(NotFoundException.class, () -> store.mounts(BASE));
    assertMentions(e, BASE.value());
  }

  @Test
  void stat_missingKey_returnsEmpty() throws Exception {
    assertEquals(Optional.empty(), store.stat(BASE));
  }

  @Test
  void list_layers_returnsAllWithParentsAndKinds() throws Exception {
    commitLayer(BASE, Optional.empty(), new TestTar().file("f", "x"));
    store.prepare(CHILD, Optional.of(BASE));
    assertEquals(Set.of(new LayerInfo(BASE, Optional.empty(), LayerInfo.Kind.COMMITTED),
            new LayerInfo(CHILD, Optional.of(BASE), LayerInfo.Kind.ACTIVE)),
        Set.copyOf(store.list()));
  }

  @Test
  void open_again_keepsLayersAndFiles() throws Exception {
    commitLayer(BASE, Optional.empty(), new TestTar().file("f", "kept"));
    store.close();
    store = open(root);
    assertEquals(List.of(new LayerInfo(BASE, Optional.empty(), LayerInfo.Kind.COMMITTED)), store.list());
    assertEquals("kept", Files.readString(rootOf(BASE).resolve("f")));
  }

  // --- apply

  @Test
  void apply_tar_returnsSha256OfTarBytesAndBytesWritten() throws Exception {
    store.prepare(BASE_ACTIVE, Optional.empty());
    byte[] tar = new TestTar().dir("d").file("d/a", "hello").file("b", "world!").bytes();
    LayerDiff diff = store.apply(BASE_ACTIVE, new java.io.ByteArrayInputStream(tar));
    assertEquals("sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(tar)),
        diff.diffId().toString());
    assertEquals(11, diff.size());
  }

  @Test
  void apply_entriesOfEveryUnprivilegedKind_appearAtMountSource() throws Exception {
    store.prepare(BASE_ACTIVE, Optional.empty());
    String longName = "dir/" + "n".repeat(150);
    store.apply(BASE_ACTIVE, new TestTar().dir("dir", 0750).file("dir/run", "#!/bin/sh\n".getBytes(), 04755)
        .symlink("dir/sh", "run").hardlink("dir/again", "dir/run").file(longName, "long")
        .fifo("dir/pipe", 0600).stream());
    Path layer = rootOf(BASE_ACTIVE);
    assertEquals("#!/bin/sh\n", Files.readString(layer.resolve("dir/run")));
    assertEquals(0104755, Files.getAttribute(layer.resolve("dir/run"), "unix:mode"));
    assertEquals(040750, Files.getAttribute(layer.resolve("dir"), "unix:mode"));
    assertEquals(Path.of("run"), Files.readSymbolicLink(layer.resolve("dir/sh")));
    assertTrue(Files.isSameFile(layer.resolve("dir/run"), layer.resolve("dir/again")), "hardlink kept");
    assertEquals("long", Files.readString(layer.resolve(longName)));
    assertEquals(010600, Files.getAttribute(layer.resolve("dir/pipe"), "unix:mode", NOFOLLOW));
    FileTime mtime = FileTime.fromMillis(TestTar.MTIME * 1000);
    assertEquals(mtime, Files.getLastModifiedTime(layer.resolve("dir"), NOFOLLOW), "directory mtime set last");
    assertEquals(mtime, Files.getLastModifiedTime(layer.resolve("dir/sh"), NOFOLLOW), "symlink mtime");
  }

  @Test
  @Tag("privileged")
  void apply_devicesOwnersAndXattrs_appearAtMountSource() throws Exception {
    requireRoot();
    store.prepare(BASE_ACTIVE, Optional.empty());
    store.apply(BASE_ACTIVE, new TestTar().charDevice("dev/null", 1, 3, 0666).owner(1000, 2000)
        .pax("SCHILY.xattr.user.origin", "layer").file("home/user/file", "x").stream());
    Path layer = rootOf(BASE_ACTIVE);
    assertEquals(020666, Files.getAttribute(layer.resolve("dev/null"), "unix:mode", NOFOLLOW));
    assertEquals(259L, Files.getAttribute(layer.resolve("dev/null"), "unix:rdev", NOFOLLOW));
    assertEquals(1000, Files.getAttribute(layer.resolve("home/user/file"), "unix:uid"));
    assertEquals(2000, Files.getAttribute(layer.resolve("home/user/file"), "unix:gid"));
    var xattrs = Files.getFileAttributeView(layer.resolve("home/user/file"),
        java.nio.file.attribute.UserDefinedFileAttributeView.class);
    assertEquals(List.of("origin"), xattrs.list());
  }

  @Test
  void apply_missingKey_throwsNotFound() {
    NotFoundException e = assertThrows(NotFoundException.class,
        () -> store.apply(BASE_ACTIVE, new TestTar().file("f", "x").stream()));
    assertMentions(e, BASE_ACTIVE.value());
  }

  @Test
  void apply_committedKey_throwsInvalidState() throws Exception {
    commitLayer(BASE, Optional.empty(), new TestTar().file("f", "x"));
    InvalidStateException e = assertThrows(InvalidStateException.class,
        () -> store.apply(BASE, new TestTar().file("f", "changed").stream()));
    assertMentions(e, BASE.value());
    assertEquals("x", Files.readString(rootOf(BASE).resolve("f")));
  }

  @Test
  void apply_toChild_leavesParentUnchanged() throws Exception {
    commitLayer(BASE, Optional.empty(), new TestTar().file("f", "parent"));
    store.prepare(CHILD, Optional.of(BASE));
    store.apply(CHILD, new TestTar().file("f", "child").file("new", "n").stream());
    assertEquals("child", Files.readString(rootOf(CHILD).resolve("f")));
    assertEquals("parent", Files.readString(rootOf(BASE).resolve("f")));
    assertFalse(Files.exists(rootOf(BASE).resolve("new")), "parent gains no file");
  }

  @Test
  void apply_whiteout_hidesParentFileAndDirectoryInChild() throws Exception {
    commitLayer(BASE, Optional.empty(), new TestTar().dir("etc").file("etc/gone", "x").file("etc/kept", "k")
        .dir("var/cache").file("var/cache/blob", "b"));
    store.prepare(CHILD, Optional.of(BASE));
    store.apply(CHILD, new TestTar().file("etc/.wh.gone", "").file("var/.wh.cache", "").stream());
    Path child = rootOf(CHILD);
    assertEquals(Set.of("etc", "etc/kept", "var"), names(child, "etc", "var"));
    assertFalse(Files.exists(child.resolve("etc/.wh.gone"), NOFOLLOW), "whiteout marker itself is not visible");
    assertTrue(Files.exists(rootOf(BASE).resolve("etc/gone")), "parent keeps its file");
  }

  @Test
  void apply_opaqueDirectory_hidesParentContentKeepsLayersOwn() throws Exception {
    commitLayer(BASE, Optional.empty(), new TestTar().dir("opt").file("opt/old", "o").dir("opt/sub")
        .file("opt/sub/older", "o"));
    store.prepare(CHILD, Optional.of(BASE));
    store.apply(CHILD, new TestTar().dir("opt").file("opt/.wh..wh..opq", "").file("opt/new", "n").stream());
    assertEquals(Set.of("opt", "opt/new"), names(rootOf(CHILD), "opt"));
    assertEquals(Set.of("opt", "opt/old", "opt/sub", "opt/sub/older"), names(rootOf(BASE), "opt"));
  }

  // --- hostile archives: refused with InvalidArgumentException naming the entry; nothing outside the layer

  @Test
  void apply_dotDotEntry_refusedAndNothingOutside() throws Exception {
    assertRefused("../".repeat(40) + sentinel.toString().substring(1) + "/escaped",
        tar -> tar.file("../".repeat(40) + sentinel.toString().substring(1) + "/escaped", "pwned"));
  }

  @Test
  void apply_absoluteEntry_refusedAndNothingOutside() throws Exception {
    assertRefused(sentinel + "/escaped", tar -> tar.file(sentinel + "/escaped", "pwned"));
  }

  @Test
  void apply_symlinkThenFileThroughIt_refusedAndNothingOutside() throws Exception {
    assertRefused("link/escaped", tar -> tar.symlink("link", sentinel.toString()).file("link/escaped", "pwned"));
  }

  @Test
  void apply_relativeSymlinkUpThenFileThroughIt_refusedAndNothingOutside() throws Exception {
    assertRefused("up/escaped", tar -> tar.symlink("up", "../".repeat(40) + sentinel.toString().substring(1))
        .file("up/escaped", "pwned"));
  }

  @Test
  void apply_symlinkInParentLayerThenFileThroughIt_refusedAndNothingOutside() throws Exception {
    commitLayer(BASE, Optional.empty(), new TestTar().symlink("link", sentinel.toString()));
    store.prepare(CHILD, Optional.of(BASE));
    InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
        () -> store.apply(CHILD, new TestTar().file("link/escaped", "pwned").stream()));
    assertMentions(e, "link/escaped");
    assertSentinelUntouched();
  }

  @Test
  void apply_whiteoutThroughParentLayerSymlink_refusedAndNothingDeletedOutside() throws Exception {
    commitLayer(BASE, Optional.empty(), new TestTar().symlink("link", sentinel.toString()));
    store.prepare(CHILD, Optional.of(BASE));
    InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
        () -> store.apply(CHILD, new TestTar().file("link/.wh.victim", "").stream()));
    assertMentions(e, "link/.wh.victim");
    assertSentinelUntouched();
  }

  @Test
  void apply_hardlinkToEtcPasswd_refusedAndPasswdUntouched() throws Exception {
    Object links = Files.getAttribute(Path.of("/etc/passwd"), "unix:nlink");
    assertRefused("passwd", tar -> tar.hardlink("passwd", "/etc/passwd"));
    assertEquals(links, Files.getAttribute(Path.of("/etc/passwd"), "unix:nlink"));
  }

  @Test
  void apply_hardlinkUpAndOut_refused() throws Exception {
    assertRefused("stolen", tar -> tar.hardlink("stolen", "../".repeat(40) + sentinel.toString().substring(1)
        + "/victim"));
  }

  @Test
  void apply_hardlinkThroughSymlink_refused() throws Exception {
    assertRefused("stolen", tar -> tar.symlink("out", sentinel.toString()).hardlink("stolen", "out/victim"));
  }

  // --- commit

  @Test
  void commit_activeKey_createsCommittedNameAndRemovesKey() throws Exception {
    store.prepare(BASE_ACTIVE, Optional.empty());
    store.apply(BASE_ACTIVE, new TestTar().file("f", "x").stream());
    store.commit(BASE_ACTIVE, BASE);
    assertEquals(Optional.empty(), store.stat(BASE_ACTIVE));
    assertEquals(Optional.of(new LayerInfo(BASE, Optional.empty(), LayerInfo.Kind.COMMITTED)), store.stat(BASE));
    assertEquals("x", Files.readString(rootOf(BASE).resolve("f")));
    assertThrows(NotFoundException.class, () -> store.prepare(CHILD, Optional.of(BASE_ACTIVE)));
  }

  @Test
  void commit_child_keepsParent() throws Exception {
    commitLayer(BASE, Optional.empty(), new TestTar().file("f", "x"));
    store.prepare(CHILD, Optional.of(BASE));
    store.commit(CHILD, CHILD_COMMITTED);
    assertEquals(Optional.of(new LayerInfo(CHILD_COMMITTED, Optional.of(BASE), LayerInfo.Kind.COMMITTED)),
        store.stat(CHILD_COMMITTED));
  }

  @Test
  void commit_missingKey_throwsNotFound() {
    NotFoundException e = assertThrows(NotFoundException.class, () -> store.commit(BASE_ACTIVE, BASE));
    assertMentions(e, BASE_ACTIVE.value());
  }

  @Test
  void commit_committedKey_throwsInvalidState() throws Exception {
    commitLayer(BASE, Optional.empty(), new TestTar().file("f", "x"));
    InvalidStateException e = assertThrows(InvalidStateException.class, () -> store.commit(BASE, CHILD_COMMITTED));
    assertMentions(e, BASE.value());
  }

  @Test
  void commit_existingName_throwsAlreadyExistsAndKeepsKey() throws Exception {
    commitLayer(BASE, Optional.empty(), new TestTar().file("f", "x"));
    store.prepare(CHILD, Optional.empty());
    AlreadyExistsException e = assertThrows(AlreadyExistsException.class, () -> store.commit(CHILD, BASE));
    assertMentions(e, BASE.value());
    assertEquals(LayerInfo.Kind.ACTIVE, store.stat(CHILD).orElseThrow().kind());
  }

  // --- remove

  @Test
  void remove_layer_deletesIt() throws Exception {
    commitLayer(BASE, Optional.empty(), new TestTar().file("f", "x"));
    store.remove(BASE);
    assertEquals(Optional.empty(), store.stat(BASE));
    assertEquals(List.of(), store.list());
    assertThrows(NotFoundException.class, () -> store.mounts(BASE));
  }

  @Test
  void remove_parentOfAnotherLayer_throwsInvalidState() throws Exception {
    commitLayer(BASE, Optional.empty(), new TestTar().file("f", "x"));
    store.prepare(CHILD, Optional.of(BASE));
    InvalidStateException e = assertThrows(InvalidStateException.class, () -> store.remove(BASE));
    assertMentions(e, BASE.value());
    store.remove(CHILD);
    store.remove(BASE);
    assertEquals(List.of(), store.list());
  }

  @Test
  void remove_missingKey_throwsNotFound() {
    NotFoundException e = assertThrows(NotFoundException.class, () -> store.remove(BASE));
    assertMentions(e, BASE.value());
  }

  @Test
  void remove_layerWithSymlinkToOutside_keepsOutside() throws Exception {
    commitLayer(BASE, Optional.empty(), new TestTar().symlink("link", sentinel.toString())
        .symlink("victim", sentinel.resolve("victim").toString()));
    store.remove(BASE);
    assertSentinelUntouched();
  }

  // --- helpers

  protected interface TarContent {
    TestTar add(TestTar tar);
  }

  /** Applies the hostile tar to a fresh ACTIVE layer and checks the refusal names {@code entry}. */
  protected void assertRefused(String entry, TarContent content) throws Exception {
    store.prepare(BASE_ACTIVE, Optional.empty());
    InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
        () -> store.apply(BASE_ACTIVE, content.add(new TestTar()).stream()));
    assertMentions(e, entry);
    assertSentinelUntouched();
  }

  protected void assertSentinelUntouched() throws IOException {
    try (var names = Files.list(sentinel)) {
      assertEquals(List.of(sentinel.resolve("victim")), names.toList(), "sentinel beside the store root");
    }
    assertEquals("untouched", Files.readString(sentinel.resolve("victim")));
  }

  protected static void assertMentions(EngineException e, String text) {
    assertTrue(e.getMessage().contains(text), "message '" + e.getMessage() + "' names '" + text + "'");
  }

  protected static void requireRoot() throws IOException {
    if ((int) Files.getAttribute(Path.of("/proc/self"), "unix:uid") != 0) {
      throw new AssertionError("this privileged test needs root (mknod of devices, chown)");
    }
  }

  /** Relative names of everything under the given top-level names of {@code layer}. */
  private static Set<String> names(Path layer, String... tops) throws IOException {
    Set<String> names = new java.util.TreeSet<>();
    for (String top : tops) {
      try (var walk = Files.walk(layer.resolve(top))) {
        names.addAll(walk.map(p -> layer.relativize(p).toString()).collect(Collectors.toSet()));
      }
    }
    return names;
  }
}
