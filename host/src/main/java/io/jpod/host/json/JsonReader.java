package io.jpod.host.json;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A pull reader of one JSON text (RFC 8259), for the small documents jpod reads on every command: state records,
 * conmon's sync line, a runtime's state. Jackson writes them; reading them with Jackson's parser would initialise
 * {@link java.math.BigDecimal} in every process, which on JDK 25 squares numbers of thousands of digits (~8 ms).
 * Numbers are kept as text and read as int or long on demand.
 */
public final class JsonReader {
  /** What {@link #next()} reached. */
  public enum Token { START_OBJECT, END_OBJECT, START_ARRAY, END_ARRAY, FIELD_NAME, STRING, NUMBER, TRUE, FALSE, NULL }

  private final String text;
  private int pos;
  /** Per open container: '{' or '[' and whether it holds an element yet. */
  private final Deque<char[]> open = new ArrayDeque<>();
  private boolean valueAfterName;
  private boolean done;
  private Token current;
  private String name;
  private String value;

  public JsonReader(String text) {
    this.text = text;
  }

  /** The next token, or null at the end of the text once the top-level value is complete. */
  public Token next() throws MalformedJsonException {
    skipWhitespace();
    if (valueAfterName) {
      valueAfterName = false;
      return current = value();
    }
    if (open.isEmpty()) {
      if (done) {
        if (pos < text.length()) {
          throw error("text after the end of the value");
        }
        return current = null;
      }
      return current = value();
    }
    char[] container = open.peek();
    char close = container[0] == '{' ? '}' : ']';
    if (peek() == close) {
      pos++;
      open.pop();
      completed();
      return current = close == '}' ? Token.END_OBJECT : Token.END_ARRAY;
    }
    if (container[1] == 1) {
      expect(',');
      skipWhitespace();
    }
    if (container[0] == '[') {
      return current = value();
    }
    if (peek() != '"') {
      throw error("expected a field name");
    }
    pos++;
    name = string();
    skipWhitespace();
    expect(':');
    valueAfterName = true;
    return current = Token.FIELD_NAME;
  }

  /** The token {@link #next()} returned last. */
  public Token current() {
    return current;
  }

  /** The name of the field last reached. */
  public String name() {
    return name;
  }

  /** A string's value, or a number's text. */
  public String text() {
    return value;
  }

  public int intValue() throws MalformedJsonException {
    long number = longValue();
    if (number != (int) number) {
      throw error("number " + value + " is out of the int range");
    }
    return (int) number;
  }

  public long longValue() throws MalformedJsonException {
    if (current != Token.NUMBER || value.indexOf('.') >= 0 || value.indexOf('e') >= 0 || value.indexOf('E') >= 0) {
      throw error("expected an integer, found " + describe());
    }
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw error("number " + value + " is out of the long range");
    }
  }

  /** Skips the value just reached, with everything inside it when it is an object or array. */
  public void skipValue() throws MalformedJsonException {
    if (current != Token.START_OBJECT && current != Token.START_ARRAY) {
      return;
    }
    // Inside a container next() never returns null: an unterminated one fails there.
    int depth = open.size();
    while (open.size() >= depth) {
      next();
    }
  }

  /** The current token as an error message names it. */
  public String describe() {
    if (current == null) {
      return "the end of the text";
    }
    return switch (current) {
      case FIELD_NAME -> "field \"" + name + "\"";
      case STRING -> "a string";
      case NUMBER -> "a number";
      case TRUE -> "true";
      case FALSE -> "false";
      case NULL -> "null";
      case START_OBJECT -> "an object";
      case END_OBJECT -> "the end of an object";
      case START_ARRAY -> "an array";
      case END_ARRAY -> "the end of an array";
    };
  }

  /** A failure naming {@code what} went wrong and where. */
  public MalformedJsonException error(String what) {
    return new MalformedJsonException(what + " (at character " + pos + ")");
  }

  private Token value() throws MalformedJsonException {
    if (pos >= text.length()) {
      throw error("expected a value, found the end of the text");
    }
    char c = text.charAt(pos);
    switch (c) {
      case '{', '[' -> {
        pos++;
        open.push(new char[] {c, 0});
        return c == '{' ? Token.START_OBJECT : Token.START_ARRAY;
      }
      case '"' -> {
        pos++;
        value = string();
        completed();
        return Token.STRING;
      }
      case 't' -> {
        return literal("true", Token.TRUE);
      }
      case 'f' -> {
        return literal("false", Token.FALSE);
      }
      case 'n' -> {
        return literal("null", Token.NULL);
      }
      default -> {
        value = number();
        completed();
        return Token.NUMBER;
      }
    }
  }

  /** A value ended: its container now holds an element, or the text's one value is complete. */
  private void completed() {
    if (open.isEmpty()) {
      done = true;
    } else {
      open.peek()[1] = 1;
    }
  }

  private Token literal(String word, Token token) throws MalformedJsonException {
    if (!text.startsWith(word, pos)) {
      throw error("expected a value");
    }
    pos += word.length();
    completed();
    return token;
  }

  private String number() throws MalformedJsonException {
    int start = pos;
    if (peek() == '-') {
      pos++;
    }
    if (peek() == '0') {
      pos++;
    } else if (!digits()) {
      throw error("expected a value");
    }
    if (peek() == '.') {
      pos++;
      if (!digits()) {
        throw error("expected a digit after the decimal point");
      }
    }
    if (peek() == 'e' || peek() == 'E') {
      pos++;
      if (peek() == '+' || peek() == '-') {
        pos++;
      }
      if (!digits()) {
        throw error("expected a digit in the exponent");
      }
    }
    return text.substring(start, pos);
  }

  private boolean digits() {
    int start = pos;
    while (pos < text.length() && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') {
      pos++;
    }
    return pos > start;
  }

  /** The rest of a string whose opening quote was read. */
  private String string() throws MalformedJsonException {
    StringBuilder out = null;
    int start = pos;
    while (true) {
      if (pos >= text.length()) {
        throw error("unterminated string");
      }
      char c = text.charAt(pos);
      if (c == '"') {
        String plain = text.substring(start, pos++);
        return out == null ? plain : out.append(plain).toString();
      }
      if (c < 0x20) {
        throw error("control character in a string");
      }
      if (c != '\\') {
        pos++;
        continue;
      }
      if (out == null) {
        out = new StringBuilder();
      }
      out.append(text, start, pos);
      pos++;
      out.append(escape());
      start = pos;
    }
  }

  private char escape() throws MalformedJsonException {
    if (pos >= text.length()) {
      throw error("unterminated string");
    }
    char c = text.charAt(pos++);
    return switch (c) {
      case '"', '\\', '/' -> c;
      case 'b' -> '\b';
      case 'f' -> '\f';
      case 'n' -> '\n';
      case 'r' -> '\r';
      case 't' -> '\t';
      case 'u' -> {
        if (pos + 4 > text.length()) {
          throw error("short \\u escape");
        }
        int code = 0;
        for (int i = 0; i < 4; i++) {
          int digit = Character.digit(text.charAt(pos++), 16);
          if (digit < 0) {
            throw error("bad \\u escape");
          }
          code = code * 16 + digit;
        }
        yield (char) code;
      }
      default -> throw error("bad escape \\" + c);
    };
  }

  private void expect(char c) throws MalformedJsonException {
    if (peek() != c) {
      throw error("expected '" + c + "'");
    }
    pos++;
  }

  private char peek() {
    return pos < text.length() ? text.charAt(pos) : '\0';
  }

  private void skipWhitespace() {
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        return;
      }
      pos++;
    }
  }
}
