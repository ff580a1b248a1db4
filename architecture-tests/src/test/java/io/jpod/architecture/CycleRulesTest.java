package io.jpod.architecture;

import static io.jpod.architecture.FixtureAssertions.assertCompliant;
import static io.jpod.architecture.FixtureAssertions.violations;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CycleRulesTest {
  @Test
  void topLevelPackagesAreFreeOfCycles_domainAndHostUsingEachOther_fails() {
    assertThat(String.join("\n", violations(Rules.TOP_LEVEL_PACKAGES_ARE_FREE_OF_CYCLES,
        "io.jpod.domain.archfixturecycle", "io.jpod.host.archfixturecycle")))
        .startsWith("Cycle detected: Slice domain -> \n                Slice host -> \n                Slice domain\n")
        .contains("    - Method <io.jpod.domain.archfixturecycle.RestartPolicy.mounter()> calls constructor"
            + " <io.jpod.host.archfixturecycle.Mounter.<init>()> in (RestartPolicy.java:8)")
        .contains("    - Method <io.jpod.host.archfixturecycle.Mounter.policy()> calls constructor"
            + " <io.jpod.domain.archfixturecycle.RestartPolicy.<init>()> in (Mounter.java:8)");
  }

  @Test
  void topLevelPackagesAreFreeOfCycles_cliOverDomainAndHostOverPorts_passes() {
    assertCompliant(Rules.TOP_LEVEL_PACKAGES_ARE_FREE_OF_CYCLES, "io.jpod.cli.archfixture.compliant",
        "io.jpod.domain.archfixture.compliant", "io.jpod.host.archfixture.compliant",
        "io.jpod.ports.archfixture.compliant");
  }
}
