package io.jpod.cli;

import io.jpod.domain.GoJsonText;
import java.util.List;
import java.util.Map;

/**
 * JSON as podman prints it, byte for byte: Go's {@code json.MarshalIndent}. Values are maps (in their iteration
 * order), lists, strings, numbers, booleans and null; empty arrays and objects are written {@code []} and
 * {@code {}}.
 */
final class GoJson {
  private final String indent;
  private final StringBuilder out = new StringBuilder();

  private GoJson(String indent) {
    this.indent = indent;
  }

  static String marshalIndent(Object value, String indent) {
    GoJson json = new GoJson(indent);
    json.value(value, 0);
    return json.out.toString();
  }

  private void value(Object value, int depth) {
    switch (value) {
      case null -> out.append("null");
      case String text -> string(text);
      case Number number -> out.append(number);
      case Boolean bool -> out.append(bool);
      case Map<?, ?> map -> object(map, depth);
      case List<?> list -> array(list, depth);
      default -> throw new IllegalArgumentException("no JSON form for " + value.getClass());
    }
  }

  private void object(Map<?, ?> map, int depth) {
    if (map.isEmpty()) {
      out.append("{}");
      return;
    }
    out.append('{');
    boolean first = true;
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      out.append(first ? "" : ",");
      first = false;
      newline(depth + 1);
      string(String.valueOf(entry.getKey()));
      out.append(": ");
      value(entry.getValue(), depth + 1);
    }
    newline(depth);
    out.append('}');
  }

  private void array(List<?> list, int depth) {
    if (list.isEmpty()) {
      out.append("[]");
      return;
    }
    out.append('[');
    for (int i = 0; i < list.size(); i++) {
      out.append(i == 0 ? "" : ",");
      newline(depth + 1);
      value(list.get(i), depth + 1);
    }
    newline(depth);
    out.append(']');
  }

  private void newline(int depth) {
    out.append('\n').append(indent.repeat(depth));
  }

  private void string(String text) {
    GoJsonText.quote(out, text);
  }
}
