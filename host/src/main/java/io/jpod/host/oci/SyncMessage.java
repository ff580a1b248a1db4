package io.jpod.host.oci;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
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

  static SyncMessage parse(JsonFactory factory, String line) throws IOException {
    Integer value = null;
    String message = "";
    try (JsonParser json = factory.createParser(line)) {
      if (json.nextToken() != JsonToken.START_OBJECT) {
        throw new IOException("conmon sync message is not a JSON object: " + line);
      }
      while (json.nextToken() == JsonToken.FIELD_NAME) {
        String field = json.currentName();
        json.nextToken();
        switch (field) {
          case "pid", "data" -> value = json.getIntValue();
          case "message" -> message = json.getText();
          default -> json.skipChildren();
        }
      }
    }
    if (value == null) {
      throw new IOException("conmon sync message has no pid: " + line);
    }
    return new SyncMessage(value, message);
  }
}
