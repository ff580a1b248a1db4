package io.jpod.host.archive;

import java.io.IOException;

/** A layer archive entry that would reach outside the target tree, or that the applier cannot represent. */
public final class UnsafeArchiveException extends IOException {
  private final String entry;
  private final String reason;

  public UnsafeArchiveException(String entry, String reason) {
    super("layer entry '" + entry + "': " + reason);
    this.entry = entry;
    this.reason = reason;
  }

  /** The entry's name as the archive gave it. */
  public String entry() {
    return entry;
  }

  /** Why the entry was refused, without the entry's name. */
  public String reason() {
    return reason;
  }
}
