package io.jpod.cli;

import io.jpod.ports.InvalidArgumentException;
import java.io.PrintStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/** Prints rows as the default table, a {@code table} template or a plain template per row. */
final class Listing {
  private Listing() {}

  /**
   * {@code titles} maps every field a template may use to its column title; {@code columns} are the fields of the
   * default table.
   */
  static void print(PrintStream out, String format, List<String> columns, Map<String, String> titles,
      List<Map<String, String>> rows) throws InvalidArgumentException {
    Map<String, String> headers = titles;
    String source = format == null || format.isEmpty() ? defaultFormat(columns) : format;
    Template template = Template.parse(source);
    template.requireFields(headers);
    if (!template.isTable()) {
      for (Map<String, String> row : rows) {
        out.println(template.render(row));
      }
      return;
    }
    Table table = new Table();
    table.addTabbed(template.render(headers));
    for (Map<String, String> row : rows) {
      table.addTabbed(template.render(row));
    }
    table.print(out);
  }

  /** Whether {@code --format} asks for JSON rather than a template, as podman reads it. */
  static boolean isJson(String format) {
    return format != null && format.strip().equalsIgnoreCase("json");
  }

  /** A time as Go's JSON writes it: RFC 3339 in UTC, the fraction only as long as it needs. */
  static String rfc3339(Instant time) {
    String seconds = DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(
        LocalDateTime.ofEpochSecond(time.getEpochSecond(), 0, ZoneOffset.UTC));
    if (time.getNano() == 0) {
      return seconds + "Z";
    }
    String fraction = String.format("%09d", time.getNano()).replaceAll("0+$", "");
    return seconds + "." + fraction + "Z";
  }

  private static String defaultFormat(List<String> columns) {
    StringBuilder format = new StringBuilder("table ");
    for (String field : columns) {
      format.append(format.length() > 6 ? "\t" : "").append("{{.").append(field).append("}}");
    }
    return format.toString();
  }
}
