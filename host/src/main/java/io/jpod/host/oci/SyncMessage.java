package io.jpod.host.oci;

import io.jpod.host.json.JsonReader;
import java.io.IOException;

/**
 * One line conmon writes on its sync pipe: {@code {"pid": 4242}} once the runtime has created the container, or a
 * negative value with the runtime's error, {@code {"pid": -1, "message": "…"}}. With {@code --api-version 1} the
 * key is {@code data}; both are read.
 */
record SyncMessage(int value, String message) {
  boolean succeeded() {
    return value > 0;
  }

  static SyncMessage parse(String line) throws IOException {
    Integer value = null;
    String message = "";
    JsonReader json = new JsonReader(line);
    if (json.next() != JsonReader.Token.START_OBJECT) {
      throw new IOException("conmon sync message is not a JSON object: " + line);
    }
    while (json.next() == JsonReader.Token.FIELD_NAME) {
      String field = json.name();
      json.next();
      switch (field) {
        case "pid", "data" -> value = json.intValue();
        case "message" -> message = json.text();
        default -> json.skipValue();
      }
    }
    if (value == null) {
      throw new IOException("conmon sync message has no pid: " + line);
    }
    return new SyncMessage(value, message);
  }
}
