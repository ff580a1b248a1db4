package io.jpod.adapters.sqlite;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads what {@link JsonOut} wrote, on Jackson's streaming parser. Fields must come in the order they were written:
 * a missing, extra, renamed or reordered field fails with the field expected and the one found, rather than
 * leaving a component at a default.
 */
final class JsonIn {
  /** Reads the fields of one object; the braces are the caller's. */
  @FunctionalInterface
  interface Reader<T> {
    T read(JsonIn in) throws IOException;
  }

  private final JsonParser json;

  private JsonIn(JsonParser json) {
    this.json = json;
  }

  static <T> T object(JsonFactory factory, String text, Reader<T> reader) throws IOException {
    try (JsonParser json = factory.createParser(text)) {
      JsonIn in = new JsonIn(json);
      json.nextToken();
      T value = in.objectValue(reader);
      in.requireEnd();
      return value;
    }
  }

  static List<String> stringArray(JsonFactory factory, String text) throws IOException {
    try (JsonParser json = factory.createParser(text)) {
      JsonIn in = new JsonIn(json);
      json.nextToken();
      List<String> values = in.stringArray();
      in.requireEnd();
      return values;
    }
  }

  /** A string or null. */
  String string(String field) throws IOException {
    return switch (field(field)) {
      case VALUE_NULL -> null;
      case VALUE_STRING -> json.getText();
      default -> throw unexpected("a string or null");
    };
  }

  /** Fails on a number out of the int range. */
  int intValue(String field) throws IOException {
    require(field(field), JsonToken.VALUE_NUMBER_INT, "an integer");
    return json.getIntValue();
  }

  long longValue(String field) throws IOException {
    require(field(field), JsonToken.VALUE_NUMBER_INT, "an integer");
    return json.getLongValue();
  }

  boolean bool(String field) throws IOException {
    return switch (field(field)) {
      case VALUE_TRUE -> true;
      case VALUE_FALSE -> false;
      default -> throw unexpected("true or false");
    };
  }

  List<String> strings(String field) throws IOException {
    field(field);
    return stringArray();
  }

  List<Integer> ints(String field) throws IOException {
    require(field(field), JsonToken.START_ARRAY, "an array");
    List<Integer> values = new ArrayList<>();
    for (JsonToken token = json.nextToken(); token != JsonToken.END_ARRAY; token = json.nextToken()) {
      require(token, JsonToken.VALUE_NUMBER_INT, "an integer");
      values.add(json.getIntValue());
    }
    return values;
  }

  Map<String, String> stringMap(String field) throws IOException {
    require(field(field), JsonToken.START_OBJECT, "an object");
    Map<String, String> map = new HashMap<>();
    for (JsonToken token = json.nextToken(); token != JsonToken.END_OBJECT; token = json.nextToken()) {
      String key = json.currentName();
      require(json.nextToken(), JsonToken.VALUE_STRING, "a string");
      map.put(key, json.getText());
    }
    return map;
  }

  /** An object or null. */
  <T> T object(String field, Reader<T> reader) throws IOException {
    field(field);
    return objectValue(reader);
  }

  <T> List<T> objects(String field, Reader<T> reader) throws IOException {
    require(field(field), JsonToken.START_ARRAY, "an array");
    List<T> values = new ArrayList<>();
    for (JsonToken token = json.nextToken(); token != JsonToken.END_ARRAY; token = json.nextToken()) {
      require(token, JsonToken.START_OBJECT, "an object");
      values.add(objectFields(reader));
    }
    return values;
  }

  private <T> T objectValue(Reader<T> reader) throws IOException {
    if (json.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    require(json.currentToken(), JsonToken.START_OBJECT, "an object or null");
    return objectFields(reader);
  }

  private <T> T objectFields(Reader<T> reader) throws IOException {
    T value = reader.read(this);
    require(json.nextToken(), JsonToken.END_OBJECT, "the end of the object");
    return value;
  }

  private List<String> stringArray() throws IOException {
    require(json.currentToken(), JsonToken.START_ARRAY, "an array");
    List<String> values = new ArrayList<>();
    for (JsonToken token = json.nextToken(); token != JsonToken.END_ARRAY; token = json.nextToken()) {
      require(token, JsonToken.VALUE_STRING, "a string");
      values.add(json.getText());
    }
    return values;
  }

  /** Moves past the name of {@code field} to its value and returns the value's first token. */
  private JsonToken field(String field) throws IOException {
    require(json.nextToken(), JsonToken.FIELD_NAME, "field \"" + field + "\"");
    if (!field.equals(json.currentName())) {
      throw unexpected("field \"" + field + "\"");
    }
    return json.nextToken();
  }

  private void requireEnd() throws IOException {
    if (json.nextToken() != null) {
      throw unexpected("the end of the text");
    }
  }

  private void require(JsonToken token, JsonToken expected, String what) throws IOException {
    if (token != expected) {
      throw unexpected(what);
    }
  }

  private JsonParseException unexpected(String expected) throws IOException {
    JsonToken token = json.currentToken();
    String found = token == null ? "the end of the text"
        : token == JsonToken.FIELD_NAME ? "field \"" + json.currentName() + "\""
        : token.asString() == null ? token.name() : token.asString();
    return new JsonParseException(json, "expected " + expected + ", found " + found);
  }
}
