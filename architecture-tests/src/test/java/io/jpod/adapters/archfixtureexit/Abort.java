package io.jpod.adapters.archfixtureexit;

/** Breaks SYSTEM_EXIT_ONLY_IN_CLI: an adapter ending the process. */
final class Abort {
  void runtimeMissing() {
    System.exit(127);
  }
}
