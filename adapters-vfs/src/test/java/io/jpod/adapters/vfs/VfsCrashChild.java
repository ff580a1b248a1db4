package io.jpod.adapters.vfs;

import io.jpod.ports.LayerKey;
import io.jpod.ports.LayerStore;
import io.jpod.ports.StorageSettings;
import io.jpod.ports.contract.TestTar;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.Map;
import java.util.Optional;

/** Run in a child JVM by {@link VfsCrashTest}: applies an endless tar to layer "victim" until it is killed. */
final class VfsCrashChild {
  private VfsCrashChild() {}

  public static void main(String[] args) throws Exception {
    LayerStore store = new VfsProvider().open(new StorageSettings(Path.of(args[0]), Map.of()));
    LayerKey victim = new LayerKey("victim");
    store.prepare(victim, Optional.empty());
    System.out.println("applying");
    System.out.flush();
    store.apply(victim, endlessTar());
  }

  private static InputStream endlessTar() {
    return new SequenceInputStream(new Enumeration<InputStream>() {
      private long next;

      @Override
      public boolean hasMoreElements() {
        return true;
      }

      @Override
      public InputStream nextElement() {
        byte[] archive = new TestTar().file("f" + next++, "x".repeat(4096)).bytes();
        return new ByteArrayInputStream(Arrays.copyOf(archive, archive.length - 1024));
      }
    });
  }
}
