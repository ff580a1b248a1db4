package io.jpod.ports;

import java.util.OptionalInt;

/** A container as its runtime sees it. {@code exitCode} is present once STOPPED. */
public record RuntimeState(Status status, OptionalInt pid, OptionalInt exitCode) {
  public enum Status { CREATED, RUNNING, PAUSED, STOPPED }
}
