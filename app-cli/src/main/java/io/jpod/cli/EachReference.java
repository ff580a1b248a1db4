package io.jpod.cli;

import io.jpod.ports.EngineException;
import io.jpod.ports.InvalidStateException;
import io.jpod.ports.NotFoundException;
import java.util.List;

/**
 * Applies a removal to every reference given, as podman's {@code rm} and {@code rmi}: a failure is reported and the
 * rest still run; the exit code is that of the last failure (1 no such object, 2 in use).
 */
final class EachReference {
  interface Action {
    void apply(String ref) throws EngineException;
  }

  private EachReference() {}

  static int apply(List<String> refs, ErrorReporter errors, Action action) throws EngineException {
    int exit = ExitCodes.OK;
    for (String ref : refs) {
      try {
        action.apply(ref);
      } catch (NotFoundException e) {
        errors.report(e);
        exit = ExitCodes.NO_SUCH;
      } catch (InvalidStateException e) {
        errors.report(e);
        exit = ExitCodes.IN_USE;
      }
    }
    return exit;
  }
}
