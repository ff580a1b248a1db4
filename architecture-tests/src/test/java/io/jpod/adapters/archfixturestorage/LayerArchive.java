package io.jpod.adapters.archfixturestorage;

import java.io.IOException;
import java.io.InputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/** Package-private, and uses commons-compress: allowed in a storage adapter. */
final class LayerArchive {
  String firstEntry(InputStream layer) throws IOException {
    try (TarArchiveInputStream tar = new TarArchiveInputStream(layer)) {
      return tar.getNextEntry().getName();
    }
  }
}
