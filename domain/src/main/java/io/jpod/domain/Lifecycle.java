package io.jpod.domain;

import static io.jpod.ports.ContainerStatus.CONFIGURED;
import static io.jpod.ports.ContainerStatus.CREATED;
import static io.jpod.ports.ContainerStatus.EXITED;
import static io.jpod.ports.ContainerStatus.PAUSED;
import static io.jpod.ports.ContainerStatus.REMOVING;
import static io.jpod.ports.ContainerStatus.RUNNING;
import static io.jpod.ports.ContainerStatus.STOPPED;

import io.jpod.ports.ContainerRecord;
import io.jpod.ports.ContainerStatus;
import io.jpod.ports.InvalidStateException;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** Every transition between container statuses, in one table. */
final class Lifecycle {
  private static final Map<ContainerStatus, Set<ContainerStatus>> NEXT = Map.of(
      CONFIGURED, EnumSet.of(CREATED, REMOVING),
      CREATED, EnumSet.of(RUNNING, STOPPED, EXITED, REMOVING),
      RUNNING, EnumSet.of(PAUSED, STOPPED, EXITED),
      PAUSED, EnumSet.of(RUNNING, STOPPED, EXITED),
      STOPPED, EnumSet.of(CREATED, EXITED, REMOVING),
      EXITED, EnumSet.of(CREATED, REMOVING),
      REMOVING, EnumSet.noneOf(ContainerStatus.class));

  private Lifecycle() {}

  static boolean canMove(ContainerStatus from, ContainerStatus to) {
    return NEXT.get(from).contains(to);
  }

  /** Fails naming the container and its status unless it may move to {@code to}. */
  static void require(ContainerRecord container, ContainerStatus to, String operation) throws InvalidStateException {
    ContainerStatus from = container.state().status();
    if (!canMove(from, to)) {
      throw new InvalidStateException("cannot " + operation + " container " + container.id().shortForm() + " ("
          + container.name() + "): status is " + StatusText.of(from));
    }
  }
}
