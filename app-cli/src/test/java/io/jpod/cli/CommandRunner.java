package io.jpod.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs jpod command lines in-process, as the CLI would, against one root and runroot. */
final class CommandRunner {
  record Result(int exitCode, String out, String err) {}

  private final List<String> globals;
  private final Map<String, String> env;

  CommandRunner(Path root, Path runRoot, Map<String, String> env) {
    this.globals = List.of("--root", root.toString(), "--runroot", runRoot.toString());
    this.env = env;
  }

  CommandRunner(Path temp) {
    this(temp.resolve("root"), temp.resolve("run"), Map.of("JPOD_CONF", ""));
  }

  Result run(String... args) {
    List<String> all = new ArrayList<>(globals);
    all.addAll(List.of(args));
    return raw(all.toArray(String[]::new));
  }

  Result raw(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      code = Jpod.execute(args, new Streams(new ByteArrayInputStream(new byte[0]), o, e, env));
    }
    return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
