package io.jpod.domain.archfixture.picocli;

import picocli.CommandLine.Option;

/** Breaks PICOCLI_ONLY_IN_CLI: flags parsed in domain. */
public final class RunOptions {
  @Option(names = "--rm")
  boolean remove;
}
