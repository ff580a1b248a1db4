package io.jpod.host.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.jpod.host.json.JsonReader.Token;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonReaderTest {
  private static List<String> tokens(String text) throws Exception {
    JsonReader json = new JsonReader(text);
    List<String> out = new ArrayList<>();
    for (Token token = json.next(); token != null; token = json.next()) {
      out.add(switch (token) {
        case FIELD_NAME -> "name:" + json.name();
        case STRING -> "string:" + json.text();
        case NUMBER -> "number:" + json.text();
        default -> token.name();
      });
    }
    return out;
  }

  @Test
  void next_nestedDocument_yieldsEveryTokenInOrder() throws Exception {
    assertThat(tokens(" {\"a\": [1, -2.5e3, true, false, null], \"b\": {\"c\": \"d\"}, \"e\": []}\n"))
        .containsExactly("START_OBJECT", "name:a", "START_ARRAY", "number:1", "number:-2.5e3", "TRUE", "FALSE",
            "NULL", "END_ARRAY", "name:b", "START_OBJECT", "name:c", "string:d", "END_OBJECT", "name:e",
            "START_ARRAY", "END_ARRAY", "END_OBJECT");
  }

  @Test
  void next_scalarAtTopLevel_thenEnd() throws Exception {
    assertThat(tokens("\"x\"")).containsExactly("string:x");
    assertThat(tokens("42")).containsExactly("number:42");
  }

  @Test
  void text_escapes_decoded() throws Exception {
    assertThat(tokens("\"q\\\" b\\\\ s\\/ \\b\\f\\n\\r\\t \\u00e9 \\ud83d\\ude00\""))
        .containsExactly("string:q\" b\\ s/ \b\f\n\r\t é 😀");
  }

  @Test
  void text_whatJacksonWrites_readsBackUnchanged() throws Exception {
    Random random = new Random(7);
    for (int round = 0; round < 200; round++) {
      StringBuilder original = new StringBuilder();
      for (int i = random.nextInt(40); i > 0; i--) {
        original.append((char) (random.nextBoolean() ? random.nextInt(0x80) : random.nextInt(0xD800)));
      }
      StringWriter written = new StringWriter();
      try (JsonGenerator out = new JsonFactory().createGenerator(written)) {
        out.writeStartObject();
        out.writeStringField(original.toString(), original.toString());
        out.writeEndObject();
      }
      assertThat(tokens(written.toString())).containsExactly("START_OBJECT", "name:" + original,
          "string:" + original, "END_OBJECT");
    }
  }

  @Test
  void intAndLongValue_inRange_parsed() throws Exception {
    JsonReader json = new JsonReader("[-2147483648, 9223372036854775807]");
    json.next();
    json.next();
    assertThat(json.intValue()).isEqualTo(Integer.MIN_VALUE);
    json.next();
    assertThat(json.longValue()).isEqualTo(Long.MAX_VALUE);
    assertThatThrownBy(json::intValue).isInstanceOf(MalformedJsonException.class).hasMessageContaining("int range");
  }

  @Test
  void intValue_fractionOrString_refused() throws Exception {
    JsonReader json = new JsonReader("[1.5, \"1\"]");
    json.next();
    json.next();
    assertThatThrownBy(json::intValue).hasMessageStartingWith("expected an integer, found a number");
    json.next();
    assertThatThrownBy(json::intValue).hasMessageStartingWith("expected an integer, found a string");
  }

  @Test
  void skipValue_nestedObject_continuesAfterIt() throws Exception {
    JsonReader json = new JsonReader("{\"skip\": {\"a\": [1, {\"b\": []}]}, \"keep\": 3}");
    json.next();
    json.next();
    json.next();
    json.skipValue();
    assertThat(json.next()).isEqualTo(Token.FIELD_NAME);
    assertThat(json.name()).isEqualTo("keep");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "{", "[1,]", "{\"a\":1,}", "[,1]", "{\"a\" 1}", "{a:1}", "\"open", "[1 2]", "01",
      "1.", "1e", "-", "tru", "{\"a\":1} x", "\"\\x\"", "\"\\u12\"", "\"tab\there\"", "[\"a\"}"})
  void next_malformed_failsNamingThePlace(String text) {
    assertThatThrownBy(() -> tokens(text)).isInstanceOf(MalformedJsonException.class)
        .hasMessageContaining("(at character ");
  }
}
