package io.jpod.domain;

import io.jpod.ports.Digest;
import io.jpod.ports.ImageConfig;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes an OCI image config document. Its sha256 is the image ID, so the output is canonical: fixed key order,
 * no whitespace, sorted labels.
 */
final class ImageConfigJson {
  private final StringBuilder out = new StringBuilder(512);

  private ImageConfigJson() {}

  static String write(ImageConfig config, List<Digest> diffIds, Instant created, String createdBy) {
    ImageConfigJson json = new ImageConfigJson();
    StringBuilder o = json.out;
    o.append("{\"created\":");
    json.string(created.toString());
    o.append(",\"architecture\":");
    json.string(config.architecture());
    o.append(",\"os\":");
    json.string(config.os());
    o.append(",\"config\":{");
    boolean first = true;
    first = json.optionalString(first, "User", config.user());
    first = json.optionalList(first, "Env", config.env());
    first = json.optionalList(first, "Entrypoint", config.entrypoint());
    first = json.optionalList(first, "Cmd", config.cmd());
    first = json.optionalString(first, "WorkingDir", config.workingDir());
    if (!config.labels().isEmpty()) {
      o.append(first ? "" : ",").append("\"Labels\":{");
      boolean firstLabel = true;
      for (Map.Entry<String, String> e : new TreeMap<>(config.labels()).entrySet()) {
        o.append(firstLabel ? "" : ",");
        json.string(e.getKey());
        o.append(':');
        json.string(e.getValue());
        firstLabel = false;
      }
      o.append('}');
      first = false;
    }
    json.optionalString(first, "StopSignal", config.stopSignal());
    o.append("},\"rootfs\":{\"type\":\"layers\",\"diff_ids\":[");
    for (int i = 0; i < diffIds.size(); i++) {
      o.append(i == 0 ? "" : ",");
      json.string(diffIds.get(i).toString());
    }
    o.append("]},\"history\":[{\"created\":");
    json.string(created.toString());
    o.append(",\"created_by\":");
    json.string(createdBy);
    o.append("}]}");
    return o.toString();
  }

  static Digest digest(String document) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(document.getBytes(StandardCharsets.UTF_8));
      return Digest.sha256(HexFormat.of().formatHex(hash));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK always provides SHA-256", e);
    }
  }

  private boolean optionalString(boolean first, String key, String value) {
    if (value.isEmpty()) {
      return first;
    }
    out.append(first ? "" : ",").append('"').append(key).append("\":");
    string(value);
    return false;
  }

  private boolean optionalList(boolean first, String key, List<String> values) {
    if (values.isEmpty()) {
      return first;
    }
    out.append(first ? "" : ",").append('"').append(key).append("\":[");
    for (int i = 0; i < values.size(); i++) {
      out.append(i == 0 ? "" : ",");
      string(values.get(i));
    }
    out.append(']');
    return false;
  }

  private void string(String s) {
    GoJsonText.quote(out, s);
  }
}
