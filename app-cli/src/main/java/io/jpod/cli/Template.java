package io.jpod.cli;

import io.jpod.ports.InvalidArgumentException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The subset of Go templates that {@code --format} strings use: literal text, {@code {{.Field}}} and
 * {@code {{ .Field }}}, a leading {@code table} for a headed table, and the escapes {@code \t} and {@code \n}.
 */
final class Template {
  private final List<String> literals = new ArrayList<>();
  private final List<String> fields = new ArrayList<>();
  private final boolean table;

  private Template(String source) throws InvalidArgumentException {
    String text = source.replace("\\t", "\t").replace("\\n", "\n");
    table = text.startsWith("table");
    if (table) {
      text = text.substring("table".length()).stripLeading();
    }
    int at = 0;
    while (true) {
      int open = text.indexOf("{{", at);
      if (open < 0) {
        literals.add(text.substring(at));
        break;
      }
      int close = text.indexOf("}}", open);
      if (close < 0) {
        throw new InvalidArgumentException("template: unclosed action in \"" + source + "\"");
      }
      literals.add(text.substring(at, open));
      String action = text.substring(open + 2, close).trim();
      if (!action.matches("\\.[A-Za-z][A-Za-z0-9]*")) {
        throw new InvalidArgumentException("template: unsupported action {{" + action + "}} in \"" + source + "\"");
      }
      fields.add(action.substring(1));
      at = close + 2;
    }
  }

  static Template parse(String source) throws InvalidArgumentException {
    return new Template(source);
  }

  boolean isTable() {
    return table;
  }

  /** Checks every field against those a row has, so a typo fails before any output. */
  void requireFields(Map<String, String> row) throws InvalidArgumentException {
    for (String field : fields) {
      if (!row.containsKey(field)) {
        throw new InvalidArgumentException("template: can't evaluate field " + field);
      }
    }
  }

  String render(Map<String, String> row) {
    StringBuilder out = new StringBuilder(literals.get(0));
    for (int i = 0; i < fields.size(); i++) {
      out.append(row.get(fields.get(i))).append(literals.get(i + 1));
    }
    return out.toString();
  }
}
