package io.jpod.ports;

/** A content digest, {@code sha256:<64 hex>}. */
public record Digest(String algorithm, String hex) {
  public Digest {
    if (!"sha256".equals(algorithm) || hex == null || !hex.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("malformed digest " + algorithm + ":" + hex);
    }
  }

  /** Parses {@code sha256:<hex>}. */
  public static Digest parse(String text) {
    int colon = text.indexOf(':');
    if (colon < 0) {
      throw new IllegalArgumentException("malformed digest " + text);
    }
    return new Digest(text.substring(0, colon), text.substring(colon + 1));
  }

  public static Digest sha256(String hex) {
    return new Digest("sha256", hex);
  }

  @Override
  public String toString() {
    return algorithm + ":" + hex;
  }
}
