package io.jpod.adapters.overlay;

import io.jpod.host.layers.DirectoryLayerStore;
import io.jpod.ports.BackendException;
import io.jpod.ports.InvalidArgumentException;
import io.jpod.ports.LayerStore;
import io.jpod.ports.LayerStoreProvider;
import io.jpod.ports.StorageSettings;
import io.jpod.ports.UnavailableException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The overlay storage driver: a layer keeps only its changes, and a root is mounted, not copied. */
public final class OverlayProvider implements LayerStoreProvider {
  static final String NAME = "overlay";
  private static final Path FILESYSTEMS = Path.of("/proc/filesystems");

  @Override
  public String name() {
    return NAME;
  }

  /** The kernel must know overlayfs; whiteouts (0/0 devices) and its trusted xattrs need root. */
  @Override
  public void probe() throws UnavailableException {
    try {
      if (Files.readAllLines(FILESYSTEMS).stream().noneMatch(line -> line.endsWith("\toverlay"))) {
        throw new UnavailableException("the kernel does not support overlay: no 'overlay' in " + FILESYSTEMS
            + " (modprobe overlay)");
      }
      if ((int) Files.getAttribute(Path.of("/proc/self"), "unix:uid") != 0) {
        throw new UnavailableException("overlay layers need root: their whiteouts are device files");
      }
    } catch (IOException e) {
      throw new UnavailableException("cannot read " + FILESYSTEMS + ": " + e.getMessage(), e);
    }
  }

  @Override
  public LayerStore open(StorageSettings settings) throws InvalidArgumentException, BackendException {
    return DirectoryLayerStore.open(new OverlayLayout(), settings);
  }
}
