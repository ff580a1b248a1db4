package io.jpod.ports.archfixture.compliant;

import io.jpod.ports.Digest;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Keeps PORTS_DEPEND_ON_JDK_ONLY: a record of JDK and ports types. */
public record LayerView(Digest digest, List<Path> paths, Optional<Instant> created, String[] labels) {
  public LayerView {
    paths = List.copyOf(paths);
    labels = labels.clone();
  }
}
