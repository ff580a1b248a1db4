package io.jpod.cli;

import com.google.inject.Binder;
import com.google.inject.Module;

/**
 * Binds the invocation's streams, options and error reporter and the invoked command; strict so that nothing is
 * bound by accident.
 */
final class CliModule implements Module {
  private final Streams io;
  private final GlobalOptions global;
  private final ErrorReporter errors;
  private final Class<? extends JpodCommand> command;

  /** Binds only {@code command}: each binding costs Guice a reflective look at its class, on every start. */
  CliModule(Streams io, GlobalOptions global, ErrorReporter errors, Class<? extends JpodCommand> command) {
    this.io = io;
    this.global = global;
    this.errors = errors;
    this.command = command;
  }

  @Override
  public void configure(Binder binder) {
    binder.requireExplicitBindings();
    binder.requireAtInjectOnConstructors();
    binder.disableCircularProxies();
    binder.bind(Streams.class).toInstance(io);
    binder.bind(GlobalOptions.class).toInstance(global);
    binder.bind(ErrorReporter.class).toInstance(errors);
    binder.bind(Engines.class);
    binder.bind(ConfigFile.class);
    binder.bind(command);
  }
}
