package io.jpod.cli.archfixture.compliant;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.Guice;
import com.google.inject.Injector;
import io.jpod.ports.LayerStoreProvider;
import java.util.ServiceLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Keeps the cli rules: Guice, picocli, Jackson, the standard streams and System.exit, providers by ServiceLoader. */
@Command(name = "jpod")
public final class Main implements Runnable {
  private final ObjectMapper mapper = new ObjectMapper();

  public static void main(String[] args) {
    Injector injector = Guice.createInjector();
    System.exit(new CommandLine(injector.getInstance(Main.class)).execute(args));
  }

  @Override
  public void run() {
    for (LayerStoreProvider provider : ServiceLoader.load(LayerStoreProvider.class)) {
      System.out.println(provider.name());
    }
    System.err.println(mapper.getClass().getName());
  }
}
