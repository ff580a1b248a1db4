package io.jpod.ports;

/** The object exists but its state does not allow the operation. */
public final class InvalidStateException extends EngineException {
  public InvalidStateException(String message) {
    super(message, null);
  }

  public InvalidStateException(String message, Throwable cause) {
    super(message, cause);
  }
}
