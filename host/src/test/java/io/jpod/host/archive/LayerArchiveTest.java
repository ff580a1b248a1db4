package io.jpod.host.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jpod.ports.LayerDiff;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LayerArchiveTest {
  private static final LinkOption NOFOLLOW = LinkOption.NOFOLLOW_LINKS;
  @TempDir Path base;

  private Path target() throws Exception {
    return Files.createDirectories(base.resolve("target"));
  }

  private Path sentinel() throws Exception {
    return Files.createDirectories(base.resolve("sentinel"));
  }

  private static LayerDiff apply(byte[] tar, Path target) throws Exception {
    return LayerArchive.apply(new ByteArrayInputStream(tar), target, WhiteoutMode.DELETE);
  }

  @Test
  void apply_tar_returnsSha256OfAllTarBytesAndContentSize() throws Exception {
    byte[] tar = new Tars().file("a", "hello").file("b", "world!").bytes();
    LayerDiff diff = apply(tar, target());
    assertThat(diff.diffId().toString())
        .isEqualTo("sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(tar)));
    assertThat(diff.size()).isEqualTo(11);
  }

  @Test
  void apply_filesDirsLinks_recreatesTreeWithModesAndMtimes() throws Exception {
    Path target = target();
    byte[] tar = new Tars().dir("bin").file("bin/busybox", "elf", 04755, e -> {}).symlink("bin/sh", "busybox")
        .hardlink("bin/ls", "bin/busybox").file("deep/implicit/file", "x").bytes();
    apply(tar, target);
    assertThat(target.resolve("bin/busybox")).hasContent("elf");
    assertThat(Files.getAttribute(target.resolve("bin/busybox"), "unix:mode")).isEqualTo(0100000 | 04755);
    assertThat(Files.readSymbolicLink(target.resolve("bin/sh"))).isEqualTo(Path.of("busybox"));
    assertThat(Files.isSameFile(target.resolve("bin/ls"), target.resolve("bin/busybox"))).isTrue();
    assertThat(Files.getLastModifiedTime(target.resolve("bin"), NOFOLLOW)).isEqualTo(Tars.MTIME);
    assertThat(Files.getLastModifiedTime(target.resolve("bin/sh"), NOFOLLOW)).isEqualTo(Tars.MTIME);
    assertThat(target.resolve("deep/implicit/file")).hasContent("x");
  }

  @Test
  void apply_fileReplacingSymlink_replacesLinkNotItsTarget() throws Exception {
    Path target = target();
    Path outside = Files.writeString(sentinel().resolve("keep"), "original");
    Files.createSymbolicLink(target.resolve("f"), outside);
    apply(new Tars().file("f", "new").bytes(), target);
    assertThat(Files.isSymbolicLink(target.resolve("f"))).isFalse();
    assertThat(target.resolve("f")).hasContent("new");
    assertThat(outside).hasContent("original");
  }

  @Test
  void apply_userXattrInPaxHeader_restored() throws Exception {
    Path target = target();
    apply(new Tars().file("f", "x", 0644, e -> e.addPaxHeader("SCHILY.xattr.user.test", "value")).bytes(), target);
    assertThat(new String(Libc.getXattr(target.resolve("f"), "user.test"))).isEqualTo("value");
  }

  @Test
  void apply_whiteout_deletesLowerFileAndDirectory() throws Exception {
    Path target = target();
    Files.writeString(target.resolve("gone"), "x");
    Files.createDirectories(target.resolve("dir/sub"));
    apply(new Tars().file(".wh.gone", "").file(".wh.dir", "").file(".wh.never-existed", "").bytes(), target);
    assertThat(target).isEmptyDirectory();
  }

  @Test
  void apply_whiteoutOfNameMadeBySameLayer_keepsIt() throws Exception {
    Path target = target();
    apply(new Tars().file("own", "mine").file(".wh.own", "").bytes(), target);
    assertThat(target.resolve("own")).hasContent("mine");
  }

  @Test
  void apply_opaqueMarker_deletesLowerContentKeepsThisLayers() throws Exception {
    Path target = target();
    Files.createDirectories(target.resolve("d/lowerdir"));
    Files.createDirectories(target.resolve("d/mixed"));
    Files.writeString(target.resolve("d/lower"), "x");
    Files.writeString(target.resolve("d/mixed/lower"), "x");
    apply(new Tars().dir("d").file("d/mixed/own", "y").file("d/.wh..wh..opq", "").file("d/own", "z").bytes(), target);
    try (var names = Files.walk(target.resolve("d"))) {
      assertThat(names.map(p -> target.relativize(p).toString()))
          .containsExactlyInAnyOrder("d", "d/mixed", "d/mixed/own", "d/own");
    }
  }

  @Test
  void apply_whiteoutThroughSymlink_refusedAndOutsideKept() throws Exception {
    Path target = target();
    Path outside = Files.writeString(sentinel().resolve("victim"), "x");
    Files.createSymbolicLink(target.resolve("link"), outside.getParent());
    assertThatThrownBy(() -> apply(new Tars().file("link/.wh.victim", "").bytes(), target))
        .isInstanceOf(UnsafeArchiveException.class)
        .hasMessage("layer entry 'link/.wh.victim': path runs through symlink 'link'");
    assertThat(outside).hasContent("x");
  }

  @Test
  void apply_symlinkThenFileThroughIt_refusedAndNothingOutside() throws Exception {
    Path target = target();
    Path sentinel = sentinel();
    byte[] tar = new Tars().symlink("escape", sentinel.toString()).file("escape/owned", "pwned").bytes();
    assertThatThrownBy(() -> apply(tar, target))
        .isInstanceOf(UnsafeArchiveException.class)
        .hasMessage("layer entry 'escape/owned': path runs through symlink 'escape'");
    assertThat(sentinel).isEmptyDirectory();
  }

  @Test
  void apply_dotDotEntry_refused() throws Exception {
    Path target = target();
    assertThatThrownBy(() -> apply(new Tars().file("../sentinel/x", "pwned").bytes(), target))
        .isInstanceOf(UnsafeArchiveException.class).hasMessage("layer entry '../sentinel/x': '..' in path");
    assertThat(sentinel()).isEmptyDirectory();
  }

  @Test
  void apply_hardlinkToAbsolutePath_refused() throws Exception {
    Path target = target();
    assertThatThrownBy(() -> apply(new Tars().hardlink("passwd", "/etc/passwd").bytes(), target))
        .isInstanceOf(UnsafeArchiveException.class)
        .hasMessage("layer entry 'passwd': hardlink target '/etc/passwd': absolute path");
    assertThat(target.resolve("passwd")).doesNotExist();
  }

  @Test
  void apply_hardlinkThroughSymlink_refused() throws Exception {
    Path target = target();
    Files.writeString(sentinel().resolve("secret"), "s");
    byte[] tar = new Tars().symlink("out", sentinel().toString()).hardlink("stolen", "out/secret").bytes();
    assertThatThrownBy(() -> apply(tar, target))
        .isInstanceOf(UnsafeArchiveException.class)
        .hasMessage("layer entry 'stolen': path runs through symlink 'out'");
    assertThat(target.resolve("stolen")).doesNotExist();
  }

  @Test
  void apply_symlinkToOutsideThenDirEntryOverIt_replacesLinkWithDirectory() throws Exception {
    Path target = target();
    Path sentinel = sentinel();
    byte[] tar = new Tars().symlink("d", sentinel.toString()).dir("d").file("d/x", "inside").bytes();
    apply(tar, target);
    assertThat(target.resolve("d/x")).hasContent("inside");
    assertThat(sentinel).isEmptyDirectory();
  }

  @Test
  @Tag("privileged")
  void apply_devicesFifoAndOwners_created() throws Exception {
    Tars.requireRoot();
    Path target = target();
    byte[] tar = new Tars().special("dev/null", TarConstants.LF_CHR, 1, 3, 0666)
        .special("dev/loop", TarConstants.LF_BLK, 7, 0, 0660).special("fifo", TarConstants.LF_FIFO, 0, 0, 0600)
        .file("owned", "x", 0644, e -> e.setIds(1234, 5678)).bytes();
    apply(tar, target);
    assertThat(Files.getAttribute(target.resolve("dev/null"), "unix:mode")).isEqualTo(0020666);
    assertThat(Files.getAttribute(target.resolve("dev/null"), "unix:rdev")).isEqualTo(Libc.makedev(1, 3));
    assertThat(Files.getAttribute(target.resolve("dev/loop"), "unix:mode")).isEqualTo(0060660);
    assertThat(Files.getAttribute(target.resolve("fifo"), "unix:mode")).isEqualTo(0010600);
    assertThat(Files.getAttribute(target.resolve("owned"), "unix:uid")).isEqualTo(1234);
    assertThat(Files.getAttribute(target.resolve("owned"), "unix:gid")).isEqualTo(5678);
  }

  @Test
  @Tag("privileged")
  void apply_overlayMode_writesWhiteoutDevicesAndOpaqueXattr() throws Exception {
    Tars.requireRoot();
    Path target = target();
    byte[] tar = new Tars().dir("d").file("d/.wh..wh..opq", "").file(".wh.gone", "").bytes();
    LayerArchive.apply(new ByteArrayInputStream(tar), target, WhiteoutMode.OVERLAY);
    assertThat(Files.getAttribute(target.resolve("gone"), "unix:mode")).isEqualTo(0020000);
    assertThat(Files.getAttribute(target.resolve("gone"), "unix:rdev")).isEqualTo(0L);
    assertThat(new String(Libc.getXattr(target.resolve("d"), "trusted.overlay.opaque"))).isEqualTo("y");
    assertThat(target.resolve("d/.wh..wh..opq")).doesNotExist();
  }
}
