package io.jpod.architecture;

import static io.jpod.architecture.FixtureAssertions.assertCompliant;
import static io.jpod.architecture.FixtureAssertions.violations;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DomainRulesTest {
  @Test
  void domainDependsOnPortsJdkAndInjectOnly_parserUsingJackson_fails() {
    assertThat(violations(Rules.DOMAIN_DEPENDS_ON_PORTS_JDK_AND_INJECT_ONLY, "io.jpod.domain.archfixture.jackson"))
        .contains(
            "Field <io.jpod.domain.archfixture.jackson.ImageConfigParser.mapper> has type"
                + " <com.fasterxml.jackson.databind.ObjectMapper> in (ImageConfigParser.java:0)",
            "Method <io.jpod.domain.archfixture.jackson.ImageConfigParser.user(java.lang.String)> calls method"
                + " <com.fasterxml.jackson.databind.ObjectMapper.readTree(java.lang.String)> in (ImageConfigParser.java:11)");
  }

  @Test
  void domainDependsOnPortsJdkAndInjectOnly_bootstrapUsingGuice_fails() {
    assertThat(violations(Rules.DOMAIN_DEPENDS_ON_PORTS_JDK_AND_INJECT_ONLY, "io.jpod.domain.archfixture.guice"))
        .containsExactly(
            "Method <io.jpod.domain.archfixture.guice.EngineBootstrap.injector()> calls method"
                + " <com.google.inject.Guice.createInjector([Lcom.google.inject.Module;)> in (EngineBootstrap.java:9)",
            "Method <io.jpod.domain.archfixture.guice.EngineBootstrap.injector()> has return type"
                + " <com.google.inject.Injector> in (EngineBootstrap.java:0)");
  }

  @Test
  void domainTouchesNoFilesOrProcesses_fileCheckAndProcessLauncher_fails() {
    assertThat(violations(Rules.DOMAIN_TOUCHES_NO_FILES_OR_PROCESSES, "io.jpod.domain.archfixture.effects"))
        .containsExactly(
            "Method <io.jpod.domain.archfixture.effects.RootfsCheck.exists(java.nio.file.Path)> calls method"
                + " <java.nio.file.Files.isDirectory(java.nio.file.Path, [Ljava.nio.file.LinkOption;)>"
                + " in (RootfsCheck.java:9)",
            "Method <io.jpod.domain.archfixture.effects.RuntimeLauncher.start(java.lang.String)> calls constructor"
                + " <java.lang.ProcessBuilder.<init>([Ljava.lang.String;)> in (RuntimeLauncher.java:8)",
            "Method <io.jpod.domain.archfixture.effects.RuntimeLauncher.start(java.lang.String)> calls method"
                + " <java.lang.ProcessBuilder.start()> in (RuntimeLauncher.java:8)",
            "Method <io.jpod.domain.archfixture.effects.RuntimeLauncher.start(java.lang.String)> has return type"
                + " <java.lang.Process> in (RuntimeLauncher.java:0)");
  }

  @Test
  void domainRules_useCaseOnPortsJdkAndInject_pass() {
    assertCompliant(Rules.DOMAIN_DEPENDS_ON_PORTS_JDK_AND_INJECT_ONLY, "io.jpod.domain.archfixture.compliant");
    assertCompliant(Rules.DOMAIN_TOUCHES_NO_FILES_OR_PROCESSES, "io.jpod.domain.archfixture.compliant");
  }
}
