package io.jpod.host.oci;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs an OCI runtime binary's command line ({@code start}, {@code state}, {@code kill}, {@code delete}). */
final class OciRuntimeCli {
  private static final File DEV_NULL = new File("/dev/null");

  private final Path binary;
  private final Path stateRoot;

  OciRuntimeCli(Path binary, Path stateRoot) {
    this.binary = binary;
    this.stateRoot = stateRoot;
  }

  /** The runtime's own state directory: one directory per container it knows. */
  Path stateRoot() {
    return stateRoot;
  }

  /** The arguments every call and conmon's own {@code create} pass first: the runtime's state directory. */
  List<String> globalArgs() {
    return List.of("--root", stateRoot.toString());
  }

  Result run(String... args) throws IOException {
    List<String> command = new ArrayList<>(3 + args.length);
    command.add(binary.toString());
    command.addAll(globalArgs());
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(DEV_NULL)).start();
    // The runtime's output is small: reading stdout to its end before stderr cannot fill the stderr pipe.
    String stdout = readAll(process.getInputStream());
    String stderr = readAll(process.getErrorStream());
    try {
      return new Result(process.waitFor(), stdout, stderr);
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for " + command, e);
    }
  }

  private static String readAll(InputStream in) throws IOException {
    try (in) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  record Result(int exitCode, String stdout, String stderr) {
    boolean succeeded() {
      return exitCode == 0;
    }
  }
}
