package io.jpod.cli;

import com.google.inject.Guice;
import com.google.inject.Stage;

/**
 * Makes the invoked command: through Guice when it needs an engine, directly otherwise, so {@code version} never
 * pays for an injector.
 */
final class CommandFactory {
  private final Streams io;
  private final GlobalOptions global;
  private final ErrorReporter errors;

  CommandFactory(Streams io, GlobalOptions global, ErrorReporter errors) {
    this.io = io;
    this.global = global;
    this.errors = errors;
  }

  JpodCommand create(Class<? extends JpodCommand> type) {
    if (type == VersionCommand.class) {
      return new VersionCommand(io);
    }
    return Guice.createInjector(Stage.PRODUCTION, new CliModule(io, global, errors, type), new BackendsModule())
        .getInstance(type);
  }
}
