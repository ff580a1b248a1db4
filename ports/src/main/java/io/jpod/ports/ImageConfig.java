package io.jpod.ports;

import java.util.List;
import java.util.Map;

/** The part of an OCI image config that decides how a container runs. Empty strings and lists mean unset. */
public record ImageConfig(
    String os,
    String architecture,
    String user,
    List<String> env,
    List<String> entrypoint,
    List<String> cmd,
    String workingDir,
    Map<String, String> labels,
    String stopSignal) {
  public ImageConfig {
    env = List.copyOf(env);
    entrypoint = List.copyOf(entrypoint);
    cmd = List.copyOf(cmd);
    labels = Map.copyOf(labels);
  }
}
