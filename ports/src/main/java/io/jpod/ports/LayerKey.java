package io.jpod.ports;

/** A layer's name in a {@link LayerStore}; safe as a single path element. */
public record LayerKey(String value) {
  public LayerKey {
    if (value == null || !value.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,127}")) {
      throw new IllegalArgumentException("malformed layer key " + value);
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
