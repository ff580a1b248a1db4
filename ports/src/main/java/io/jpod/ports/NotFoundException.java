package io.jpod.ports;

/** The named object does not exist. */
public final class NotFoundException extends EngineException {
  public NotFoundException(String message) {
    super(message, null);
  }

  public NotFoundException(String message, Throwable cause) {
    super(message, cause);
  }
}
