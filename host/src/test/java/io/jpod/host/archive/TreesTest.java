package io.jpod.host.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TreesTest {
  private static final LinkOption NOFOLLOW = LinkOption.NOFOLLOW_LINKS;
  private static final FileTime MTIME = FileTime.fromMillis(1_500_000_000_000L);
  @TempDir Path base;

  @Test
  void copy_tree_keepsTypesModesTimesHardlinksAndXattrs() throws Exception {
    Path source = Files.createDirectories(base.resolve("source/dir"));
    Files.writeString(source.resolve("file"), "content");
    Files.setAttribute(source.resolve("file"), "unix:mode", 04750);
    Libc.setXattr(source.resolve("file"), "user.k", "v".getBytes());
    Files.createLink(source.resolve("link"), source.resolve("file"));
    Files.createSymbolicLink(source.resolve("sym"), Path.of("/etc/passwd"));
    Libc.mknod(source.resolve("fifo"), Libc.S_IFIFO | 0640, 0);
    Files.setLastModifiedTime(source.resolve("file"), MTIME);
    Files.getFileAttributeView(source.resolve("sym"), java.nio.file.attribute.BasicFileAttributeView.class, NOFOLLOW)
        .setTimes(MTIME, null, null);
    Files.setLastModifiedTime(source, MTIME);

    Path copy = base.resolve("copy");
    Trees.copy(base.resolve("source"), copy);

    Path dir = copy.resolve("dir");
    assertThat(dir.resolve("file")).hasContent("content");
    assertThat(Files.getAttribute(dir.resolve("file"), "unix:mode")).isEqualTo(0104750);
    assertThat(new String(Libc.getXattr(dir.resolve("file"), "user.k"))).isEqualTo("v");
    assertThat(Files.isSameFile(dir.resolve("link"), dir.resolve("file"))).isTrue();
    assertThat(Files.isSameFile(dir.resolve("file"), source.resolve("file"))).isFalse();
    assertThat(Files.readSymbolicLink(dir.resolve("sym"))).isEqualTo(Path.of("/etc/passwd"));
    assertThat(Files.getLastModifiedTime(dir.resolve("sym"), NOFOLLOW)).isEqualTo(MTIME);
    assertThat(Files.getAttribute(dir.resolve("fifo"), "unix:mode")).isEqualTo(0010640);
    assertThat(Files.getLastModifiedTime(dir.resolve("file"))).isEqualTo(MTIME);
    assertThat(Files.getLastModifiedTime(dir)).isEqualTo(MTIME);
  }

  @Test
  @Tag("privileged")
  void copy_foreignOwnerAndDevice_kept() throws Exception {
    Tars.requireRoot();
    Path source = Files.createDirectories(base.resolve("source"));
    Libc.mknod(source.resolve("null"), Libc.S_IFCHR | 0666, Libc.makedev(1, 3));
    Files.writeString(source.resolve("owned"), "x");
    Files.setAttribute(source.resolve("owned"), "unix:uid", 4321);
    Trees.copy(source, base.resolve("copy"));
    assertThat(Files.getAttribute(base.resolve("copy/null"), "unix:rdev")).isEqualTo(Libc.makedev(1, 3));
    assertThat(Files.getAttribute(base.resolve("copy/owned"), "unix:uid")).isEqualTo(4321);
  }

  @Test
  void deleteRecursively_treeWithSymlinkToOutside_deletesLinkNotTarget() throws Exception {
    Path outside = Files.writeString(Files.createDirectories(base.resolve("outside")).resolve("keep"), "x");
    Path tree = Files.createDirectories(base.resolve("tree/sub"));
    Files.createSymbolicLink(tree.resolve("link"), outside.getParent());
    Trees.deleteRecursively(base.resolve("tree"));
    assertThat(base.resolve("tree")).doesNotExist();
    assertThat(outside).hasContent("x");
  }

  @Test
  void deleteRecursively_missingPath_doesNothing() throws Exception {
    Trees.deleteRecursively(base.resolve("absent"));
    assertThat(base).isEmptyDirectory();
  }
}
