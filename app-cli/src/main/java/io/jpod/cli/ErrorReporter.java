package io.jpod.cli;

import io.jpod.ports.CommandInvocationException;
import java.io.PrintStream;
import picocli.CommandLine;

/** Turns every failure into one line, {@code Error: ...}, and podman's exit code; a stack trace only when debugging. */
final class ErrorReporter implements CommandLine.IExecutionExceptionHandler, CommandLine.IParameterExceptionHandler {
  private final PrintStream err;
  private final GlobalOptions global;

  ErrorReporter(PrintStream err, GlobalOptions global) {
    this.err = err;
    this.global = global;
  }

  @Override
  public int handleExecutionException(Exception ex, CommandLine command, CommandLine.ParseResult parsed) {
    report(ex);
    if (ex instanceof CommandInvocationException invocation) {
      return ExitCodes.of(invocation);
    }
    return ExitCodes.ENGINE_ERROR;
  }

  @Override
  public int handleParseException(CommandLine.ParameterException ex, String[] args) {
    report(ex);
    return ExitCodes.ENGINE_ERROR;
  }

  void report(Throwable ex) {
    err.println("Error: " + message(ex));
    if (global.debug()) {
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
