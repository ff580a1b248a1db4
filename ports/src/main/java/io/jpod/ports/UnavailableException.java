package io.jpod.ports;

/** A backend cannot work on this host; the message says why. */
public final class UnavailableException extends EngineException {
  public UnavailableException(String message) {
    super(message, null);
  }

  public UnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
