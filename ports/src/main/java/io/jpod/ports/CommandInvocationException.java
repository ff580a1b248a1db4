package io.jpod.ports;

/** The container's command could not be started: it was not found (podman's 127) or not executable (126). */
public final class CommandInvocationException extends EngineException {
  public enum Reason { NOT_FOUND, NOT_EXECUTABLE }

  private final Reason reason;

  public CommandInvocationException(Reason reason, String message) {
    super(message, null);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
