package io.jpod.domain;

/**
 * JSON string literals as Go's {@code encoding/json} writes them, which is how podman's documents and output read:
 * {@code <}, {@code >}, {@code &} and the line and paragraph separators escaped as {@code \\u00XX}, as are control
 * characters other than newline, return and tab.
 */
public final class GoJsonText {
  private GoJsonText() {}

  public static void quote(StringBuilder out, String text) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
