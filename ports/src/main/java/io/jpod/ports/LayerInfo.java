package io.jpod.ports;

import java.util.Optional;

/** What a {@link LayerStore} knows of one layer. */
public record LayerInfo(LayerKey key, Optional<LayerKey> parent, Kind kind) {
  public enum Kind { ACTIVE, COMMITTED }
}
