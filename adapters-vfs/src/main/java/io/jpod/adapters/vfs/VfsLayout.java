package io.jpod.adapters.vfs;

import io.jpod.host.archive.Trees;
import io.jpod.host.archive.WhiteoutMode;
import io.jpod.host.layers.LayerLayout;
import io.jpod.ports.MountSpec;
import java.io.IOException;
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

  @Override
  public Path contents(Path tree) {
    return tree;
  }

  @Override
  public WhiteoutMode whiteouts() {
    return WhiteoutMode.DELETE;
  }

  @Override
  public List<MountSpec> mounts(Path tree, List<Path> lowerTrees, boolean writable) {
    return List.of(new MountSpec("bind", tree.toString(), List.of("rbind", writable ? "rw" : "ro")));
  }
}
