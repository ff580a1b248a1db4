package io.jpod.host.layers;

import io.jpod.ports.LayerInfo;
import io.jpod.ports.LayerKey;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One layer's record, stored as {@code layers/<key>}: its kind, parent, the tree directory it owns, and whether an
 * apply is under way (a record still marked so after a crash names a layer whose content is incomplete).
 */
record LayerMeta(LayerKey key, LayerInfo.Kind kind, Optional<LayerKey> parent, String directory, boolean applying) {
  /** Compares key values: a record's generated equals costs its first caller a method-handle bootstrap (~3 ms). */
  boolean isChildOf(LayerKey key) {
    return parent.isPresent() && parent.get().value().equals(key.value());
  }

  LayerInfo info() {
    return new LayerInfo(key, parent, kind);
  }

  LayerMeta applying(boolean value) {
    return new LayerMeta(key, kind, parent, directory, value);
  }

  LayerMeta committedAs(LayerKey name) {
    return new LayerMeta(name, LayerInfo.Kind.COMMITTED, parent, directory, false);
  }

  String format() {
    return "kind=" + kind + "\n" + parent.map(p -> "parent=" + p + "\n").orElse("") + "dir=" + directory + "\n"
        + "applying=" + applying + "\n";
  }

  static LayerMeta parse(LayerKey key, String text) {
    Map<String, String> fields = new HashMap<>();
    for (String line : text.split("\n")) {
      int eq = line.indexOf('=');
      if (eq > 0) {
        fields.put(line.substring(0, eq), line.substring(eq + 1));
      }
    }
    String kind = fields.get("kind");
    String directory = fields.get("dir");
    if (kind == null || directory == null || !directory.matches("[0-9a-f]{32}")) {
      throw new IllegalArgumentException("malformed record of layer " + key + ": " + text.replace('\n', ' '));
    }
    return new LayerMeta(key, LayerInfo.Kind.valueOf(kind), Optional.ofNullable(fields.get("parent")).map(LayerKey::new),
        directory, Boolean.parseBoolean(fields.get("applying")));
  }
}
