package io.jpod.cli;

import com.google.inject.AbstractModule;

/** Binds the invocation's streams and options and the commands that need an engine; strict so that nothing is bound by accident. */
final class CliModule extends AbstractModule {
  private final Streams io;
  private final GlobalOptions global;

  CliModule(Streams io, GlobalOptions global) {
    this.io = io;
    this.global = global;
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
    bind(ImagesCommand.class);
    bind(ImportCommand.class);
    bind(InfoCommand.class);
    bind(PsCommand.class);
    bind(RmCommand.class);
    bind(RmiCommand.class);
    bind(RunCommand.class);
  }
}
