package io.jpod.adapters.vfs;

import io.jpod.host.archive.LayerArchive;
import io.jpod.host.archive.Trees;
import io.jpod.host.archive.WhiteoutMode;
import io.jpod.host.layers.LayerLayout;
import io.jpod.ports.LayerDiff;
import io.jpod.ports.MountSpec;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** A vfs layer's tree is its whole root filesystem: a copy of its parent's, changed in place. */
final class VfsLayout implements LayerLayout {
  @Override
  public String driver() {
    return VfsProvider.NAME;
  }

  @Override
  public void create(Path tree, Optional<Path> parentTree) throws IOException {
    if (parentTree.isPresent()) {
      Trees.copy(parentTree.get(), tree);
    } else {
      Files.createDirectory(tree);
    }
  }

  /** The tree holds the whole root, ancestors' files included: whited-out names are deleted from it. */
  @Override
  public LayerDiff apply(InputStream tar, Path tree, List<Path> lowerTrees) throws IOException {
    return LayerArchive.apply(tar, tree, WhiteoutMode.DELETE);
  }

  @Override
  public List<MountSpec> mounts(Path tree, List<Path> lowerTrees, boolean writable) {
    return List.of(new MountSpec("bind", tree.toString(), List.of("rbind", writable ? "rw" : "ro")));
  }
}
