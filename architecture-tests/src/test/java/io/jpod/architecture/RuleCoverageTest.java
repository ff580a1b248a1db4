package io.jpod.architecture;

import static java.util.stream.Collectors.toSet;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RuleCoverageTest {
  /** A rule without a fixture that breaks it could be misspelled and pass forever. */
  @Test
  void rules_everyRule_hasViolatingFixtureTest() {
    Set<String> rulesWithFailingTest = new ClassFileImporter().importPackages("io.jpod.architecture").stream()
        .flatMap(javaClass -> javaClass.getMethods().stream())
        .filter(method -> method.isAnnotatedWith(Test.class) && method.getName().endsWith("_fails"))
        .map(JavaMethod::getName)
        .map(name -> name.substring(0, name.indexOf('_')))
        .collect(toSet());

    List<String> rules = ruleTestPrefixes();
    assertThat(rules).isNotEmpty();
    assertThat(rulesWithFailingTest).containsAll(rules);
  }

  /** PORTS_DEPEND_ON_JDK_ONLY is tested by portsDependOnJdkOnly_<fixture>_fails. */
  private static List<String> ruleTestPrefixes() {
    return Arrays.stream(Rules.class.getFields())
        .filter(field -> ArchRule.class.isAssignableFrom(field.getType()))
        .map(Field::getName)
        .map(RuleCoverageTest::lowerCamel)
        .toList();
  }

  private static String lowerCamel(String constantName) {
    StringBuilder camel = new StringBuilder();
    for (String word : constantName.toLowerCase().split("_")) {
      camel.append(camel.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
    }
    return camel.toString();
  }
}
