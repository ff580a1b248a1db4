package io.jpod.cli;

import java.math.BigDecimal;
import java.math.MathContext;

/** Sizes as podman prints them: three significant digits, decimal units ("2.14 MB"). */
final class Sizes {
  private static final String[] UNITS = {"B", "kB", "MB", "GB", "TB", "PB"};

  private Sizes() {}

  static String human(long bytes) {
    double value = bytes;
    int unit = 0;
    while (value >= 1000 && unit < UNITS.length - 1) {
      value /= 1000;
      unit++;
    }
    BigDecimal rounded = new BigDecimal(value).round(new MathContext(3)).stripTrailingZeros();
    return rounded.toPlainString() + " " + UNITS[unit];
  }
}
