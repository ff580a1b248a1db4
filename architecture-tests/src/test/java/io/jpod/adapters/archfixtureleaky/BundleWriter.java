package io.jpod.adapters.archfixtureleaky;

/** Breaks ADAPTERS_PUBLISH_ONLY_THEIR_PROVIDER: a helper that is public. */
public final class BundleWriter {
  public String configName() {
    return "config.json";
  }
}
