package io.jpod.host.layers;

import io.jpod.ports.BackendException;
import io.jpod.ports.LayerDiff;
import io.jpod.ports.MountSpec;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** What a storage driver keeps in a layer's tree and how the tree becomes a root filesystem. */
public interface LayerLayout {
  /** The driver's name, recorded in the store it owns. */
  String driver();

  /** Fills the new, not yet existing, {@code tree} of a layer above {@code parentTree} (or none). */
  void create(Path tree, Optional<Path> parentTree) throws IOException;

  /**
   * Applies a layer tar to {@code tree}, above {@code lowerTrees} (its ancestors', nearest first), refusing any
   * entry that would reach outside it (see {@link io.jpod.host.archive.LayerArchive}).
   */
  LayerDiff apply(InputStream tar, Path tree, List<Path> lowerTrees) throws IOException;

  /**
   * The mounts of a layer's root: {@code tree} is the layer's, {@code lowerTrees} its ancestors', nearest first;
   * writable for an ACTIVE layer, read-only for a COMMITTED one.
   */
  List<MountSpec> mounts(Path tree, List<Path> lowerTrees, boolean writable) throws BackendException;
}
