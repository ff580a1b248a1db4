package io.jpod.cli;

import io.jpod.ports.InvalidArgumentException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The part of TOML that containers.conf and storage.conf use: tables, {@code key = value} with strings, integers,
 * booleans and (multi-line) arrays, and comments. A table is a {@code Map}, an array a {@code List}, scalars their
 * text. Written for start-up: every command may read a config file, and a general TOML library costs far more.
 */
final class Toml {
  private final String text;
  private final String source;
  private int at;

  private Toml(String text, String source) {
    this.text = text;
    this.source = source;
  }

  static Map<String, Object> parse(String text, String source) throws InvalidArgumentException {
    return new Toml(text, source).document();
  }

  private Map<String, Object> document() throws InvalidArgumentException {
    Map<String, Object> root = new LinkedHashMap<>();
    Map<String, Object> table = root;
    while (skipBlankAndComments()) {
      if (peek() == '[') {
        at++;
        if (peek() == '[') {
          throw error("arrays of tables are not supported");
        }
        table = root;
        for (String key : dottedKey(']')) {
          table = child(table, key);
        }
        expect(']');
      } else {
        List<String> keys = dottedKey('=');
        expect('=');
        Map<String, Object> target = table;
        for (String key : keys.subList(0, keys.size() - 1)) {
          target = child(target, key);
        }
        target.put(keys.getLast(), value());
      }
      skipSpaces();
      if (at < text.length() && peek() == '#') {
        skipLine();
      } else if (at < text.length() && peek() != '\n' && peek() != '\r') {
        throw error("expected the end of the line");
      }
    }
    return root;
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> child(Map<String, Object> table, String key) throws InvalidArgumentException {
    Object existing = table.computeIfAbsent(key, k -> new LinkedHashMap<String, Object>());
    if (!(existing instanceof Map)) {
      throw error("key \"" + key + "\" is not a table");
    }
    return (Map<String, Object>) existing;
  }

  private List<String> dottedKey(char end) throws InvalidArgumentException {
    List<String> keys = new ArrayList<>();
    while (true) {
      skipSpaces();
      char c = peek();
      if (c == '"' || c == '\'') {
        keys.add(string());
      } else {
        int start = at;
        while (at < text.length() && (Character.isLetterOrDigit(peek()) || peek() == '_' || peek() == '-')) {
          at++;
        }
        if (start == at) {
          throw error("expected a key");
        }
        keys.add(text.substring(start, at));
      }
      skipSpaces();
      if (peek() != '.') {
        if (peek() != end) {
          throw error("expected '" + end + "'");
        }
        return keys;
      }
      at++;
    }
  }

  private Object value() throws InvalidArgumentException {
    skipSpaces();
    char c = peek();
    if (c == '"' || c == '\'') {
      return string();
    } else if (c == '[') {
      at++;
      List<Object> items = new ArrayList<>();
      while (true) {
        skipBlankAndComments();
        if (peek() == ']') {
          at++;
          return items;
        }
        items.add(value());
        skipBlankAndComments();
        if (peek() == ',') {
          at++;
        } else if (peek() != ']') {
          throw error("expected ',' or ']' in an array");
        }
      }
    } else if (c == '{') {
      throw error("inline tables are not supported");
    }
    int start = at;
    while (at < text.length() && "\n\r#,]".indexOf(peek()) < 0) {
      at++;
    }
    String bare = text.substring(start, at).trim();
    if (!bare.matches("true|false|[+-]?[0-9][0-9_]*(\\.[0-9_]+)?([eE][+-]?[0-9]+)?")) {
      throw error("unsupported value \"" + bare + "\"");
    }
    return bare;
  }

  private String string() throws InvalidArgumentException {
    char quote = peek();
    if (text.startsWith(String.valueOf(quote).repeat(3), at)) {
      throw error("multi-line strings are not supported");
    }
    at++;
    StringBuilder out = new StringBuilder();
    while (true) {
      if (at >= text.length() || peek() == '\n') {
        throw error("unterminated string");
      }
      char c = text.charAt(at++);
      if (c == quote) {
        return out.toString();
      } else if (c == '\\' && quote == '"') {
        char e = text.charAt(at++);
        switch (e) {
          case 'n' -> out.append('\n');
          case 't' -> out.append('\t');
          case '"', '\\' -> out.append(e);
          case 'u' -> {
            out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
            at += 4;
          }
          default -> throw error("unsupported escape \\" + e);
        }
      } else {
        out.append(c);
      }
    }
  }

  /** Skips whitespace, newlines and comments; false at the end of the text. */
  private boolean skipBlankAndComments() {
    while (at < text.length()) {
      char c = peek();
      if (c == '#') {
        skipLine();
      } else if (Character.isWhitespace(c)) {
        at++;
      } else {
        return true;
      }
    }
    return false;
  }

  private void skipSpaces() {
    while (at < text.length() && (peek() == ' ' || peek() == '\t')) {
      at++;
    }
  }

  private void skipLine() {
    while (at < text.length() && peek() != '\n') {
      at++;
    }
  }

  private char peek() {
    return at < text.length() ? text.charAt(at) : '\0';
  }

  private void expect(char c) throws InvalidArgumentException {
    if (peek() != c) {
      throw error("expected '" + c + "'");
    }
    at++;
  }

  private InvalidArgumentException error(String what) {
    int line = 1;
    for (int i = 0; i < at && i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return new InvalidArgumentException("reading configuration " + source + ": line " + line + ": " + what);
  }
}
