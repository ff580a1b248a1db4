package io.jpod.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;

/** Runs one rule over fixture packages, which the real-code run never sees. */
final class FixtureAssertions {
  private FixtureAssertions() {}

  /** Asserts that {@code rule} fails on the fixture and returns the lines of its failure report. */
  static List<String> violations(ArchRule rule, String... fixturePackages) {
    EvaluationResult result = rule.evaluate(new ClassFileImporter().importPackages(fixturePackages));
    assertThat(result.hasViolation()).as("violation of '%s'", rule.getDescription()).isTrue();
    return result.getFailureReport().getDetails();
  }

  static void assertCompliant(ArchRule rule, String... fixturePackages) {
    EvaluationResult result = rule.evaluate(new ClassFileImporter().importPackages(fixturePackages));
    assertThat(result.getFailureReport().getDetails()).as(rule.getDescription()).isEmpty();
    assertThat(result.hasViolation()).isFalse();
  }
}
