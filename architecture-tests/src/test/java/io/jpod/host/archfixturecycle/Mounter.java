package io.jpod.host.archfixturecycle;

import io.jpod.domain.archfixturecycle.RestartPolicy;

/** The other half of the domain ⇄ host cycle. */
public final class Mounter {
  public RestartPolicy policy() {
    return new RestartPolicy();
  }
}
