package io.jpod.domain.archfixturecycle;

import io.jpod.host.archfixturecycle.Mounter;

/** Half of a domain ⇄ host cycle: breaks TOP_LEVEL_PACKAGES_ARE_FREE_OF_CYCLES. */
public final class RestartPolicy {
  public Mounter mounter() {
    return new Mounter();
  }
}
