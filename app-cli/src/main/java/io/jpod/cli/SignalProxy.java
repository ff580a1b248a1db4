package io.jpod.cli;

import io.jpod.domain.ContainerService;
import io.jpod.ports.ContainerId;
import io.jpod.ports.EngineException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Forwards the signals jpod receives while attached to a container to the container's process, as podman's
 * {@code --sig-proxy}: Ctrl-C stops the command, not jpod, so {@code --rm} still cleans up.
 */
final class SignalProxy implements AutoCloseable {
  private static final List<String> FORWARDED = List.of("INT", "TERM", "HUP", "USR1", "USR2");

  private final ContainerService containers;
  private final ErrorReporter errors;
  private final Map<Signal, SignalHandler> previous = new HashMap<>();
  private volatile ContainerId target;
  private volatile Signal pending;

  SignalProxy(ContainerService containers, ErrorReporter errors) {
    this.containers = containers;
    this.errors = errors;
    for (String name : FORWARDED) {
      Signal signal = new Signal(name);
      previous.put(signal, Signal.handle(signal, this::forward));
    }
  }

  /** Points the proxy at the started container, and delivers a signal that came while it was being made. */
  void started(ContainerId id) {
    target = id;
    Signal early = pending;
    if (early != null) {
      forward(early);
    }
  }

  private void forward(Signal signal) {
    ContainerId id = target;
    if (id == null) {
      pending = signal;
      return;
    }
    try {
      containers.signal(id, signal.getNumber());
    } catch (EngineException e) {
      errors.report(e);
    }
  }

  @Override
  public void close() {
    previous.forEach(Signal::handle);
  }
}
