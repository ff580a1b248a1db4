package io.jpod.domain;

import io.jpod.ports.ContainerStatus;
import java.time.Duration;
import java.time.Instant;

/** Status words as podman prints them. */
public final class StatusText {
  private StatusText() {}

  /**
   * The lower-case state word of {@code inspect}'s State.Status and of error messages. A container the runtime
   * never created is "created" to the user, as in podman.
   */
  public static String of(ContainerStatus status) {
    return switch (status) {
      case CONFIGURED -> "created";
      case CREATED -> "created";
      case RUNNING -> "running";
      case PAUSED -> "paused";
      case STOPPED -> "stopped";
      case EXITED -> "exited";
      case REMOVING -> "removing";
    };
  }

  /** "3 seconds", "About a minute", "2 hours": podman's human durations. */
  public static String humanDuration(Duration d) {
    long seconds = Math.max(0, d.getSeconds());
    if (seconds < 1) {
      return "Less than a second";
    } else if (seconds == 1) {
      return "1 second";
    } else if (seconds < 60) {
      return seconds + " seconds";
    }
    long minutes = seconds / 60;
    if (minutes == 1) {
      return "About a minute";
    } else if (minutes < 60) {
      return minutes + " minutes";
    }
    long hours = Math.round(seconds / 3600.0);
    if (hours == 1) {
      return "About an hour";
    } else if (hours < 48) {
      return hours + " hours";
    } else if (hours < 24 * 7 * 2) {
      return hours / 24 + " days";
    } else if (hours < 24 * 30 * 2) {
      return hours / 24 / 7 + " weeks";
    } else if (hours < 24 * 365 * 2) {
      return hours / 24 / 30 + " months";
    }
    // go-units counts years from whole hours, not rounded ones: 3 years less a minute is "2 years"
    return seconds / 3600 / 24 / 365 + " years";
  }

  public static String ago(Instant then, Instant now) {
    return humanDuration(Duration.between(then, now)) + " ago";
  }
}
