package io.jpod.ports;

/**
 * The engine's records: images and containers. Every read or change happens inside one transaction, isolated from
 * other processes using the same store; a change is all or nothing and survives a crash once {@link #write}
 * returns.
 */
public interface StateStore extends AutoCloseable {
  /** Runs {@code work} in a read-only transaction. */
  <T> T read(Work<T> work) throws EngineException;

  /** Runs {@code work} in a write transaction, committed when it returns and rolled back when it throws. */
  <T> T write(Work<T> work) throws EngineException;

  @Override
  void close() throws BackendException;

  @FunctionalInterface
  interface Work<T> {
    T run(StateTransaction tx) throws EngineException;
  }
}
