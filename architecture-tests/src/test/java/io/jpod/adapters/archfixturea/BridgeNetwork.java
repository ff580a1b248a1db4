package io.jpod.adapters.archfixturea;

import io.jpod.adapters.archfixtureb.HostLocalIpam;

/** Breaks ADAPTERS_ARE_INDEPENDENT: adapter a calling into adapter b. */
final class BridgeNetwork {
  String address() {
    return new HostLocalIpam().next();
  }
}
