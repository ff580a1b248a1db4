package io.jpod.host.layers;

import io.jpod.host.archive.WhiteoutMode;
import io.jpod.ports.MountSpec;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** What a storage driver keeps in a layer's tree and how the tree becomes a root filesystem. */
public interface LayerLayout {
  /** The driver's name, recorded in the store it owns. */
  String driver();

  /** Fills the new, not yet existing, {@code tree} of a layer above {@code parentTree} (or none). */
  void create(Path tree, Optional<Path> parentTree) throws IOException;

  /** Where a layer tar is applied inside {@code tree}, and how its whiteouts are kept there. */
  Path contents(Path tree);

  WhiteoutMode whiteouts();

  /**
   * The mounts of a layer's root: {@code tree} is the layer's, {@code lowerTrees} its ancestors', nearest first;
   * writable for an ACTIVE layer, read-only for a COMMITTED one.
   */
  List<MountSpec> mounts(Path tree, List<Path> lowerTrees, boolean writable);
}
