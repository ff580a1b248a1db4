package io.jpod.cli;

import io.jpod.ports.CommandInvocationException;

/** podman's exit codes. */
final class ExitCodes {
  static final int OK = 0;
  /** rm/rmi of something that does not exist. */
  static final int NO_SUCH = 1;
  /** rm of a running container, rmi of an image in use. */
  static final int IN_USE = 2;
  static final int ENGINE_ERROR = 125;
  static final int CANNOT_INVOKE = 126;
  static final int NOT_FOUND = 127;

  private ExitCodes() {}

  static int of(CommandInvocationException e) {
    return e.reason() == CommandInvocationException.Reason.NOT_FOUND ? NOT_FOUND : CANNOT_INVOKE;
  }
}
