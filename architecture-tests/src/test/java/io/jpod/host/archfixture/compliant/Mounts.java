package io.jpod.host.archfixture.compliant;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.jpod.ports.MountSpec;
import java.io.IOException;
import java.io.InputStream;
import jnr.ffi.LibraryLoader;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/** Keeps the host and library rules: jnr-ffi, Jackson, commons-compress and ports records. */
public final class Mounts {
  public interface LibC {
    int mount(String source, String target, String type, long flags, String data);
  }

  private final LibC libc = LibraryLoader.create(LibC.class).load("c");
  private final ObjectMapper mapper = new ObjectMapper();

  public int perform(MountSpec spec, String target) {
    return libc.mount(spec.source(), target, spec.type(), 0, String.join(",", spec.options()));
  }

  public String describe(MountSpec spec) throws IOException {
    return mapper.writeValueAsString(spec);
  }

  public String firstEntry(InputStream layer) throws IOException {
    try (TarArchiveInputStream tar = new TarArchiveInputStream(layer)) {
      return tar.getNextEntry().getName();
    }
  }
}
