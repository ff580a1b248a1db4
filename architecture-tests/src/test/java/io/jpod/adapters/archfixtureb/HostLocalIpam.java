package io.jpod.adapters.archfixtureb;

/** The adapter that BridgeNetwork wrongly depends on. */
public final class HostLocalIpam {
  public String next() {
    return "10.89.0.2";
  }
}
