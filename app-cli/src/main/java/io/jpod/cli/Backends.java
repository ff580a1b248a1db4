package io.jpod.cli;

import io.jpod.ports.InvalidArgumentException;
import java.util.Collection;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.function.Function;

/** The providers of one port found on the class path, by name. */
final class Backends<P> {
  private final String kind;
  private final Map<String, P> byName;

  private Backends(String kind, Map<String, P> byName) {
    this.kind = kind;
    this.byName = byName;
  }

  static <P> Backends<P> load(Class<P> port, Function<P, String> name, String kind) {
    Map<String, P> byName = new TreeMap<>();
    for (P provider : ServiceLoader.load(port, Backends.class.getClassLoader())) {
      P previous = byName.put(name.apply(provider), provider);
      if (previous != null) {
        throw new IllegalStateException("two " + kind + "s are named '" + name.apply(provider) + "': "
            + previous.getClass().getName() + " and " + provider.getClass().getName());
      }
    }
    return new Backends<>(kind, byName);
  }

  P get(String name) throws InvalidArgumentException {
    P provider = byName.get(name);
    if (provider == null) {
      throw new InvalidArgumentException(
          "unknown " + kind + " '" + name + "' (available: " + String.join(", ", byName.keySet()) + ")");
    }
    return provider;
  }

  Collection<P> all() {
    return byName.values();
  }
}
