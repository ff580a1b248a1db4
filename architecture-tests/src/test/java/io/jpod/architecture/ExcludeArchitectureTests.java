package io.jpod.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import java.util.regex.Pattern;

/**
 * Leaves out this module's rules and violation fixtures, and test jars (the ports contract tests use JUnit): the
 * rules judge production code only.
 */
public final class ExcludeArchitectureTests implements ImportOption {
  private static final Pattern RULES_AND_FIXTURES = Pattern.compile(".*/io/jpod/architecture/.*|.*/archfixture[^/]*/.*");
  private static final Pattern TEST_JAR = Pattern.compile(".*-tests\\.jar!/.*");

  @Override
  public boolean includes(Location location) {
    return !location.matches(RULES_AND_FIXTURES) && !location.matches(TEST_JAR);
  }
}
