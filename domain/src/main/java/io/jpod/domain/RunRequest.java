package io.jpod.domain;

import java.util.List;
import java.util.Optional;

/** What {@code create} and {@code run} were asked for, after flag parsing. Empty means the image's default. */
public record RunRequest(
    String image,
    Optional<String> name,
    List<String> command,
    List<String> env,
    Optional<String> workdir,
    Optional<String> user,
    boolean autoRemove) {
  public RunRequest {
    command = List.copyOf(command);
    env = List.copyOf(env);
  }
}
