package io.jpod.domain;

import io.jpod.ports.AlreadyExistsException;
import io.jpod.ports.ContainerId;
import io.jpod.ports.ContainerRecord;
import io.jpod.ports.ContainerState;
import io.jpod.ports.ContainerStatus;
import io.jpod.ports.EngineException;
import io.jpod.ports.ImageRecord;
import io.jpod.ports.InvalidArgumentException;
import io.jpod.ports.InvalidStateException;
import io.jpod.ports.LayerKey;
import io.jpod.ports.LayerStore;
import io.jpod.ports.MountSpec;
import io.jpod.ports.NotFoundException;
import io.jpod.ports.OciRuntime;
import io.jpod.ports.RuntimeSpec;
import io.jpod.ports.RuntimeState;
import io.jpod.ports.StateStore;
import io.jpod.ports.StateTransaction;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;

/** Containers: create, run, list and remove. Each operation re-reads the store, asks the runtime, then saves. */
public final class ContainerService {
  private static final int SIGKILL = 9;
  private static final Duration FOREVER = Duration.ofDays(365 * 100);

  private final StateStore state;
  private final LayerStore layers;
  private final OciRuntime runtime;
  private final String runtimeName;
  private final RuntimeSpecFactory specs;
  private final Clock clock;
  private final RandomGenerator random;

  ContainerService(StateStore state, LayerStore layers, OciRuntime runtime, String runtimeName,
      RuntimeSpecFactory specs, Clock clock, RandomGenerator random) {
    this.state = state;
    this.layers = layers;
    this.runtime = runtime;
    this.runtimeName = runtimeName;
    this.specs = specs;
    this.clock = clock;
    this.random = random;
  }

  /** Records the container, prepares its writable layer and creates it in the runtime: status CREATED. */
  public ContainerRecord create(RunRequest request) throws EngineException {
    ContainerId id = new ContainerId(Ids.randomHex(random));
    if (request.name().isPresent()) {
      ContainerNames.require(request.name().get());
    }
    ImageRecord image = state.read(tx -> {
      if (request.name().isPresent()) {
        requireFree(tx, request.name().get());
      }
      return ImageService.resolve(tx, request.image());
    });
    List<String> args = RuntimeSpecFactory.arguments(image.config(), request.command());
    if (args.isEmpty()) {
      throw new InvalidArgumentException("no command or entrypoint provided, and no CMD or ENTRYPOINT from image");
    }
    LayerKey layer = new LayerKey(id.hex());
    List<MountSpec> rootfs = layers.prepare(layer, Optional.of(image.topLayer()));
    ContainerRecord configured;
    try {
      RuntimeSpec spec = specs.generate(id, image.config(), request, args, rootfs);
      configured = state.write(tx -> {
        String name = request.name().isPresent() ? request.name().get() : freeName(tx);
        ContainerRecord record = new ContainerRecord(id, name, image.id(),
            image.names().isEmpty() ? image.id().hex() : image.names().get(0), layer, args, clock.instant(),
            runtimeName, request.autoRemove(), spec, ContainerState.configured());
        tx.putContainer(record);
        return record;
      });
    } catch (EngineException | RuntimeException e) {
      removeLayer(layer, e);
      throw e;
    }
    try {
      runtime.create(id, configured.spec());
      RuntimeState created = runtime.state(id);
      return save(configured.withState(new ContainerState(ContainerStatus.CREATED, created.pid(),
          OptionalInt.empty(), Optional.empty(), Optional.empty())));
    } catch (EngineException | RuntimeException e) {
      if (request.autoRemove()) {
        discard(configured, e);
      }
      throw e;
    }
  }

  private static void requireFree(StateTransaction tx, String name) throws EngineException {
    for (ContainerRecord c : tx.containers()) {
      if (c.name().equals(name)) {
        throw new AlreadyExistsException("creating container storage: the container name \"" + name
            + "\" is already in use by " + c.id().hex() + ". You have to remove that container to be able to reuse "
            + "that name: that name is already in use");
      }
    }
  }

  private void removeLayer(LayerKey layer, Exception cause) {
    try {
      layers.remove(layer);
    } catch (EngineException cleanup) {
      cause.addSuppressed(cleanup);
    }
  }

  private String freeName(StateTransaction tx) throws EngineException {
    List<String> taken = tx.containers().stream().map(ContainerRecord::name).toList();
    for (int attempt = 0; attempt < 32; attempt++) {
      String name = ContainerNames.generate(random);
      if (!taken.contains(name)) {
        return name;
      }
    }
    return ContainerNames.generate(random) + "_" + Ids.randomHex(random).substring(0, 6);
  }

  /**
   * Creates and starts a container with its output copied to {@code stdout}/{@code stderr}, waits for it to exit,
   * removes it if asked, and returns its exit code.
   */
  public int run(RunRequest request, OutputStream stdout, OutputStream stderr) throws EngineException {
    return run(request, stdout, stderr, started -> { });
  }

  /** As {@link #run(RunRequest, OutputStream, OutputStream)}, telling {@code started} the container's ID. */
  public int run(RunRequest request, OutputStream stdout, OutputStream stderr, Consumer<ContainerId> started)
      throws EngineException {
    ContainerRecord created = create(request);
    ContainerId id = created.id();
    ContainerRecord running;
    try (OciRuntime.Attachment output = runtime.attach(id, stdout, stderr)) {
      runtime.start(id);
      started.accept(id);
      running = save(created.withState(new ContainerState(ContainerStatus.RUNNING, created.state().pid(),
          OptionalInt.empty(), Optional.of(clock.instant()), Optional.empty())));
      output.awaitEnd();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InvalidStateException("interrupted while attached to container " + id.shortForm(), e);
    } catch (EngineException | RuntimeException e) {
      if (request.autoRemove()) {
        discard(created, e);
      }
      throw e;
    }
    int exitCode = runtime.awaitExit(id, FOREVER);
    if (request.autoRemove()) {
      // Removed at once: recording the exit first would be a write that no one reads.
      remove(running.withState(new ContainerState(ContainerStatus.EXITED, OptionalInt.empty(),
          OptionalInt.of(exitCode), running.state().startedAt(), Optional.of(clock.instant()))));
    } else {
      refresh(id);
    }
    return exitCode;
  }

  /** Sends {@code signal} to a running container's process. */
  public void signal(ContainerId id, int signal) throws EngineException {
    runtime.kill(id, signal);
  }

  /** All containers (or only running ones), oldest first as podman lists them, with their status brought up to date. */
  public List<ContainerRecord> list(boolean all) throws EngineException {
    List<ContainerRecord> out = new ArrayList<>();
    for (ContainerRecord stored : state.read(StateTransaction::containers)) {
      ContainerRecord current = refresh(stored);
      if (all || current.state().status() == ContainerStatus.RUNNING) {
        out.add(current);
      }
    }
    out.sort(Comparator.comparing(ContainerRecord::created));
    return out;
  }

  /** Finds a container by full ID, name or unique ID prefix. */
  public ContainerRecord resolve(String ref) throws EngineException {
    return state.read(tx -> resolve(tx, ref));
  }

  private static ContainerRecord resolve(StateTransaction tx, String ref) throws EngineException {
    List<ContainerRecord> all = tx.containers();
    for (ContainerRecord c : all) {
      if (c.id().hex().equals(ref) || c.name().equals(ref)) {
        return c;
      }
    }
    if (ref.matches("[0-9a-f]{1,63}")) {
      List<ContainerRecord> byPrefix = all.stream().filter(c -> c.id().hex().startsWith(ref)).toList();
      if (byPrefix.size() == 1) {
        return byPrefix.get(0);
      } else if (byPrefix.size() > 1) {
        throw new NotFoundException("more than one result for container ID \"" + ref + "\": container already exists");
      }
    }
    throw new NotFoundException("no container with name or ID \"" + ref + "\" found: no such container");
  }

  /** Removes a container, killing it first when {@code force}; returns its full ID. */
  public ContainerId remove(String ref, boolean force) throws EngineException {
    ContainerRecord container = refresh(resolve(ref));
    ContainerStatus status = container.state().status();
    if (status == ContainerStatus.RUNNING || status == ContainerStatus.PAUSED) {
      if (!force) {
        throw new InvalidStateException("cannot remove container " + container.id().hex() + " as it is "
            + StatusText.of(status) + " - running or paused containers cannot be removed without force: "
            + "container state improper");
      }
      runtime.kill(container.id(), SIGKILL);
      runtime.awaitExit(container.id(), Duration.ofSeconds(10));
      container = refresh(container);
    }
    remove(container);
    return container.id();
  }

  private void remove(ContainerRecord container) throws EngineException {
    Lifecycle.require(container, ContainerStatus.REMOVING, "remove");
    runtime.delete(container.id());
    try {
      layers.remove(container.layer());
    } catch (NotFoundException neverPrepared) {
      // the container was recorded but its layer was never made (a failed or interrupted create)
    }
    state.write(tx -> {
      tx.deleteContainer(container.id());
      return null;
    });
  }

  /** Cleans up after a failed create or start, keeping the original failure. */
  private void discard(ContainerRecord container, Exception cause) {
    try {
      remove(container.withState(ContainerState.configured()));
    } catch (EngineException cleanup) {
      cause.addSuppressed(cleanup);
    }
  }

  private ContainerRecord refresh(ContainerId id) throws EngineException {
    ContainerRecord stored = state.read(tx -> tx.container(id))
        .orElseThrow(() -> new NotFoundException("no container with ID " + id.hex() + " found: no such container"));
    return refresh(stored);
  }

  /** Brings the stored status in line with the runtime's view: a container whose process ended is EXITED. */
  private ContainerRecord refresh(ContainerRecord stored) throws EngineException {
    ContainerStatus status = stored.state().status();
    if (status != ContainerStatus.CREATED && status != ContainerStatus.RUNNING && status != ContainerStatus.PAUSED) {
      return stored;
    }
    RuntimeState seen;
    try {
      seen = runtime.state(stored.id());
    } catch (NotFoundException gone) {
      seen = new RuntimeState(RuntimeState.Status.STOPPED, OptionalInt.empty(), OptionalInt.empty());
    }
    ContainerState next = switch (seen.status()) {
      case STOPPED -> new ContainerState(ContainerStatus.EXITED, OptionalInt.empty(), seen.exitCode(),
          stored.state().startedAt(), Optional.of(clock.instant()));
      case RUNNING -> new ContainerState(ContainerStatus.RUNNING, seen.pid(), OptionalInt.empty(),
          stored.state().startedAt().or(() -> Optional.of(clock.instant())), Optional.empty());
      case PAUSED -> new ContainerState(ContainerStatus.PAUSED, seen.pid(), OptionalInt.empty(),
          stored.state().startedAt(), Optional.empty());
      case CREATED -> stored.state();
    };
    if (next.equals(stored.state())) {
      return stored;
    }
    if (!Lifecycle.canMove(status, next.status())) {
      throw new InvalidStateException("container " + stored.id().shortForm() + " (" + stored.name() + ") is "
          + StatusText.of(status) + " in the state store but " + seen.status() + " in the runtime");
    }
    return save(stored.withState(next));
  }

  private ContainerRecord save(ContainerRecord container) throws EngineException {
    try {
      return state.write(tx -> {
        tx.putContainer(container);
        return container;
      });
    } catch (AlreadyExistsException impossible) {
      throw new IllegalStateException("container " + container.id() + " changed name while saved", impossible);
    }
  }
}
