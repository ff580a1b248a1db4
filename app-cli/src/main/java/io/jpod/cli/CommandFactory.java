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

  CommandFactory(Streams io, GlobalOptions global) {
    this.io = io;
    this.global = global;
  }

  JpodCommand create(Class<? extends JpodCommand> type) {
    if (type == VersionCommand.class) {
      return new VersionCommand(io);
    }
    return Guice.createInjector(Stage.PRODUCTION, new CliModule(io, global, type), new BackendsModule())
        .getInstance(type);
  }
}
