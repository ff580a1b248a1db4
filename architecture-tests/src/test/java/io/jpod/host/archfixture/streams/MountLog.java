package io.jpod.host.archfixture.streams;

/** Breaks STANDARD_STREAMS_ONLY_IN_CLI: a library printing. */
public final class MountLog {
  public void mounted(String target) {
    System.out.println("mounted " + target);
  }

  public void failed(String target) {
    System.err.println("cannot mount " + target);
  }
}
