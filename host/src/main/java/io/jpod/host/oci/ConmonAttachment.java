package io.jpod.host.oci;

import io.jpod.host.linux.SeqPacketSocket;
import io.jpod.ports.OciRuntime;
import java.io.IOException;
import java.io.OutputStream;

/**
 * A client of conmon's attach socket. Each SEQPACKET message is one read of the container's output, prefixed by
 * one byte naming the pipe it came from; a thread copies them to the two streams until conmon closes the socket
 * (it does when the container has exited and its output is drained).
 */
final class ConmonAttachment implements OciRuntime.Attachment {
  private static final System.Logger LOG = System.getLogger(ConmonAttachment.class.getName());
  static final byte STDOUT_PIPE = 2;
  static final byte STDERR_PIPE = 3;
  /** conmon sends at most 8192 bytes of output per message; a bigger buffer costs nothing and never truncates. */
  private static final int BUFFER_SIZE = 64 * 1024 + 1;

  private final SeqPacketSocket socket;
  private final Thread copier;

  ConmonAttachment(SeqPacketSocket socket, OutputStream stdout, OutputStream stderr, String name) {
    this.socket = socket;
    this.copier = Thread.ofPlatform().daemon().name("attach-" + name).unstarted(() -> copy(stdout, stderr));
  }

  void begin() {
    copier.start();
  }

  private void copy(OutputStream stdout, OutputStream stderr) {
    byte[] buffer = new byte[BUFFER_SIZE];
    try (socket) {
      int n;
      while ((n = socket.receive(buffer)) > 0) {
        demultiplex(buffer, n, stdout, stderr);
      }
    } catch (IOException e) {
      // Closing the socket makes conmon drop this client instead of blocking the container on a full socket.
      LOG.log(System.Logger.Level.WARNING, "stopped copying output of " + copier.getName() + ": " + e.getMessage());
    }
  }

  static void demultiplex(byte[] message, int length, OutputStream stdout, OutputStream stderr) throws IOException {
    if (length < 2) {
      return;
    }
    OutputStream target = switch (message[0]) {
      case STDOUT_PIPE -> stdout;
      case STDERR_PIPE -> stderr;
      default -> null;
    };
    if (target != null) {
      target.write(message, 1, length - 1);
      target.flush();
    }
  }

  @Override
  public void awaitEnd() throws InterruptedException {
    copier.join();
  }

  /** Stops copying now; output the container writes afterwards still reaches the log file. */
  @Override
  public void close() {
    if (copier.isAlive()) {
      socket.shutdown();
    }
    boolean interrupted = false;
    while (copier.isAlive()) {
      try {
        copier.join();
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
