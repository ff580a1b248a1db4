package io.jpod.architecture;

import static io.jpod.architecture.FixtureAssertions.assertCompliant;
import static io.jpod.architecture.FixtureAssertions.violations;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AdapterRulesTest {
  private static final String STORAGE_ADAPTER = "io.jpod.adapters.archfixturestorage";

  @Test
  void adaptersSeeNoDomainCliOrGuice_guiceInjectedStoreUsingDomainAndCli_fails() {
    String constructor = "Constructor <io.jpod.adapters.archfixtureinjected.InjectedStore.<init>("
        + "io.jpod.domain.archfixture.compliant.StartUseCase, io.jpod.cli.archfixture.compliant.Main)>";
    assertThat(violations(Rules.ADAPTERS_SEE_NO_DOMAIN_CLI_OR_GUICE, "io.jpod.adapters.archfixtureinjected"))
        .containsExactly(
            constructor + " has parameter of type <io.jpod.cli.archfixture.compliant.Main> in (InjectedStore.java:0)",
            constructor + " has parameter of type <io.jpod.domain.archfixture.compliant.StartUseCase>"
                + " in (InjectedStore.java:0)",
            constructor + " is annotated with <com.google.inject.Inject> in (InjectedStore.java:0)",
            "Field <io.jpod.adapters.archfixtureinjected.InjectedStore.main> has type"
                + " <io.jpod.cli.archfixture.compliant.Main> in (InjectedStore.java:0)",
            "Field <io.jpod.adapters.archfixtureinjected.InjectedStore.useCase> has type"
                + " <io.jpod.domain.archfixture.compliant.StartUseCase> in (InjectedStore.java:0)");
  }

  @Test
  void adaptersAreIndependent_networkAdapterCallingIpamAdapter_fails() {
    assertThat(violations(Rules.ADAPTERS_ARE_INDEPENDENT, "io.jpod.adapters.archfixturea")).containsExactly(
        "Method <io.jpod.adapters.archfixturea.BridgeNetwork.address()> calls constructor"
            + " <io.jpod.adapters.archfixtureb.HostLocalIpam.<init>()> in (BridgeNetwork.java:8)",
        "Method <io.jpod.adapters.archfixturea.BridgeNetwork.address()> calls method"
            + " <io.jpod.adapters.archfixtureb.HostLocalIpam.next()> in (BridgeNetwork.java:8)");
  }

  @Test
  void adaptersPublishOnlyTheirProvider_publicHelperBesideProvider_fails() {
    assertThat(violations(Rules.ADAPTERS_PUBLISH_ONLY_THEIR_PROVIDER, "io.jpod.adapters.archfixtureleaky"))
        .containsExactly("Class <io.jpod.adapters.archfixtureleaky.BundleWriter> does not implement"
            + " an io.jpod.ports *Provider in (BundleWriter.java:0) and Class"
            + " <io.jpod.adapters.archfixtureleaky.BundleWriter> does not reside outside of package"
            + " 'io.jpod.adapters..' in (BundleWriter.java:0)");
  }

  @Test
  void adapterRules_storageAdapterWithPublicProviderOnly_pass() {
    assertCompliant(Rules.ADAPTERS_SEE_NO_DOMAIN_CLI_OR_GUICE, STORAGE_ADAPTER);
    assertCompliant(Rules.ADAPTERS_ARE_INDEPENDENT, STORAGE_ADAPTER);
    assertCompliant(Rules.ADAPTERS_PUBLISH_ONLY_THEIR_PROVIDER, STORAGE_ADAPTER);
  }
}
