package io.jpod.cli;

import picocli.CommandLine.ParseResult;

/** One jpod subcommand: what it does with its parsed part of the command line; returns the exit code. */
interface JpodCommand {
  int call(ParseResult parsed) throws Exception;
}
