package io.jpod.ports;

/** An object with that identity or name exists already. */
public final class AlreadyExistsException extends EngineException {
  public AlreadyExistsException(String message) {
    super(message, null);
  }

  public AlreadyExistsException(String message, Throwable cause) {
    super(message, cause);
  }
}
