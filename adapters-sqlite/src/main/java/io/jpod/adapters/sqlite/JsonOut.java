package io.jpod.adapters.sqlite;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Writes records field by field on Jackson's streaming generator; {@link JsonIn} reads them back. */
final class JsonOut {
  /** Writes the fields of one object; the braces are the caller's. */
  @FunctionalInterface
  interface Writer<T> {
    void write(JsonOut out, T value) throws IOException;
  }

  private final JsonGenerator json;

  private JsonOut(JsonGenerator json) {
    this.json = json;
  }

  static <T> String object(JsonFactory factory, T value, Writer<T> writer) throws IOException {
    StringWriter text = new StringWriter();
    try (JsonGenerator json = factory.createGenerator(text)) {
      new JsonOut(json).objectValue(value, writer);
    }
    return text.toString();
  }

  static String stringArray(JsonFactory factory, List<String> values) throws IOException {
    StringWriter text = new StringWriter();
    try (JsonGenerator json = factory.createGenerator(text)) {
      new JsonOut(json).stringArray(values);
    }
    return text.toString();
  }

  /** Writes {@code null} for a null value. */
  void string(String field, String value) throws IOException {
    json.writeStringField(field, value);
  }

  void number(String field, long value) throws IOException {
    json.writeNumberField(field, value);
  }

  void bool(String field, boolean value) throws IOException {
    json.writeBooleanField(field, value);
  }

  void strings(String field, List<String> values) throws IOException {
    json.writeFieldName(field);
    stringArray(values);
  }

  void ints(String field, List<Integer> values) throws IOException {
    json.writeArrayFieldStart(field);
    for (int value : values) {
      json.writeNumber(value);
    }
    json.writeEndArray();
  }

  /** Keys in order, so that equal maps give equal text. */
  void stringMap(String field, Map<String, String> map) throws IOException {
    json.writeObjectFieldStart(field);
    for (Map.Entry<String, String> entry : new TreeMap<>(map).entrySet()) {
      json.writeStringField(entry.getKey(), entry.getValue());
    }
    json.writeEndObject();
  }

  /** Writes {@code null} for a null value. */
  <T> void object(String field, T value, Writer<T> writer) throws IOException {
    json.writeFieldName(field);
    objectValue(value, writer);
  }

  <T> void objects(String field, List<T> values, Writer<T> writer) throws IOException {
    json.writeArrayFieldStart(field);
    for (T value : values) {
      objectValue(value, writer);
    }
    json.writeEndArray();
  }

  private <T> void objectValue(T value, Writer<T> writer) throws IOException {
    if (value == null) {
      json.writeNull();
      return;
    }
    json.writeStartObject();
    writer.write(this, value);
    json.writeEndObject();
  }

  private void stringArray(List<String> values) throws IOException {
    json.writeStartArray();
    for (String value : values) {
      json.writeString(value);
    }
    json.writeEndArray();
  }
}
