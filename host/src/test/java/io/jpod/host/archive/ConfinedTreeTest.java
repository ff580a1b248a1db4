package io.jpod.host.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfinedTreeTest {
  @TempDir Path root;

  @Test
  void normalize_dotPrefixDoubleSlashAndTrailingSlash_returnsCleanRelativePath() throws Exception {
    assertThat(ConfinedTree.normalize("./usr//bin/./sh/")).isEqualTo("usr/bin/sh");
  }

  @Test
  void normalize_rootEntry_returnsEmpty() throws Exception {
    assertThat(ConfinedTree.normalize("./")).isEmpty();
  }

  @Test
  void normalize_leadingDotDot_refusedNamingEntry() {
    assertThatThrownBy(() -> ConfinedTree.normalize("../x"))
        .isInstanceOf(UnsafeArchiveException.class).hasMessage("layer entry '../x': '..' in path");
  }

  @Test
  void normalize_innerDotDotThatStaysInside_refused() {
    assertThatThrownBy(() -> ConfinedTree.normalize("a/../b"))
        .isInstanceOf(UnsafeArchiveException.class).hasMessage("layer entry 'a/../b': '..' in path");
  }

  @Test
  void normalize_absolutePath_refused() {
    assertThatThrownBy(() -> ConfinedTree.normalize("/etc/passwd"))
        .isInstanceOf(UnsafeArchiveException.class).hasMessage("layer entry '/etc/passwd': absolute path");
  }

  @Test
  void normalize_emptyName_refused() {
    assertThatThrownBy(() -> ConfinedTree.normalize(""))
        .isInstanceOf(UnsafeArchiveException.class).hasMessage("layer entry '': empty name");
  }

  @Test
  void directory_missingComponents_createsRealDirectories() throws Exception {
    Path dir = new ConfinedTree(root, List.of()).directory("a/b/c", "a/b");
    assertThat(dir).isEqualTo(root.resolve("a/b")).isDirectory();
  }

  @Test
  void directory_componentIsSymlinkToDirectory_refusedAndNothingCreatedBehindIt(@TempDir Path outside) throws Exception {
    Files.createSymbolicLink(root.resolve("link"), outside);
    assertThatThrownBy(() -> new ConfinedTree(root, List.of()).directory("link/sub/x", "link/sub"))
        .isInstanceOf(UnsafeArchiveException.class)
        .hasMessage("layer entry 'link/sub/x': path runs through symlink 'link'");
    assertThat(outside).isEmptyDirectory();
  }

  @Test
  void directory_componentIsRelativeSymlinkInside_refused() throws Exception {
    Files.createDirectory(root.resolve("real"));
    Files.createSymbolicLink(root.resolve("alias"), Path.of("real"));
    assertThatThrownBy(() -> new ConfinedTree(root, List.of()).directory("alias/x", "alias"))
        .isInstanceOf(UnsafeArchiveException.class).hasMessage("layer entry 'alias/x': path runs through symlink 'alias'");
  }

  @Test
  void directory_componentIsFile_refused() throws Exception {
    Files.writeString(root.resolve("file"), "x");
    assertThatThrownBy(() -> new ConfinedTree(root, List.of()).directory("file/x", "file"))
        .isInstanceOf(UnsafeArchiveException.class)
        .hasMessage("layer entry 'file/x': path runs through non-directory 'file'");
  }

  @Test
  void existingDirectory_missingComponent_returnsEmptyAndCreatesNothing() throws Exception {
    assertThat(new ConfinedTree(root, List.of()).existingDirectory(".wh.x", "a/b")).isEmpty();
    assertThat(root).isEmptyDirectory();
  }

  @Test
  void existingDirectory_danglingSymlinkComponent_refused() throws Exception {
    Files.createSymbolicLink(root.resolve("gone"), Path.of("/nonexistent"));
    assertThatThrownBy(() -> new ConfinedTree(root, List.of()).existingDirectory("gone/.wh.x", "gone"))
        .isInstanceOf(UnsafeArchiveException.class)
        .hasMessage("layer entry 'gone/.wh.x': path runs through symlink 'gone'");
  }

  // An overlay upper directory above lower ones (nearest first).

  @Test
  void directory_overlayLowerHasSymlinkThere_refusedNamingTheLowerLayer(@TempDir Path lower, @TempDir Path outside)
      throws Exception {
    Files.createSymbolicLink(lower.resolve("link"), outside);
    assertThatThrownBy(() -> new ConfinedTree(root, List.of(lower)).directory("link/x", "link"))
        .isInstanceOf(UnsafeArchiveException.class)
        .hasMessage("layer entry 'link/x': path runs through symlink 'link' of a lower layer");
    assertThat(root.resolve("link")).doesNotExist();
  }

  @Test
  void directory_overlayLowerHasFileThere_refused(@TempDir Path lower) throws Exception {
    Files.writeString(lower.resolve("file"), "f");
    assertThatThrownBy(() -> new ConfinedTree(root, List.of(lower)).directory("file/x", "file"))
        .isInstanceOf(UnsafeArchiveException.class)
        .hasMessage("layer entry 'file/x': path runs through non-directory 'file' of a lower layer");
  }

  @Test
  void directory_overlayLowerHasDirectory_createdInUpper(@TempDir Path lower) throws Exception {
    Files.createDirectories(lower.resolve("etc/ssl"));
    assertThat(new ConfinedTree(root, List.of(lower)).directory("etc/ssl/x", "etc/ssl")).isDirectory();
  }

  @Test
  void directory_overlayLowerDirectoryIsSticky_upperCopyKeepsItsMode(@TempDir Path lower) throws Exception {
    Path tmp = Files.createDirectory(lower.resolve("tmp"));
    Files.setAttribute(tmp, "unix:mode", 01777);
    Path made = new ConfinedTree(root, List.of(lower)).directory("tmp/x", "tmp");
    assertThat((int) Files.getAttribute(made, "unix:mode") & 07777).isEqualTo(01777);
  }

  @Test
  void directory_overlaySymlinkHiddenByNearerLowerDirectory_allowed(@TempDir Path near, @TempDir Path far,
      @TempDir Path outside) throws Exception {
    Files.createDirectories(near.resolve("d"));
    Files.createSymbolicLink(far.resolve("d"), outside);
    assertThat(new ConfinedTree(root, List.of(near, far)).directory("d/x", "d")).isDirectory();
  }

  @Test
  @Tag("privileged")
  void directory_overlaySymlinkBelowAWhiteout_allowed(@TempDir Path near, @TempDir Path far, @TempDir Path outside)
      throws Exception {
    Libc.mknod(near.resolve("d"), Libc.S_IFCHR, 0);
    Files.createSymbolicLink(far.resolve("d"), outside);
    assertThat(new ConfinedTree(root, List.of(near, far)).directory("d/x", "d")).isDirectory();
  }
}
