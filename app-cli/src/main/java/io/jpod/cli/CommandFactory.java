package io.jpod.cli;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Stage;
import jakarta.inject.Inject;
import java.lang.reflect.Constructor;
import picocli.CommandLine;

/**
 * Makes picocli's objects: the shared {@link GlobalOptions}, commands with an {@code @Inject} constructor through
 * Guice, anything else through picocli. The injector is built on first need, so {@code version} never pays for it.
 */
final class CommandFactory implements CommandLine.IFactory {
  private final Streams io;
  private final GlobalOptions global;
  private Injector injector;

  CommandFactory(Streams io, GlobalOptions global) {
    this.io = io;
    this.global = global;
  }

  @Override
  public <K> K create(Class<K> cls) throws Exception {
    if (cls == GlobalOptions.class) {
      return cls.cast(global);
    }
    for (Constructor<?> constructor : cls.getDeclaredConstructors()) {
      if (constructor.isAnnotationPresent(Inject.class)) {
        return injector().getInstance(cls);
      }
    }
    return CommandLine.defaultFactory().create(cls);
  }

  private Injector injector() {
    if (injector == null) {
      injector = Guice.createInjector(Stage.PRODUCTION, new CliModule(io, global), new BackendsModule());
    }
    return injector;
  }
}
