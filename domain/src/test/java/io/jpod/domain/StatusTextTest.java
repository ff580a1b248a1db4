package io.jpod.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.jpod.ports.ContainerStatus;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class StatusTextTest {
  /** Expected texts are go-units' HumanDuration, which podman uses: hours rounded, years from whole hours. */
  @ParameterizedTest(name = "{0}s -> {1}")
  @CsvSource({
      "-5,        Less than a second",
      "0,         Less than a second",
      "1,         1 second",
      "2,         2 seconds",
      "59,        59 seconds",
      "60,        About a minute",
      "119,       About a minute",
      "120,       2 minutes",
      "3599,      59 minutes",
      "3600,      About an hour",
      "5399,      About an hour",
      "5400,      2 hours",
      "169199,    47 hours",
      "171000,    2 days",
      "1209599,   2 weeks",
      "1209600,   2 weeks",
      "5183999,   2 months",
      "5184000,   2 months",
      "63072000,  2 years",
      "94606560,  2 years",
      "94608000,  3 years",
  })
  void humanDuration_boundary_matchesPodman(long seconds, String text) {
    assertThat(StatusText.humanDuration(Duration.ofSeconds(seconds))).isEqualTo(text);
  }

  @Test
  void humanDuration_subSecond_isLessThanASecond() {
    assertThat(StatusText.humanDuration(Duration.ofMillis(999))).isEqualTo("Less than a second");
  }

  @Test
  void ago_fiveMinutesEarlier_appendsAgo() {
    Instant now = Instant.parse("2025-03-01T10:05:00Z");

    assertThat(StatusText.ago(now.minusSeconds(300), now)).isEqualTo("5 minutes ago");
  }

  @ParameterizedTest
  @EnumSource(ContainerStatus.class)
  void of_everyStatus_isLowerCaseWord(ContainerStatus status) {
    assertThat(StatusText.of(status)).matches("[a-z]+");
  }

  /** podman prints a container whose runtime create never succeeded as "created" (ps: "Created"). */
  @Test
  void of_configured_isCreatedAsPodmanPrintsIt() {
    assertThat(StatusText.of(ContainerStatus.CONFIGURED)).isEqualTo("created");
  }
}
