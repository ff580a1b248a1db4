package io.jpod.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.Location;
import java.net.URI;
import org.junit.jupiter.api.Test;

class ExcludeArchitectureTestsTest {
  private final ExcludeArchitectureTests option = new ExcludeArchitectureTests();

  @Test
  void importPackages_ioJpod_keepsPortsAndLeavesOutRulesAndFixtures() {
    var names = new ClassFileImporter().withImportOption(option).importPackages("io.jpod").stream()
        .map(JavaClass::getName).toList();

    assertThat(names).contains("io.jpod.ports.OciRuntime", "io.jpod.ports.LayerStoreProvider");
    assertThat(names).noneMatch(name -> name.startsWith("io.jpod.architecture.") || name.contains(".archfixture"));
  }

  @Test
  void includes_portsTestJar_false() {
    assertThat(option.includes(Location.of(URI.create(
        "jar:file:/repo/ports/target/ports-0.1.0-SNAPSHOT-tests.jar!/io/jpod/ports/contract/TestRootfs.class"))))
        .isFalse();
  }

  @Test
  void includes_portsJar_true() {
    assertThat(option.includes(Location.of(URI.create(
        "jar:file:/repo/ports/target/ports-0.1.0-SNAPSHOT.jar!/io/jpod/ports/OciRuntime.class")))).isTrue();
  }
}
