package io.jpod.ports;

/** A backend failed. The raw output of the backend (runtime stderr, SQL error) is kept apart in {@link #detail()}. */
public final class BackendException extends EngineException {
  private final String detail;

  public BackendException(String message, String detail, Throwable cause) {
    super(message, cause);
    this.detail = detail == null ? "" : detail;
  }

  public BackendException(String message, Throwable cause) {
    this(message, cause == null ? "" : String.valueOf(cause.getMessage()), cause);
  }

  public BackendException(String message) {
    this(message, "", null);
  }

  public String detail() {
    return detail;
  }
}
