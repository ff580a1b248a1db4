package io.jpod.ports;

/** An image's identity: the hex of its config's sha256 digest. */
public record ImageId(String hex) {
  public ImageId {
    if (hex == null || !hex.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("malformed image id " + hex);
    }
  }

  public String shortForm() {
    return hex.substring(0, 12);
  }

  public Digest digest() {
    return Digest.sha256(hex);
  }

  @Override
  public String toString() {
    return hex;
  }
}
