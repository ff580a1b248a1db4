package io.jpod.domain.fakes;

import io.jpod.ports.AlreadyExistsException;
import io.jpod.ports.BackendException;
import io.jpod.ports.CommandInvocationException;
import io.jpod.ports.ContainerId;
import io.jpod.ports.InvalidStateException;
import io.jpod.ports.NotFoundException;
import io.jpod.ports.OciRuntime;
import io.jpod.ports.RuntimeSpec;
import io.jpod.ports.RuntimeState;
import io.jpod.ports.RuntimeState.Status;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * A scripted OCI runtime. What a container does is looked up by its command ({@code args[0]}): the output it
 * writes to the attached streams and its exit code, or that it keeps running until killed. The command
 * {@value #MISSING_COMMAND} is not found at create, as a runtime reports a missing executable.
 */
public final class FakeOciRuntime implements OciRuntime {
  public static final String MISSING_COMMAND = "nonexistent";
  private static final int FIRST_PID = 4000;

  private final Map<String, Script> scripts = new HashMap<>();
  private final Map<ContainerId, Container> containers = new LinkedHashMap<>();
  private final List<ContainerId> created = new ArrayList<>();
  private final List<ContainerId> started = new ArrayList<>();
  private final List<ContainerId> deleted = new ArrayList<>();
  private final List<String> kills = new ArrayList<>();
  private int nextPid = FIRST_PID;
  private boolean closed;

  /** What a command does once started. {@code keepsRunning} ones ignore their exit code until killed. */
  public record Script(String stdout, String stderr, int exitCode, boolean keepsRunning) {
    public static Script exits(int exitCode) {
      return new Script("", "", exitCode, false);
    }

    public static Script prints(String stdout, String stderr, int exitCode) {
      return new Script(stdout, stderr, exitCode, false);
    }

    public static Script runsUntilKilled() {
      return new Script("", "", 0, true);
    }
  }

  private static final class Container {
    final RuntimeSpec spec;
    Status status = Status.CREATED;
    int pid;
    OptionalInt exitCode = OptionalInt.empty();
    OutputStream stdout;
    OutputStream stderr;

    Container(RuntimeSpec spec, int pid) {
      this.spec = spec;
      this.pid = pid;
    }
  }

  /** Scripts what containers whose command is {@code command} do. Unscripted commands exit 0 silently. */
  public synchronized FakeOciRuntime script(String command, Script script) {
    scripts.put(command, script);
    return this;
  }

  /** The container's process ends by itself while nobody watches, as after a crash of the caller. */
  public synchronized void exitBehindTheEngine(ContainerId id, int exitCode) {
    Container c = containers.get(id);
    c.status = Status.STOPPED;
    c.exitCode = OptionalInt.of(exitCode);
  }

  public synchronized List<ContainerId> created() {
    return List.copyOf(created);
  }

  public synchronized List<ContainerId> started() {
    return List.copyOf(started);
  }

  public synchronized List<ContainerId> deleted() {
    return List.copyOf(deleted);
  }

  /** Signals sent, as {@code <short id>:<signal>}. */
  public synchronized List<String> kills() {
    return List.copyOf(kills);
  }

  /** The spec a container was created with. */
  public synchronized RuntimeSpec spec(ContainerId id) {
    return containers.get(id).spec;
  }

  /** Containers the runtime holds now (created and not deleted). */
  public synchronized List<ContainerId> live() {
    return List.copyOf(containers.keySet());
  }

  public synchronized boolean closed() {
    return closed;
  }

  @Override
  public synchronized void create(ContainerId id, RuntimeSpec spec)
      throws AlreadyExistsException, CommandInvocationException {
    if (containers.containsKey(id)) {
      throw new AlreadyExistsException("container " + id.shortForm() + " exists in the runtime");
    }
    String command = spec.process().args().get(0);
    if (command.equals(MISSING_COMMAND)) {
      throw new CommandInvocationException(CommandInvocationException.Reason.NOT_FOUND,
          command + ": executable file not found in $PATH: OCI runtime attempted to invoke a command that was "
              + "not found");
    }
    containers.put(id, new Container(spec, nextPid++));
    created.add(id);
  }

  @Override
  public synchronized Attachment attach(ContainerId id, OutputStream stdout, OutputStream stderr)
      throws NotFoundException {
    Container c = require(id);
    c.stdout = stdout;
    c.stderr = stderr;
    return new Attachment() {
      @Override
      public void awaitEnd() {}

      @Override
      public void close() {}
    };
  }

  @Override
  public synchronized void start(ContainerId id) throws NotFoundException, InvalidStateException {
    Container c = require(id);
    if (c.status != Status.CREATED) {
      throw new InvalidStateException("cannot start container " + id.shortForm() + ": it is " + c.status);
    }
    started.add(id);
    Script script = scripts.getOrDefault(c.spec.process().args().get(0), Script.exits(0));
    write(c.stdout, script.stdout());
    write(c.stderr, script.stderr());
    if (script.keepsRunning()) {
      c.status = Status.RUNNING;
    } else {
      c.status = Status.STOPPED;
      c.exitCode = OptionalInt.of(script.exitCode());
    }
  }

  @Override
  public synchronized RuntimeState state(ContainerId id) throws NotFoundException {
    Container c = require(id);
    return new RuntimeState(c.status, c.status == Status.STOPPED ? OptionalInt.empty() : OptionalInt.of(c.pid),
        c.exitCode);
  }

  @Override
  public synchronized int awaitExit(ContainerId id, Duration timeout)
      throws NotFoundException, InvalidStateException, BackendException {
    Container c = require(id);
    return switch (c.status) {
      case STOPPED -> c.exitCode.getAsInt();
      case CREATED -> throw new InvalidStateException("cannot wait for container " + id.shortForm()
          + ": it was never started");
      case RUNNING, PAUSED -> throw new BackendException("container " + id.shortForm() + " keeps running: "
          + "waiting " + timeout + " would never end in this fake");
    };
  }

  @Override
  public synchronized void kill(ContainerId id, int signal) throws NotFoundException, InvalidStateException {
    Container c = require(id);
    if (c.status != Status.RUNNING && c.status != Status.PAUSED) {
      throw new InvalidStateException("cannot kill container " + id.shortForm() + ": it is " + c.status);
    }
    kills.add(id.shortForm() + ":" + signal);
    c.status = Status.STOPPED;
    c.exitCode = OptionalInt.of(128 + signal);
  }

  /** Deleting a container the runtime does not hold is a no-op: the port declares no NotFoundException. */
  @Override
  public synchronized void delete(ContainerId id) throws InvalidStateException {
    Container c = containers.get(id);
    if (c == null) {
      return;
    }
    if (c.status == Status.RUNNING || c.status == Status.PAUSED) {
      throw new InvalidStateException("cannot delete container " + id.shortForm() + ": it is " + c.status);
    }
    containers.remove(id);
    deleted.add(id);
  }

  @Override
  public synchronized void close() {
    closed = true;
  }

  private Container require(ContainerId id) throws NotFoundException {
    Container c = containers.get(id);
    if (c == null) {
      throw new NotFoundException("container " + id.shortForm() + " not found in the runtime");
    }
    return c;
  }

  private static void write(OutputStream out, String text) {
    if (out == null || text.isEmpty()) {
      return;
    }
    try {
      out.write(text.getBytes(StandardCharsets.UTF_8));
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write scripted output", e);
    }
  }
}
