package io.jpod.adapters.archfixtureruntimetar;

import java.io.OutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/** Breaks COMMONS_COMPRESS_ONLY_IN_HOST_AND_STORAGE_ADAPTERS: an adapter without a LayerStoreProvider writing tar. */
final class BundleArchive {
  TarArchiveOutputStream open(OutputStream out) {
    return new TarArchiveOutputStream(out);
  }
}
