package io.jpod.host.oci;

import com.fasterxml.jackson.core.JsonFactory;
import io.jpod.host.archive.Trees;
import io.jpod.host.json.JsonReader;
import io.jpod.host.json.MalformedJsonException;
import io.jpod.host.linux.Mounts;
import io.jpod.host.linux.SeqPacketSocket;
import io.jpod.ports.AlreadyExistsException;
import io.jpod.ports.BackendException;
import io.jpod.ports.CommandInvocationException;
import io.jpod.ports.ContainerId;
import io.jpod.ports.InvalidStateException;
import io.jpod.ports.MountSpec;
import io.jpod.ports.NotFoundException;
import io.jpod.ports.OciRuntime;
import io.jpod.ports.RuntimeSpec;
import io.jpod.ports.RuntimeState;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * An {@link OciRuntime} that runs containers with an OCI runtime binary under conmon, as podman does.
 *
 * <p>Layout, for a runtime named N and container ID I:
 * <ul>
 *   <li>{@code <root>/N/I/}: the bundle, persistent like podman's {@code userdata}: {@code config.json}, the
 *       {@code rootfs/} mount point (when the rootfs is mounted rather than a single bind), the {@code ctr.log}
 *       k8s-file log (kept across reboots for {@code logs}), and conmon's {@code attach} socket and {@code ctl}
 *       and {@code winsz} fifos, which conmon always puts in the bundle.
 *   <li>{@code <runRoot>/N/I/}: per-boot files: {@code conmon.pid}, {@code pidfile} (the container's pid), the
 *       runtime's JSON error log {@code oci-log}, and {@code exit/I}, the exit file. Its existence is what makes
 *       the container exist for this class.
 *   <li>{@code <runRoot>/N/sockets/<short id>}: conmon's symlink to the bundle, through which the attach socket
 *       path stays under the 108-byte limit of a unix socket path.
 *   <li>{@code <runRoot>/N/state}: the runtime's own state ({@code --root}).
 * </ul>
 *
 * <p>{@link #delete} of a container that does not exist succeeds and removes whatever it left (a bundle from
 * before a reboot), so that cleanup can always be repeated.
 */
public final class ConmonOciRuntime implements OciRuntime {
  /** How long to wait for conmon's exit file once the runtime has said the process is gone. */
  private static final Duration EXIT_FILE_GRACE = Duration.ofSeconds(5);
  private static final String ATTACH_SOCKET = "attach";

  private final OciRuntimeBinary runtime;
  private final Path bundles;
  private final Path runDirs;
  private final Path sockets;
  private final OciRuntimeCli cli;
  private final Conmon conmon;
  private final JsonFactory json = new JsonFactory();

  /**
   * @param root the runtime's persistent directory ({@code RuntimeSettings.root()}); bundles go below
   *     {@code root/<name>}
   * @param runRoot the per-boot directory ({@code RuntimeSettings.runRoot()}); see the class comment
   * @throws IllegalArgumentException if {@code runRoot} is too long for the attach socket paths below it
   */
  public ConmonOciRuntime(OciRuntimeBinary runtime, Path conmonBinary, Path root, Path runRoot) {
    this.runtime = runtime;
    this.bundles = root.resolve(runtime.name()).toAbsolutePath();
    this.runDirs = runRoot.resolve(runtime.name()).toAbsolutePath();
    this.sockets = runDirs.resolve("sockets");
    int socketPathBytes = attachSocket(sockets, "0".repeat(12)).toString().getBytes(StandardCharsets.UTF_8).length;
    if (socketPathBytes > SeqPacketSocket.MAX_PATH_BYTES) {
      throw new IllegalArgumentException("run root " + runRoot + " is too long: attach sockets below it would need "
          + socketPathBytes + " bytes, a unix socket path holds at most " + SeqPacketSocket.MAX_PATH_BYTES);
    }
    this.cli = new OciRuntimeCli(runtime.path(), runDirs.resolve("state"));
    this.conmon = new Conmon(conmonBinary);
  }

  private static Path attachSocket(Path sockets, String shortId) {
    return sockets.resolve(shortId).resolve(ATTACH_SOCKET);
  }

  @Override
  public void create(ContainerId id, RuntimeSpec spec)
      throws AlreadyExistsException, CommandInvocationException, BackendException {
    Path runDir = runDirs.resolve(id.hex());
    Path bundle = bundles.resolve(id.hex());
    try {
      Files.createDirectories(runDirs);
      Files.createDirectory(runDir);
    } catch (FileAlreadyExistsException e) {
      throw new AlreadyExistsException("cannot create container " + id.shortForm() + ": it exists already", e);
    } catch (IOException e) {
      throw new BackendException("cannot create container " + id.shortForm() + ": cannot make " + runDir, e);
    }
    try {
      createUnderConmon(id, spec, runDir, bundle);
    } catch (CommandInvocationException | BackendException | RuntimeException e) {
      try {
        removeFiles(id);
      } catch (BackendException cleanup) {
        e.addSuppressed(cleanup);
      }
      throw e;
    }
  }

  private void createUnderConmon(ContainerId id, RuntimeSpec spec, Path runDir, Path bundle)
      throws CommandInvocationException, BackendException {
    Conmon.Outcome outcome;
    try {
      outcome = launch(id, spec, runDir, bundle);
    } catch (IOException e) {
      throw new BackendException("cannot create container " + id.shortForm() + ": " + e.getMessage(), e);
    }
    SyncMessage message = outcome.message();
    if (message == null) {
      throw new BackendException("cannot create container " + id.shortForm() + ": conmon exited without reporting",
          outcome.stderr(), null);
    }
    if (!message.succeeded()) {
      String runtimeMessage = message.message().strip();
      Optional<CommandInvocationException.Reason> reason = RuntimeErrors.commandFailure(runtimeMessage);
      if (reason.isPresent()) {
        throw new CommandInvocationException(reason.get(),
            "cannot create container " + id.shortForm() + ": " + runtime.name() + ": " + runtimeMessage);
      }
      throw new BackendException("cannot create container " + id.shortForm() + ": " + runtime.name()
          + " create failed", runtimeMessage, null);
    }
  }

  private Conmon.Outcome launch(ContainerId id, RuntimeSpec spec, Path runDir, Path bundle) throws IOException {
    Files.createDirectories(bundle);
    Files.createDirectories(sockets);
    Files.createDirectory(runDir.resolve("exit"));
    String rootPath = rootPath(spec.root().layers(), bundle);
    try (OutputStream out = Files.newOutputStream(bundle.resolve("config.json"))) {
      new RuntimeSpecJson(json).write(spec, rootPath, out);
    }
    List<String> args = new ArrayList<>(List.of(
        "--cid", id.hex(),
        "--cuuid", id.shortForm(),
        "--runtime", runtime.path().toString(),
        "--bundle", bundle.toString(),
        "--container-pidfile", runDir.resolve("pidfile").toString(),
        "--conmon-pidfile", runDir.resolve("conmon.pid").toString(),
        "--exit-dir", runDir.resolve("exit").toString(),
        "--socket-dir-path", sockets.toString(),
        "--log-path", "k8s-file:" + bundle.resolve("ctr.log")));
    for (String arg : cli.globalArgs()) {
      args.addAll(List.of("--runtime-arg", arg));
    }
    // The runtime's error then reaches the sync pipe as its bare message rather than a logfmt line.
    args.addAll(List.of("--runtime-arg", "--log-format=json", "--runtime-arg", "--log",
        "--runtime-arg", runDir.resolve("oci-log").toString()));
    return conmon.launch(args, runDir);
  }

  /** A single bind layer is used where it is; other layers are mounted, in order, on the bundle's rootfs. */
  private static String rootPath(List<MountSpec> layers, Path bundle) throws IOException {
    if (layers.size() == 1 && "bind".equals(layers.getFirst().type())) {
      return layers.getFirst().source();
    }
    Path rootfs = Files.createDirectories(bundle.resolve("rootfs"));
    Mounts.mountAll(layers, rootfs);
    return rootfs.toString();
  }

  @Override
  public Attachment attach(ContainerId id, OutputStream stdout, OutputStream stderr)
      throws NotFoundException, BackendException {
    requireRunDir(id, "attach to");
    SeqPacketSocket socket;
    try {
      socket = SeqPacketSocket.connect(attachSocket(sockets, id.shortForm()));
    } catch (IOException e) {
      throw new BackendException("cannot attach to container " + id.shortForm() + ": " + e.getMessage(), e);
    }
    ConmonAttachment attachment = new ConmonAttachment(socket, stdout, stderr, id.shortForm());
    attachment.begin();
    return attachment;
  }

  @Override
  public void start(ContainerId id) throws NotFoundException, InvalidStateException, BackendException {
    requireRunDir(id, "start");
    OciRuntimeCli.Result result = call(id, "start", "start", id.hex());
    if (result.succeeded()) {
      return;
    }
    if (RuntimeErrors.containerMissing(result.stderr())) {
      throw new NotFoundException("cannot start container " + id.shortForm() + ": " + runtime.name()
          + " does not know it");
    }
    if (result.stderr().contains("cannot start")) {
      throw new InvalidStateException("cannot start container " + id.shortForm() + ": it is not CREATED");
    }
    throw failed(id, "start", result);
  }

  @Override
  public RuntimeState state(ContainerId id) throws NotFoundException, BackendException {
    requireRunDir(id, "inspect");
    OptionalInt exitCode = readExitFile(id, "inspect");
    if (exitCode.isPresent()) {
      return new RuntimeState(RuntimeState.Status.STOPPED, OptionalInt.empty(), exitCode);
    }
    Optional<RuntimeState> fromFiles = stateFromFiles(id);
    if (fromFiles.isPresent()) {
      return fromFiles.get();
    }
    OciRuntimeCli.Result result = call(id, "inspect", "state", id.hex());
    if (!result.succeeded()) {
      if (RuntimeErrors.containerMissing(result.stderr())) {
        throw new NotFoundException("cannot inspect container " + id.shortForm() + ": " + runtime.name()
            + " does not know it");
      }
      throw failed(id, "inspect", result);
    }
    RuntimeState state = parseState(id, result.stdout());
    if (state.status() != RuntimeState.Status.STOPPED) {
      return state;
    }
    // The process is gone; conmon writes the exit code moments later.
    return new RuntimeState(RuntimeState.Status.STOPPED, OptionalInt.empty(), awaitExitFile(id, EXIT_FILE_GRACE));
  }

  /**
   * The state as the container's files tell it, so that a look at a container starts no process: the runtime's
   * exec fifo exists from create until start (CREATED), and a live process that is not a zombie is RUNNING. Empty
   * when the files do not settle it (paused, exiting), and the runtime must be asked.
   */
  private Optional<RuntimeState> stateFromFiles(ContainerId id) throws BackendException {
    try {
      String pidText = Files.readString(runDirs.resolve(id.hex()).resolve("pidfile")).strip();
      int pid = Integer.parseInt(pidText);
      if (Files.exists(cli.stateRoot().resolve(id.hex()).resolve("exec.fifo"), LinkOption.NOFOLLOW_LINKS)) {
        return Optional.of(new RuntimeState(RuntimeState.Status.CREATED, OptionalInt.of(pid), OptionalInt.empty()));
      }
      String stat = Files.readString(Path.of("/proc", pidText, "stat"));
      char processState = stat.charAt(stat.lastIndexOf(')') + 2);
      if ("RSD".indexOf(processState) >= 0) {
        return Optional.of(new RuntimeState(RuntimeState.Status.RUNNING, OptionalInt.of(pid), OptionalInt.empty()));
      }
      return Optional.empty();
    } catch (NoSuchFileException | NumberFormatException | StringIndexOutOfBoundsException unsettled) {
      return Optional.empty();
    } catch (IOException e) {
      throw new BackendException("cannot inspect container " + id.shortForm() + ": " + e.getMessage(), e);
    }
  }

  private RuntimeState parseState(ContainerId id, String stateJson) throws BackendException {
    String status = null;
    int pid = 0;
    try {
      JsonReader parser = new JsonReader(stateJson);
      if (parser.next() == JsonReader.Token.START_OBJECT) {
        while (parser.next() == JsonReader.Token.FIELD_NAME) {
          String field = parser.name();
          parser.next();
          switch (field) {
            case "status" -> status = parser.text();
            case "pid" -> pid = parser.intValue();
            default -> parser.skipValue();
          }
        }
      }
    } catch (MalformedJsonException e) {
      throw new BackendException("cannot inspect container " + id.shortForm() + ": " + runtime.name()
          + " state printed malformed JSON", stateJson, e);
    }
    RuntimeState.Status parsed = switch (status == null ? "" : status) {
      case "created" -> RuntimeState.Status.CREATED;
      case "running" -> RuntimeState.Status.RUNNING;
      case "paused" -> RuntimeState.Status.PAUSED;
      case "stopped" -> RuntimeState.Status.STOPPED;
      default -> throw new BackendException("cannot inspect container " + id.shortForm() + ": " + runtime.name()
          + " state reported status '" + status + "'", stateJson, null);
    };
    OptionalInt livePid = pid > 0 && parsed != RuntimeState.Status.STOPPED ? OptionalInt.of(pid) : OptionalInt.empty();
    return new RuntimeState(parsed, livePid, OptionalInt.empty());
  }

  @Override
  public int awaitExit(ContainerId id, Duration timeout)
      throws NotFoundException, InvalidStateException, BackendException {
    requireRunDir(id, "wait for");
    OptionalInt code = awaitExitFile(id, timeout);
    if (code.isEmpty()) {
      throw new InvalidStateException("container " + id.shortForm() + " did not exit within " + timeout);
    }
    return code.getAsInt();
  }

  @Override
  public void kill(ContainerId id, int signal) throws NotFoundException, InvalidStateException, BackendException {
    requireRunDir(id, "kill");
    if (readExitFile(id, "kill").isPresent()) {
      throw new InvalidStateException("cannot kill container " + id.shortForm() + ": it has exited");
    }
    OciRuntimeCli.Result result = call(id, "kill", "kill", id.hex(), Integer.toString(signal));
    if (result.succeeded()) {
      return;
    }
    if (RuntimeErrors.containerMissing(result.stderr())) {
      throw new NotFoundException("cannot kill container " + id.shortForm() + ": " + runtime.name()
          + " does not know it");
    }
    if (result.stderr().contains("not running") || result.stderr().contains("already finished")) {
      throw new InvalidStateException("cannot kill container " + id.shortForm() + ": it is not running");
    }
    throw failed(id, "kill", result);
  }

  @Override
  public void delete(ContainerId id) throws InvalidStateException, BackendException {
    if (Files.isDirectory(runDirs.resolve(id.hex())) && readExitFile(id, "delete").isEmpty()) {
      OciRuntimeCli.Result state = call(id, "delete", "state", id.hex());
      if (state.succeeded()) {
        RuntimeState.Status status = parseState(id, state.stdout()).status();
        if (status == RuntimeState.Status.RUNNING || status == RuntimeState.Status.PAUSED) {
          throw new InvalidStateException("cannot delete container " + id.shortForm() + ": it is " + status);
        }
        OciRuntimeCli.Result deleted = call(id, "delete", "delete", "--force", id.hex());
        if (!deleted.succeeded() && !RuntimeErrors.containerMissing(deleted.stderr())) {
          throw failed(id, "delete", deleted);
        }
        // A CREATED container's process dies with the delete; let conmon write its exit file before its
        // directory goes, or conmon could still be writing into it.
        awaitExitFile(id, EXIT_FILE_GRACE);
      } else if (!RuntimeErrors.containerMissing(state.stderr())) {
        throw failed(id, "delete", state);
      }
    } else {
      OciRuntimeCli.Result deleted = call(id, "delete", "delete", "--force", id.hex());
      if (!deleted.succeeded() && !RuntimeErrors.containerMissing(deleted.stderr())) {
        throw failed(id, "delete", deleted);
      }
    }
    removeFiles(id);
  }

  /** Unmounts the rootfs, then removes the attach symlink, the run directory and the bundle. */
  private void removeFiles(ContainerId id) throws BackendException {
    Path bundle = bundles.resolve(id.hex());
    Path rootfs = bundle.resolve("rootfs");
    try {
      if (Files.isDirectory(rootfs)) {
        // Never walk a mounted rootfs: the walk below would delete the image's files.
        Mounts.unmountAll(rootfs);
      }
      Files.deleteIfExists(sockets.resolve(id.shortForm()));
      Trees.deleteRecursively(runDirs.resolve(id.hex()));
      Trees.deleteRecursively(bundle);
    } catch (IOException e) {
      throw new BackendException("cannot delete container " + id.shortForm() + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    // Nothing is held open between calls: each call spawns and reaps its own processes.
  }

  private void requireRunDir(ContainerId id, String verb) throws NotFoundException {
    if (!Files.isDirectory(runDirs.resolve(id.hex()))) {
      throw new NotFoundException("cannot " + verb + " container " + id.shortForm() + ": no such container in "
          + runtime.name());
    }
  }

  private OptionalInt readExitFile(ContainerId id, String verb) throws BackendException {
    try {
      return exitFile(id).read();
    } catch (IOException e) {
      throw new BackendException("cannot " + verb + " container " + id.shortForm() + ": " + e.getMessage(), e);
    }
  }

  private OptionalInt awaitExitFile(ContainerId id, Duration timeout) throws BackendException {
    try {
      return exitFile(id).await(timeout);
    } catch (IOException e) {
      throw new BackendException("cannot wait for container " + id.shortForm() + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BackendException("cannot wait for container " + id.shortForm() + ": interrupted", e);
    }
  }

  private ExitFile exitFile(ContainerId id) {
    return new ExitFile(runDirs.resolve(id.hex()).resolve("exit").resolve(id.hex()));
  }

  private OciRuntimeCli.Result call(ContainerId id, String verb, String... args) throws BackendException {
    try {
      return cli.run(args);
    } catch (IOException e) {
      throw new BackendException("cannot " + verb + " container " + id.shortForm() + ": cannot run "
          + runtime.path() + ": " + e.getMessage(), e);
    }
  }

  private BackendException failed(ContainerId id, String verb, OciRuntimeCli.Result result) {
    return new BackendException("cannot " + verb + " container " + id.shortForm() + ": " + runtime.name()
        + " exited " + result.exitCode(), result.stderr(), null);
  }
}
