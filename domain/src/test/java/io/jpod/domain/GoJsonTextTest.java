package io.jpod.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GoJsonTextTest {
  private static String quote(String text) {
    StringBuilder out = new StringBuilder();
    GoJsonText.quote(out, text);
    return out.toString();
  }

  @Test
  void quote_plainText_unchanged() {
    assertThat(quote("sh -c echo é")).isEqualTo("\"sh -c echo é\"");
  }

  @Test
  void quote_specialCharacters_escapedAsGoEncodingJson() {
    assertThat(quote("a && b > c < d")).isEqualTo("\"a \\u0026\\u0026 b \\u003e c \\u003c d\"");
    assertThat(quote("\"\\\n\r\t\u0001\u2028\u2029")).isEqualTo("\"\\\"\\\\\\n\\r\\t\\u0001\\u2028\\u2029\"");
  }
}
