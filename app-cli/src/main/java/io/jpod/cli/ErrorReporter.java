package io.jpod.cli;

import java.io.PrintStream;
import picocli.CommandLine;

/** Turns a failure into one line, {@code Error: ...}; a stack trace only when debugging. */
final class ErrorReporter {
  private final PrintStream err;
  private final boolean debug;

  ErrorReporter(PrintStream err, boolean debug) {
    this.err = err;
    this.debug = debug;
  }

  void report(Throwable ex) {
    err.println("Error: " + message(ex));
    if (debug) {
      for (Throwable t = ex; t != null; t = t.getCause()) {
        err.println((t == ex ? "" : "Caused by: ") + t);
        for (StackTraceElement frame : t.getStackTrace()) {
          err.println("\tat " + frame);
        }
      }
    }
  }

  private static String message(Throwable ex) {
    if (ex instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
      String arg = unmatched.getUnmatched().get(0);
      return arg.startsWith("-") ? "unknown flag: " + arg : "unrecognized command `jpod " + arg + "`";
    }
    String text = ex.getMessage();
    if (text == null || text.isBlank()) {
      return ex.getClass().getSimpleName();
    }
    return text.lines().findFirst().orElse(text);
  }
}
