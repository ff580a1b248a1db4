package io.jpod.ports;

/** The caller's input is malformed: a bad reference, name or option. */
public final class InvalidArgumentException extends EngineException {
  public InvalidArgumentException(String message) {
    super(message, null);
  }

  public InvalidArgumentException(String message, Throwable cause) {
    super(message, cause);
  }
}
