package io.jpod.architecture;

import com.tngtech.archunit.core.importer.ImportOption.DoNotIncludeTests;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;

/** Every rule over the io.jpod classes of the module jars on the test classpath. */
@AnalyzeClasses(packages = "io.jpod", importOptions = {DoNotIncludeTests.class, ExcludeArchitectureTests.class})
class ArchitectureTest {
  @ArchTest
  static final ArchTests RULES = ArchTests.in(Rules.class);
}
