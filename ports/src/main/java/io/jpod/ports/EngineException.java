package io.jpod.ports;

/** Every failure a port reports. Adapters translate foreign failures into these classes at their boundary. */
public abstract sealed class EngineException extends Exception
    permits NotFoundException, AlreadyExistsException, InvalidStateException, InvalidArgumentException,
        UnavailableException, CommandInvocationException, BackendException {
  protected EngineException(String message, Throwable cause) {
    super(message, cause);
  }
}
