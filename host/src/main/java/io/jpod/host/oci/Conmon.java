package io.jpod.host.oci;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
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
 * above 2 (the daemon points 0–2 at /dev/null). {@link ProcessBuilder} passes only 0–2, so a shell runs conmon with
 * descriptor 3 on a pipe to a {@code read} in a subshell, which copies the one line to our stdout. The shell must
 * stay alive until that line is there: when a child exits, the JDK drains what its stdout pipe holds at that
 * moment and closes it, so a line the daemon writes after {@code exec conmon}'s first process has exited would be
 * lost. The shell and its subshell are forks of one {@code /bin/sh}: cheaper than loading native code to spawn.
 */
final class Conmon {
  private static final String SYNC_PIPE_FD = "3";
  private static final File DEV_NULL = new File("/dev/null");
  /** conmon's stdout joins its stderr, its sync pipe goes to the relay; the relay prints the first line. */
  private static final String RELAY =
      "\"$@\" " + SYNC_PIPE_FD + ">&1 >&2 | { IFS= read -r line && printf '%s\\n' \"$line\"; }";

  private final Path binary;

  Conmon(Path binary) {
    this.binary = binary;
  }

  /** What conmon said, or, when it exited without a word, its stderr. */
  record Outcome(SyncMessage message, String stderr) {}

  /** Runs conmon with {@code args} from {@code workDir} and waits for its sync message. */
  Outcome launch(List<String> args, Path workDir) throws IOException {
    List<String> command = new ArrayList<>(args.size() + 5);
    command.addAll(List.of("/bin/sh", "-c", RELAY, "sh", binary.toString()));
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
      return new Outcome(SyncMessage.parse(line), "");
    }
    try (InputStream err = process.getErrorStream()) {
      return new Outcome(null, new String(err.readAllBytes(), StandardCharsets.UTF_8));
    }
  }
}
