package io.jpod.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.Dependency.Predicates.dependency;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.conditions.ArchConditions.haveAnyDependenciesThat;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaPackage;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.RandomAccessFile;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.util.Optional;

/**
 * The rules of ARCHITECTURE.md and of STYLE.md section 1 (module table, library placement), one constant each.
 * {@link ArchitectureTest} runs them all over the production classes; the fixture tests run each one over a class
 * that breaks it.
 *
 * <p>A rule about what one module's classes may use is stated over every imported class ("no class has a
 * dependency from domain to X"), not over that module's classes: so it still checks something while a module has
 * no classes yet, and {@code archRule.failOnEmptyShould} stays on. The violating fixture of each rule proves that its
 * package names are spelled right.
 */
public final class Rules {
  private static final String PORTS = "io.jpod.ports..";
  private static final String DOMAIN = "io.jpod.domain..";
  private static final String HOST = "io.jpod.host..";
  private static final String ADAPTERS = "io.jpod.adapters..";
  private static final String ADAPTER_PREFIX = "io.jpod.adapters.";
  private static final String REGISTRY_ADAPTER = "io.jpod.adapters.registry..";
  private static final String CLI = "io.jpod.cli..";
  private static final String JDK = "java..";
  private static final String JAKARTA_INJECT = "jakarta.inject..";
  private static final String GUICE = "com.google.inject..";
  private static final String PICOCLI = "picocli..";
  private static final String[] JNR = {"jnr..", "com.kenai.jffi.."};
  private static final String JACKSON = "com.fasterxml.jackson..";
  private static final String COMMONS_COMPRESS = "org.apache.commons.compress..";
  private static final String BOUNCY_CASTLE = "org.bouncycastle..";
  private static final String[] JDBC = {"java.sql..", "javax.sql.."};
  private static final String LAYER_STORE_PROVIDER = "io.jpod.ports.LayerStoreProvider";

  private Rules() {}

  // ARCHITECTURE.md rule 1.
  @ArchTest
  public static final ArchRule PORTS_DEPEND_ON_JDK_ONLY =
      classes().that().resideInAPackage(PORTS)
          .should().onlyDependOnClassesThat().resideInAnyPackage(PORTS, JDK)
          .as("ports depend on the JDK only")
          .because("third parties implement a port against ports alone, without annotation or other libraries");

  // ARCHITECTURE.md rule 2.
  @ArchTest
  public static final ArchRule DOMAIN_DEPENDS_ON_PORTS_JDK_AND_INJECT_ONLY =
      noDependencies(DOMAIN, not(resideInAnyPackage(DOMAIN, PORTS, JDK, JAKARTA_INJECT)))
          .as("domain depends on ports, the JDK and jakarta.inject only")
          .because("domain holds the rules and reaches the machine, Jackson and Guice through nothing but ports");

  @ArchTest
  public static final ArchRule DOMAIN_TOUCHES_NO_FILES_OR_PROCESSES =
      noDependencies(DOMAIN, belongToAnyOf(File.class, Files.class, FileInputStream.class, FileOutputStream.class,
              RandomAccessFile.class, FileChannel.class, ProcessBuilder.class, Process.class, ProcessHandle.class))
          .as("domain touches no files and starts no processes")
          .because("domain decides, the ports act");

  // ARCHITECTURE.md rule 3.
  @ArchTest
  public static final ArchRule ADAPTERS_SEE_NO_DOMAIN_CLI_OR_GUICE =
      noDependencies(ADAPTERS, resideInAnyPackage(DOMAIN, CLI, GUICE))
          .as("adapters depend on neither domain, cli nor Guice")
          .because("a third party writes an adapter against ports (and host) alone");

  @ArchTest
  public static final ArchRule ADAPTERS_ARE_INDEPENDENT =
      noClasses().should(haveAnyDependenciesThat(fromOneAdapterToAnother()))
          .as("adapters do not depend on each other")
          .because("code that two adapters need moves to host, never to a shared adapter");

  @ArchTest
  public static final ArchRule ADAPTERS_PUBLISH_ONLY_THEIR_PROVIDER =
      classes().that().arePublic()
          .should().resideOutsideOfPackage(ADAPTERS)
          .orShould().implement(resideInAPackage("io.jpod.ports").and(simpleNameEndingWith("Provider"))
              .as("an io.jpod.ports *Provider"))
          .as("the public classes of adapters are their port providers")
          .because("an adapter is reached through the provider it lists in META-INF/services and nothing else");

  // ARCHITECTURE.md rule 4.
  @ArchTest
  public static final ArchRule HOST_SEES_NO_DOMAIN_ADAPTERS_CLI_GUICE_OR_PICOCLI =
      noDependencies(HOST, resideInAnyPackage(DOMAIN, ADAPTERS, CLI, GUICE, PICOCLI))
          .as("host depends on neither domain, adapters, cli, Guice nor picocli")
          .because("host is the Linux primitives that adapters share, below all of them");

  // ARCHITECTURE.md rule 5.
  @ArchTest
  public static final ArchRule CLI_DOES_NOT_DEPEND_ON_ADAPTERS =
      noDependencies(CLI, resideInAPackage(ADAPTERS))
          .as("cli depends on no adapter")
          .because("cli finds providers with ServiceLoader, so a jar that publishes one adds a backend");

  @ArchTest
  public static final ArchRule GUICE_ONLY_IN_CLI =
      noClasses().that().resideOutsideOfPackage(CLI)
          .should().dependOnClassesThat().resideInAPackage(GUICE)
          .as("only cli uses Guice")
          .because("cli is the only composition root and the only place that builds an Injector");

  @ArchTest
  public static final ArchRule PICOCLI_ONLY_IN_CLI =
      noClasses().that().resideOutsideOfPackage(CLI)
          .should().dependOnClassesThat().resideInAPackage(PICOCLI)
          .as("only cli uses picocli")
          .because("cli owns the command line");

  @ArchTest
  public static final ArchRule STANDARD_STREAMS_ONLY_IN_CLI =
      noClasses().that().resideOutsideOfPackage(CLI)
          .should().accessField(System.class, "out")
          .orShould().accessField(System.class, "err")
          .as("only cli uses System.out and System.err")
          .because("cli formats all output; libraries log through System.Logger and report progress through ports");

  @ArchTest
  public static final ArchRule SYSTEM_EXIT_ONLY_IN_CLI =
      noClasses().that().resideOutsideOfPackage(CLI)
          .should().callMethod(System.class, "exit", int.class)
          .as("only cli calls System.exit")
          .because("cli owns main and maps failures to podman's exit codes");

  // STYLE.md section 1: library placement.
  @ArchTest
  public static final ArchRule JNR_ONLY_IN_HOST =
      noClasses().that().resideOutsideOfPackage(HOST)
          .should().dependOnClassesThat().resideInAnyPackage(JNR)
          .as("only host uses jnr-ffi")
          .because("host is the one home of native calls");

  @ArchTest
  public static final ArchRule JACKSON_ONLY_IN_HOST_ADAPTERS_AND_CLI =
      noClasses().that().resideOutsideOfPackages(HOST, ADAPTERS, CLI)
          .should().dependOnClassesThat().resideInAPackage(JACKSON)
          .as("only host, adapters and cli use Jackson")
          .because("JSON and TOML are formats of backends and config files, not of ports or domain");

  @ArchTest
  public static final ArchRule COMMONS_COMPRESS_ONLY_IN_HOST_AND_STORAGE_ADAPTERS =
      noClasses().that().resideOutsideOfPackage(HOST).and(not(inStorageAdapter()))
          .should().dependOnClassesThat().resideInAPackage(COMMONS_COMPRESS)
          .as("only host and storage adapters use commons-compress")
          .because("layer archives are applied and diffed by host and the storage drivers");

  @ArchTest
  public static final ArchRule BOUNCY_CASTLE_ONLY_IN_REGISTRY_ADAPTER =
      noClasses().that().resideOutsideOfPackage(REGISTRY_ADAPTER)
          .should().dependOnClassesThat().resideInAPackage(BOUNCY_CASTLE)
          .as("only the registry adapter uses BouncyCastle")
          .because("signature checks belong to pulling images");

  @ArchTest
  public static final ArchRule JDBC_ONLY_IN_ADAPTERS =
      noClasses().that().resideOutsideOfPackage(ADAPTERS)
          .should().dependOnClassesThat().resideInAnyPackage(JDBC)
          .as("only adapters use JDBC")
          .because("the state database is a backend of the StateStore port");

  // ARCHITECTURE.md, the hexagon.
  @ArchTest
  public static final ArchRule TOP_LEVEL_PACKAGES_ARE_FREE_OF_CYCLES =
      slices().matching("io.jpod.(*)..")
          .should().beFreeOfCycles()
          .as("the top-level packages of io.jpod are free of cycles");

  private static ArchRule noDependencies(String originPackage, DescribedPredicate<? super JavaClass> target) {
    return noClasses().should(haveAnyDependenciesThat(dependency(resideInAPackage(originPackage), target)));
  }

  private static DescribedPredicate<Dependency> fromOneAdapterToAnother() {
    return describe("lead from one adapter to another", dependency -> {
      Optional<String> from = adapterOf(dependency.getOriginClass());
      Optional<String> to = adapterOf(dependency.getTargetClass());
      return from.isPresent() && to.isPresent() && !from.equals(to);
    });
  }

  /** Storage adapters are the adapter packages that publish a LayerStoreProvider: they apply and diff layers. */
  private static DescribedPredicate<JavaClass> inStorageAdapter() {
    return describe("are in a storage adapter (one implementing " + LAYER_STORE_PROVIDER + ")",
        javaClass -> adapterOf(javaClass).map(adapter -> {
          JavaPackage adapterPackage = javaClass.getPackage();
          while (!adapterPackage.getName().equals(ADAPTER_PREFIX + adapter)) {
            adapterPackage = adapterPackage.getParent().orElseThrow();
          }
          return adapterPackage.getClassesInPackageTree().stream()
              .anyMatch(member -> member.isAssignableTo(LAYER_STORE_PROVIDER));
        }).orElse(false));
  }

  /** The backend name of an adapter class: "runc" for io.jpod.adapters.runc.internal.Bundle. */
  private static Optional<String> adapterOf(JavaClass javaClass) {
    String packageName = javaClass.getPackageName();
    if (!packageName.startsWith(ADAPTER_PREFIX)) {
      return Optional.empty();
    }
    String rest = packageName.substring(ADAPTER_PREFIX.length());
    int dot = rest.indexOf('.');
    return Optional.of(dot < 0 ? rest : rest.substring(0, dot));
  }
}
