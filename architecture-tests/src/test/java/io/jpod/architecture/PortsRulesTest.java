package io.jpod.architecture;

import static io.jpod.architecture.FixtureAssertions.assertCompliant;
import static io.jpod.architecture.FixtureAssertions.violations;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PortsRulesTest {
  @Test
  void portsDependOnJdkOnly_recordWithJacksonAnnotation_fails() {
    assertThat(violations(Rules.PORTS_DEPEND_ON_JDK_ONLY, "io.jpod.ports.archfixture.annotated")).contains(
        "Field <io.jpod.ports.archfixture.annotated.ImageView.id> is annotated with"
            + " <com.fasterxml.jackson.annotation.JsonProperty> in (ImageView.java:0)",
        "Method <io.jpod.ports.archfixture.annotated.ImageView.id()> is annotated with"
            + " <com.fasterxml.jackson.annotation.JsonProperty> in (ImageView.java:0)");
  }

  @Test
  void portsDependOnJdkOnly_recordOfJdkAndPortsTypes_passes() {
    assertCompliant(Rules.PORTS_DEPEND_ON_JDK_ONLY, "io.jpod.ports.archfixture.compliant");
  }
}
