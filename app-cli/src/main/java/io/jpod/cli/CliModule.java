package io.jpod.cli;

import com.google.inject.AbstractModule;

/** Binds the invocation's streams and options and the invoked command; strict so that nothing is bound by accident. */
final class CliModule extends AbstractModule {
  private final Streams io;
  private final GlobalOptions global;
  private final Class<? extends JpodCommand> command;

  /** Binds only {@code command}: each binding costs Guice a reflective look at its class, on every start. */
  CliModule(Streams io, GlobalOptions global, Class<? extends JpodCommand> command) {
    this.io = io;
    this.global = global;
    this.command = command;
  }

  @Override
  protected void configure() {
    binder().requireExplicitBindings();
    binder().requireAtInjectOnConstructors();
    binder().disableCircularProxies();
    bind(Streams.class).toInstance(io);
    bind(GlobalOptions.class).toInstance(global);
    bind(Engines.class);
    bind(ConfigFile.class);
    bind(command);
  }
}
