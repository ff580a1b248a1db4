package io.jpod.domain;

import java.util.HexFormat;
import java.util.random.RandomGenerator;

final class Ids {
  private Ids() {}

  /** 64 random hex digits: container IDs, and unique suffixes of staging layers. */
  static String randomHex(RandomGenerator random) {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }
}
