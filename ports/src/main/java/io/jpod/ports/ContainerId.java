package io.jpod.ports;

/** A container's identity: 64 lower-case hex digits. */
public record ContainerId(String hex) {
  public ContainerId {
    if (hex == null || !hex.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("malformed container id " + hex);
    }
  }

  /** The 12-digit form shown by {@code ps}. */
  public String shortForm() {
    return hex.substring(0, 12);
  }

  @Override
  public String toString() {
    return hex;
  }
}
