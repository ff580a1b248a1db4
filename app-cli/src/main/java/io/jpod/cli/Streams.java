package io.jpod.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.Map;

/** A command's standard streams and environment: all it may use of the process it runs in. */
record Streams(InputStream in, PrintStream out, PrintStream err, Map<String, String> env) {
  Streams {
    env = Map.copyOf(env);
  }
}
