package io.jpod.adapters.overlay;

import io.jpod.host.archive.LayerArchive;
import io.jpod.host.archive.WhiteoutMode;
import io.jpod.host.layers.LayerLayout;
import io.jpod.ports.BackendException;
import io.jpod.ports.LayerDiff;
import io.jpod.ports.MountSpec;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An overlay layer's tree holds only its own changes, {@code diff/}, and overlayfs's {@code work/}: a new layer is
 * two empty directories whatever its parent's size, and its root is an overlay mount of the ancestors' diffs.
 */
final class OverlayLayout implements LayerLayout {
  /** The kernel reads mount options from one page, terminator included. */
  private static final int MAX_OPTIONS = 4095;

  @Override
  public String driver() {
    return OverlayProvider.NAME;
  }

  @Override
  public void create(Path tree, Optional<Path> parentTree) throws IOException {
    Files.createDirectory(tree);
    Files.createDirectory(diff(tree));
    Files.createDirectory(tree.resolve("work"));
  }

  /** Into the diff, whiteouts kept as overlayfs's own, parent directories judged as the mounted root shows them. */
  @Override
  public LayerDiff apply(InputStream tar, Path tree, List<Path> lowerTrees) throws IOException {
    List<Path> lowerDiffs = new ArrayList<>();
    for (Path lower : lowerTrees) {
      lowerDiffs.add(diff(lower));
    }
    return LayerArchive.apply(tar, diff(tree), WhiteoutMode.OVERLAY, lowerDiffs);
  }

  /**
   * A layer with nothing below it is its diff, bind-mounted. Otherwise an overlay: an ACTIVE layer's diff is the
   * upper directory; a COMMITTED layer's diff is the top lower directory of a read-only overlay.
   */
  @Override
  public List<MountSpec> mounts(Path tree, List<Path> lowerTrees, boolean writable) throws BackendException {
    String access = writable ? "rw" : "ro";
    if (lowerTrees.isEmpty()) {
      return List.of(new MountSpec("bind", diff(tree).toString(), List.of("rbind", access)));
    }
    List<String> lowers = new ArrayList<>();
    if (!writable) {
      lowers.add(checked(diff(tree)));
    }
    for (Path lower : lowerTrees) {
      lowers.add(checked(diff(lower)));
    }
    List<String> options = new ArrayList<>();
    options.add("lowerdir=" + String.join(":", lowers));
    if (writable) {
      options.add("upperdir=" + checked(diff(tree)));
      options.add("workdir=" + checked(tree.resolve("work")));
    } else {
      options.add("ro");
    }
    int length = String.join(",", options).length();
    if (length > MAX_OPTIONS) {
      throw new BackendException("cannot mount layer " + tree.getFileName() + ": its " + lowerTrees.size()
          + " ancestors need " + length + " bytes of overlay options, more than the kernel's " + MAX_OPTIONS);
    }
    return List.of(new MountSpec("overlay", "overlay", options));
  }

  private static Path diff(Path tree) {
    return tree.resolve("diff");
  }

  /** overlayfs splits its options at ',' and its lower directories at ':'. */
  private static String checked(Path dir) throws BackendException {
    String text = dir.toString();
    if (text.contains(",") || text.contains(":")) {
      throw new BackendException("cannot use " + text + " in an overlay mount: its path contains ',' or ':'");
    }
    return text;
  }
}
