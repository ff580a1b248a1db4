package io.jpod.architecture;

import static io.jpod.architecture.FixtureAssertions.assertCompliant;
import static io.jpod.architecture.FixtureAssertions.violations;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.junit.jupiter.api.Test;

class CliOnlyRulesTest {
  @Test
  void cliDoesNotDependOnAdapters_moduleConstructingAProvider_fails() {
    assertThat(violations(Rules.CLI_DOES_NOT_DEPEND_ON_ADAPTERS, "io.jpod.cli.archfixture.adapterimport"))
        .containsExactly("Method <io.jpod.cli.archfixture.adapterimport.BackendsModule.storage()> calls constructor"
            + " <io.jpod.adapters.archfixturestorage.StorageProvider.<init>()> in (BackendsModule.java:9)");
  }

  @Test
  void guiceOnlyInCli_domainBuildingInjector_fails() {
    assertThat(violations(Rules.GUICE_ONLY_IN_CLI, "io.jpod.domain.archfixture.guice")).containsExactly(
        "Method <io.jpod.domain.archfixture.guice.EngineBootstrap.injector()> calls method"
            + " <com.google.inject.Guice.createInjector([Lcom.google.inject.Module;)> in (EngineBootstrap.java:9)",
        "Method <io.jpod.domain.archfixture.guice.EngineBootstrap.injector()> has return type"
            + " <com.google.inject.Injector> in (EngineBootstrap.java:0)");
  }

  @Test
  void picocliOnlyInCli_domainDeclaringOption_fails() {
    assertThat(violations(Rules.PICOCLI_ONLY_IN_CLI, "io.jpod.domain.archfixture.picocli")).contains(
        "Field <io.jpod.domain.archfixture.picocli.RunOptions.remove> is annotated with"
            + " <picocli.CommandLine$Option> in (RunOptions.java:0)");
  }

  @Test
  void standardStreamsOnlyInCli_hostPrinting_fails() {
    assertThat(violations(Rules.STANDARD_STREAMS_ONLY_IN_CLI, "io.jpod.host.archfixture.streams")).containsExactly(
        "Method <io.jpod.host.archfixture.streams.MountLog.failed(java.lang.String)> gets field"
            + " <java.lang.System.err> in (MountLog.java:10)",
        "Method <io.jpod.host.archfixture.streams.MountLog.mounted(java.lang.String)> gets field"
            + " <java.lang.System.out> in (MountLog.java:6)");
  }

  @Test
  void systemExitOnlyInCli_adapterExiting_fails() {
    assertThat(violations(Rules.SYSTEM_EXIT_ONLY_IN_CLI, "io.jpod.adapters.archfixtureexit")).containsExactly(
        "Method <io.jpod.adapters.archfixtureexit.Abort.runtimeMissing()> calls method"
            + " <java.lang.System.exit(int)> in (Abort.java:6)");
  }

  /** The rules speak of classes outside cli, so the passing case holds a domain class beside cli's main. */
  @Test
  void cliOnlyRules_cliMainBesideDomainUseCase_pass() {
    for (ArchRule rule : List.of(Rules.CLI_DOES_NOT_DEPEND_ON_ADAPTERS, Rules.GUICE_ONLY_IN_CLI,
        Rules.PICOCLI_ONLY_IN_CLI, Rules.STANDARD_STREAMS_ONLY_IN_CLI, Rules.SYSTEM_EXIT_ONLY_IN_CLI)) {
      assertCompliant(rule, "io.jpod.cli.archfixture.compliant", "io.jpod.domain.archfixture.compliant");
    }
  }
}
