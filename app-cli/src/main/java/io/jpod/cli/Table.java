package io.jpod.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Columns aligned as podman aligns them (Go's tabwriter, minimum width 12, padding 2): every cell but a row's last
 * is padded to its column's width.
 */
final class Table {
  private static final int MIN_WIDTH = 12;
  private static final int PADDING = 2;

  private final List<List<String>> rows = new ArrayList<>();

  void add(List<String> cells) {
    rows.add(cells);
  }

  /** Adds a row given as tab-separated text, as a {@code table} template renders it. */
  void addTabbed(String line) {
    rows.add(List.of(line.split("\t", -1)));
  }

  void print(PrintStream out) {
    List<Integer> widths = new ArrayList<>();
    for (List<String> row : rows) {
      for (int i = 0; i < row.size() - 1; i++) {
        int width = Math.max(MIN_WIDTH, row.get(i).length() + PADDING);
        if (i == widths.size()) {
          widths.add(width);
        } else if (width > widths.get(i)) {
          widths.set(i, width);
        }
      }
    }
    for (List<String> row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < row.size(); i++) {
        String cell = row.get(i);
        line.append(cell);
        if (i < row.size() - 1) {
          line.repeat(' ', widths.get(i) - cell.length());
        }
      }
      out.println(line);
    }
  }
}
