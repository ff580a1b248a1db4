package io.jpod.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jpod.ports.InvalidArgumentException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormattingTest {
  private static final Map<String, String> TITLES = Map.of("ID", "IMAGE ID", "Repository", "REPOSITORY");
  private static final List<Map<String, String>> ROWS = List.of(
      Map.of("ID", "0123456789ab", "Repository", "localhost/busybox"),
      Map.of("ID", "ba9876543210", "Repository", "localhost/a"));

  private static String print(String format) throws InvalidArgumentException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Listing.print(new PrintStream(bytes, true, StandardCharsets.UTF_8), format, List.of("Repository", "ID"),
        TITLES, ROWS);
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void defaultTable_alignsLikeTabwriter() throws Exception {
    assertThat(print(null)).isEqualTo("""
        REPOSITORY         IMAGE ID
        localhost/busybox  0123456789ab
        localhost/a        ba9876543210
        """);
  }

  @Test
  void plainTemplate_rendersEachRow() throws Exception {
    assertThat(print("{{.ID}} {{ .Repository }}")).isEqualTo("0123456789ab localhost/busybox\n"
        + "ba9876543210 localhost/a\n");
  }

  @Test
  void tableTemplate_printsHeadersAndPadsShortColumnsToTwelve() throws Exception {
    assertThat(print("table {{.ID}}\\t{{.Repository}}")).isEqualTo("""
        IMAGE ID      REPOSITORY
        0123456789ab  localhost/busybox
        ba9876543210  localhost/a
        """);
  }

  @Test
  void template_unknownField_fails() {
    assertThatThrownBy(() -> print("{{.Nope}}")).isInstanceOf(InvalidArgumentException.class)
        .hasMessage("template: can't evaluate field Nope");
  }

  @Test
  void sizes_threeSignificantDecimalDigits() {
    assertThat(Sizes.human(512)).isEqualTo("512 B");
    assertThat(Sizes.human(2_138_000)).isEqualTo("2.14 MB");
    assertThat(Sizes.human(1_000_000)).isEqualTo("1 MB");
    assertThat(Sizes.human(4_860)).isEqualTo("4.86 kB");
  }

  @Test
  void goJson_nestedValues_indentedAsMarshalIndent() {
    Map<String, Object> object = new java.util.LinkedHashMap<>();
    object.put("Names", List.of("a", "b"));
    object.put("Empty", List.of());
    object.put("Map", Map.of());
    object.put("Nil", null);
    object.put("N", 42L);
    object.put("Yes", true);
    assertThat(GoJson.marshalIndent(List.of(object), "  ")).isEqualTo("""
        [
          {
            "Names": [
              "a",
              "b"
            ],
            "Empty": [],
            "Map": {},
            "Nil": null,
            "N": 42,
            "Yes": true
          }
        ]""");
    assertThat(GoJson.marshalIndent(List.of(), "    ")).isEqualTo("[]");
  }

  @Test
  void goJson_strings_escapedAsGoDoes() {
    assertThat(GoJson.marshalIndent("q\" b\\ <a&b> \n\t\u0001 é \u2028", "  "))
        .isEqualTo("\"q\\\" b\\\\ \\u003ca\\u0026b\\u003e \\n\\t\\u0001 é \\u2028\"");
  }

  @Test
  void rfc3339_fractionTrimmedAsGoDoes() {
    assertThat(Listing.rfc3339(java.time.Instant.parse("2026-11-28T19:15:40Z"))).isEqualTo("2026-11-28T19:15:40Z");
    assertThat(Listing.rfc3339(java.time.Instant.parse("2026-11-28T19:15:40.767900Z")))
        .isEqualTo("2026-11-28T19:15:40.7679Z");
  }

  @Test
  void isJson_podmansSpelling() {
    assertThat(Listing.isJson("json")).isTrue();
    assertThat(Listing.isJson(" JSON ")).isTrue();
    assertThat(Listing.isJson("{{json .}}")).isFalse();
    assertThat(Listing.isJson(null)).isFalse();
  }
}
