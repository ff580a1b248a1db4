package io.jpod.adapters.runc;

import io.jpod.host.oci.OciRuntimeBinary;
import io.jpod.ports.InvalidArgumentException;
import io.jpod.ports.UnavailableException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Where runc and conmon are: the defaults of a distribution package, or the {@code *_path} options. */
record RuncBinaries(Path runc, Path conmon) {
  static final String NAME = "runc";
  static final String RUNTIME_PATH = "runtime_path";
  static final String CONMON_PATH = "conmon_path";
  static final RuncBinaries DEFAULTS = new RuncBinaries(Path.of("/usr/bin/runc"), Path.of("/usr/bin/conmon"));
  private static final Set<String> OPTIONS = Set.of(RUNTIME_PATH, CONMON_PATH);

  static RuncBinaries from(Map<String, String> options) throws InvalidArgumentException {
    Set<String> unknown = new TreeSet<>(options.keySet());
    unknown.removeAll(OPTIONS);
    if (!unknown.isEmpty()) {
      throw new InvalidArgumentException("unknown " + NAME + " runtime option " + String.join(", ", unknown)
          + " (valid: " + CONMON_PATH + ", " + RUNTIME_PATH + ")");
    }
    return new RuncBinaries(path(options, RUNTIME_PATH, DEFAULTS.runc), path(options, CONMON_PATH, DEFAULTS.conmon));
  }

  private static Path path(Map<String, String> options, String option, Path fallback)
      throws InvalidArgumentException {
    String value = options.get(option);
    if (value == null) {
      return fallback;
    }
    Path path = Path.of(value);
    if (!path.isAbsolute()) {
      throw new InvalidArgumentException(NAME + " runtime option " + option + " must be an absolute path, not '"
          + value + "'");
    }
    return path;
  }

  void requireExecutable() throws UnavailableException {
    require(runc, NAME);
    require(conmon, "conmon");
  }

  private static void require(Path binary, String what) throws UnavailableException {
    if (!Files.isRegularFile(binary) || !Files.isExecutable(binary)) {
      throw new UnavailableException(NAME + " runtime is unavailable: " + what + " is not an executable file at "
          + binary);
    }
  }

  OciRuntimeBinary runtime() {
    return new OciRuntimeBinary(NAME, runc);
  }
}
