package io.jpod.host.json;

import java.io.IOException;

/** A JSON text that does not parse, or holds something other than what its reader asked for. */
public final class MalformedJsonException extends IOException {
  public MalformedJsonException(String message) {
    super(message);
  }
}
