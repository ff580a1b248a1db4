package io.jpod.domain.archfixture.compliant;

import io.jpod.ports.BackendException;
import io.jpod.ports.ContainerId;
import io.jpod.ports.InvalidStateException;
import io.jpod.ports.NotFoundException;
import io.jpod.ports.OciRuntime;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.List;

/** Keeps the domain rules: ports, the JDK (paths as values, no file access) and jakarta.inject. */
public final class StartUseCase {
  private final OciRuntime runtime;

  @Inject
  public StartUseCase(OciRuntime runtime) {
    this.runtime = runtime;
  }

  public List<Path> start(ContainerId id, Path bundle)
      throws NotFoundException, InvalidStateException, BackendException {
    runtime.start(id);
    return List.of(bundle.resolve("config.json"));
  }
}
