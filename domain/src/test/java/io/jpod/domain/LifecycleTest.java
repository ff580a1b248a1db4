package io.jpod.domain;

import static io.jpod.ports.ContainerStatus.CONFIGURED;
import static io.jpod.ports.ContainerStatus.CREATED;
import static io.jpod.ports.ContainerStatus.EXITED;
import static io.jpod.ports.ContainerStatus.PAUSED;
import static io.jpod.ports.ContainerStatus.REMOVING;
import static io.jpod.ports.ContainerStatus.RUNNING;
import static io.jpod.ports.ContainerStatus.STOPPED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jpod.ports.ContainerId;
import io.jpod.ports.ContainerRecord;
import io.jpod.ports.ContainerState;
import io.jpod.ports.ContainerStatus;
import io.jpod.ports.ImageId;
import io.jpod.ports.InvalidStateException;
import io.jpod.ports.LayerKey;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LifecycleTest {
  /** The whole table, written out again so that any change to it is a deliberate one. */
  private static final Map<ContainerStatus, Set<ContainerStatus>> ALLOWED = Map.of(
      CONFIGURED, EnumSet.of(CREATED, REMOVING),
      CREATED, EnumSet.of(RUNNING, STOPPED, EXITED, REMOVING),
      RUNNING, EnumSet.of(PAUSED, STOPPED, EXITED),
      PAUSED, EnumSet.of(RUNNING, STOPPED, EXITED),
      STOPPED, EnumSet.of(CREATED, EXITED, REMOVING),
      EXITED, EnumSet.of(CREATED, REMOVING),
      REMOVING, EnumSet.noneOf(ContainerStatus.class));

  @ParameterizedTest
  @EnumSource(ContainerStatus.class)
  void canMove_fromEachStatus_allowsExactlyTheTableMoves(ContainerStatus from) {
    for (ContainerStatus to : ContainerStatus.values()) {
      assertThat(Lifecycle.canMove(from, to)).as(from + " -> " + to).isEqualTo(ALLOWED.get(from).contains(to));
    }
  }

  @Test
  void canMove_runningToRemoving_isForbidden() {
    assertThat(Lifecycle.canMove(RUNNING, REMOVING)).isFalse();
    assertThat(Lifecycle.canMove(PAUSED, REMOVING)).isFalse();
  }

  @Test
  void canMove_toSameStatus_isForbidden() {
    for (ContainerStatus status : ContainerStatus.values()) {
      assertThat(Lifecycle.canMove(status, status)).as(status.name()).isFalse();
    }
  }

  @Test
  void require_forbiddenMove_namesContainerAndStatus() {
    ContainerRecord running = record(RUNNING);

    assertThatThrownBy(() -> Lifecycle.require(running, REMOVING, "remove"))
        .isInstanceOf(InvalidStateException.class)
        .hasMessage("cannot remove container 3f2a9c1b0000 (web): status is running");
  }

  @Test
  void require_allowedMove_passes() throws Exception {
    Lifecycle.require(record(EXITED), REMOVING, "remove");
  }

  private static ContainerRecord record(ContainerStatus status) {
    return new ContainerRecord(new ContainerId("3f2a9c1b" + "0".repeat(56)), "web", new ImageId("e".repeat(64)),
        "localhost/app:latest", new LayerKey("3f2a9c1b"), List.of("sh"), Instant.EPOCH, "fake", false, null,
        new ContainerState(status, OptionalInt.empty(), OptionalInt.empty(), Optional.empty(), Optional.empty()));
  }
}
