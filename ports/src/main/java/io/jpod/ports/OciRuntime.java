package io.jpod.ports;

import java.io.OutputStream;
import java.time.Duration;

/**
 * Containers run by an OCI runtime, each watched by a monitor process that outlives the caller. A container is
 * CREATED by {@link #create} (process made, command not yet run), RUNNING after {@link #start}, STOPPED once its
 * process exits (the monitor records the exit code), and gone after {@link #delete}.
 */
public interface OciRuntime extends AutoCloseable {
  /** Writes the bundle and creates the container under a monitor. The command is looked up here. */
  void create(ContainerId id, RuntimeSpec spec)
      throws AlreadyExistsException, CommandInvocationException, BackendException;

  /**
   * Connects to a CREATED or RUNNING container's output and copies stdout and stderr to the given streams until
   * the container closes them. Attach before {@link #start} to see all output.
   */
  Attachment attach(ContainerId id, OutputStream stdout, OutputStream stderr)
      throws NotFoundException, BackendException;

  /** Runs the command of a CREATED container. */
  void start(ContainerId id) throws NotFoundException, InvalidStateException, BackendException;

  /** What the runtime and the monitor know now; never blocks on the container. */
  RuntimeState state(ContainerId id) throws NotFoundException, BackendException;

  /** Blocks until the container has exited, then returns its exit code. */
  int awaitExit(ContainerId id, Duration timeout) throws NotFoundException, InvalidStateException, BackendException;

  /** Sends {@code signal} to the container's process. */
  void kill(ContainerId id, int signal) throws NotFoundException, InvalidStateException, BackendException;

  /** Removes a stopped or created container from the runtime and deletes its bundle and monitor files. */
  void delete(ContainerId id) throws InvalidStateException, BackendException;

  @Override
  void close() throws BackendException;

  /** A live copy of a container's output. */
  interface Attachment extends AutoCloseable {
    /** Blocks until the container has closed its output. */
    void awaitEnd() throws InterruptedException;

    @Override
    void close();
  }
}
