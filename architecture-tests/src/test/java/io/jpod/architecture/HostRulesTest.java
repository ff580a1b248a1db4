package io.jpod.architecture;

import static io.jpod.architecture.FixtureAssertions.assertCompliant;
import static io.jpod.architecture.FixtureAssertions.violations;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HostRulesTest {
  @Test
  void hostSeesNoDomainAdaptersCliGuiceOrPicocli_applierReachingUp_fails() {
    String field = "Field <io.jpod.host.archfixture.upward.LayerApplier.";
    assertThat(violations(Rules.HOST_SEES_NO_DOMAIN_ADAPTERS_CLI_GUICE_OR_PICOCLI, "io.jpod.host.archfixture.upward"))
        .containsExactly(
            field + "commandLine> has type <picocli.CommandLine> in (LayerApplier.java:0)",
            field + "injector> has type <com.google.inject.Injector> in (LayerApplier.java:0)",
            field + "main> has type <io.jpod.cli.archfixture.compliant.Main> in (LayerApplier.java:0)",
            field + "storage> has type <io.jpod.adapters.archfixturestorage.StorageProvider> in (LayerApplier.java:0)",
            field + "useCase> has type <io.jpod.domain.archfixture.compliant.StartUseCase> in (LayerApplier.java:0)");
  }

  @Test
  void hostSeesNoDomainAdaptersCliGuiceOrPicocli_mountsOnJnrJacksonCompressAndPorts_passes() {
    assertCompliant(Rules.HOST_SEES_NO_DOMAIN_ADAPTERS_CLI_GUICE_OR_PICOCLI, "io.jpod.host.archfixture.compliant");
  }
}
