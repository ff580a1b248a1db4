package io.jpod.host.oci;

import com.fasterxml.jackson.core.JsonFactory;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts conmon, which forks itself into a daemon that runs the runtime's {@code create}, then watches the
 * container: it keeps its output in a log file, serves it on the attach socket and writes the exit file.
 *
 * <p>conmon reports the outcome of {@code create} on the pipe named by {@code _OCI_SYNCPIPE}, a descriptor number
 * above 2 (the daemon points 0–2 at /dev/null). {@link ProcessBuilder} passes only 0–2, so a shell {@code exec}s
 * conmon with the stdout pipe duplicated to descriptor 3: one {@code /bin/sh} exec, far cheaper than loading
 * native code to spawn.
 */
final class Conmon {
  private static final String SYNC_PIPE_FD = "3";
  private static final File DEV_NULL = new File("/dev/null");

  private final Path binary;
  private final JsonFactory json;

  Conmon(Path binary, JsonFactory json) {
    this.binary = binary;
    this.json = json;
  }

  /** What conmon said, or, when it exited without a word, its exit code and stderr. */
  record Outcome(SyncMessage message, int exitCode, String stderr) {}

  /** Runs conmon with {@code args} from {@code workDir} and waits for its sync message. */
  Outcome launch(List<String> args, Path workDir) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(args.size() + 5);
    command.addAll(List.of("/bin/sh", "-c", "exec \"$@\" " + SYNC_PIPE_FD + ">&1", "sh", binary.toString()));
    command.addAll(args);
    ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(DEV_NULL));
    builder.environment().put("_OCI_SYNCPIPE", SYNC_PIPE_FD);
    Process process = builder.start();
    String line;
    try (BufferedReader sync =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      line = sync.readLine();
    }
    if (line != null) {
      process.getErrorStream().close();
      return new Outcome(SyncMessage.parse(json, line), 0, "");
    }
    String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Outcome(null, process.waitFor(), stderr);
  }
}
