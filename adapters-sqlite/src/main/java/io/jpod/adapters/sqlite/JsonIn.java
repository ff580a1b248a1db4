package io.jpod.adapters.sqlite;

import io.jpod.host.json.JsonReader;
import io.jpod.host.json.JsonReader.Token;
import io.jpod.host.json.MalformedJsonException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads what {@link JsonOut} wrote. Fields must come in the order they were written: a missing, extra, renamed,
 * repeated or reordered field fails with the field expected and the one found, rather than leaving a component at
 * a default.
 */
final class JsonIn {
  /** Reads the fields of one object; the braces are the caller's. */
  @FunctionalInterface
  interface Reader<T> {
    T read(JsonIn in) throws IOException;
  }

  private final JsonReader json;

  private JsonIn(JsonReader json) {
    this.json = json;
  }

  static <T> T parseObject(String text, Reader<T> reader) throws IOException {
    JsonIn in = new JsonIn(new JsonReader(text));
    in.json.next();
    T value = in.objectValue(reader);
    in.requireEnd();
    return value;
  }

  static List<String> parseStringArray(String text) throws MalformedJsonException {
    JsonIn in = new JsonIn(new JsonReader(text));
    in.json.next();
    List<String> values = in.stringArray();
    in.requireEnd();
    return values;
  }

  /** A string or null. */
  String string(String field) throws MalformedJsonException {
    return switch (field(field)) {
      case NULL -> null;
      case STRING -> json.text();
      default -> throw unexpected("a string or null");
    };
  }

  /** Fails on a number out of the int range. */
  int intValue(String field) throws MalformedJsonException {
    require(field(field), Token.NUMBER, "an integer");
    return json.intValue();
  }

  long longValue(String field) throws MalformedJsonException {
    require(field(field), Token.NUMBER, "an integer");
    return json.longValue();
  }

  boolean bool(String field) throws MalformedJsonException {
    return switch (field(field)) {
      case TRUE -> true;
      case FALSE -> false;
      default -> throw unexpected("true or false");
    };
  }

  List<String> strings(String field) throws MalformedJsonException {
    field(field);
    return stringArray();
  }

  List<Integer> ints(String field) throws MalformedJsonException {
    require(field(field), Token.START_ARRAY, "an array");
    List<Integer> values = new ArrayList<>();
    for (Token token = json.next(); token != Token.END_ARRAY; token = json.next()) {
      require(token, Token.NUMBER, "an integer");
      values.add(json.intValue());
    }
    return values;
  }

  Map<String, String> stringMap(String field) throws MalformedJsonException {
    require(field(field), Token.START_OBJECT, "an object");
    Map<String, String> map = new HashMap<>();
    for (Token token = json.next(); token != Token.END_OBJECT; token = json.next()) {
      String key = json.name();
      require(json.next(), Token.STRING, "a string");
      if (map.put(key, json.text()) != null) {
        throw json.error("duplicate key \"" + key + "\"");
      }
    }
    return map;
  }

  /** An object or null. */
  <T> T object(String field, Reader<T> reader) throws IOException {
    field(field);
    return objectValue(reader);
  }

  <T> List<T> objects(String field, Reader<T> reader) throws IOException {
    require(field(field), Token.START_ARRAY, "an array");
    List<T> values = new ArrayList<>();
    for (Token token = json.next(); token != Token.END_ARRAY; token = json.next()) {
      require(token, Token.START_OBJECT, "an object");
      values.add(objectFields(reader));
    }
    return values;
  }

  private <T> T objectValue(Reader<T> reader) throws IOException {
    if (json.current() == Token.NULL) {
      return null;
    }
    require(json.current(), Token.START_OBJECT, "an object or null");
    return objectFields(reader);
  }

  private <T> T objectFields(Reader<T> reader) throws IOException {
    T value = reader.read(this);
    require(json.next(), Token.END_OBJECT, "the end of the object");
    return value;
  }

  private List<String> stringArray() throws MalformedJsonException {
    require(json.current(), Token.START_ARRAY, "an array");
    List<String> values = new ArrayList<>();
    for (Token token = json.next(); token != Token.END_ARRAY; token = json.next()) {
      require(token, Token.STRING, "a string");
      values.add(json.text());
    }
    return values;
  }

  /** Moves past the name of {@code field} to its value and returns the value's first token. */
  private Token field(String field) throws MalformedJsonException {
    require(json.next(), Token.FIELD_NAME, "field \"" + field + "\"");
    if (!field.equals(json.name())) {
      throw unexpected("field \"" + field + "\"");
    }
    return json.next();
  }

  private void requireEnd() throws MalformedJsonException {
    if (json.next() != null) {
      throw unexpected("the end of the text");
    }
  }

  private void require(Token token, Token expected, String what) throws MalformedJsonException {
    if (token != expected) {
      throw unexpected(what);
    }
  }

  private MalformedJsonException unexpected(String expected) {
    return json.error("expected " + expected + ", found " + json.describe());
  }
}
