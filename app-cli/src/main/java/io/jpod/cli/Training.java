package io.jpod.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs several command lines, separated by {@code ;}, in one JVM: the training run that records jpod's AOT cache
 * at install time. Stops at the first that fails.
 */
public final class Training {
  private Training() {}

  public static void main(String[] args) {
    Streams io = new Streams(System.in, System.out, System.err, System.getenv());
    List<String> line = new ArrayList<>();
    for (int i = 0; i <= args.length; i++) {
      if (i < args.length && !args[i].equals(";")) {
        line.add(args[i]);
        continue;
      }
      int code = Jpod.execute(line.toArray(String[]::new), io);
      if (code != 0) {
        System.err.println("Error: training command " + line + " exited " + code);
        System.exit(code);
      }
      line.clear();
    }
    System.exit(0);
  }
}
