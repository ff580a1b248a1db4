package io.jpod.cli;

import io.jpod.domain.Engine;
import io.jpod.domain.StatusText;
import io.jpod.ports.ContainerRecord;
import io.jpod.ports.ContainerState;
import io.jpod.ports.ContainerStatus;
import io.jpod.ports.EngineException;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;

final class PsCommand implements JpodCommand {
  private static final int COMMAND_WIDTH = 17;

  private final Engines engines;
  private final Streams io;

  @Inject
  PsCommand(Engines engines, Streams io) {
    this.engines = engines;
    this.io = io;
  }

  static CommandSpec spec() {
    CommandSpec spec = CommandModel.command("ps", "List containers.", "ls");
    CommandModel.flag(spec, "Show all the containers, default is only running containers", "-a", "--all");
    CommandModel.flag(spec, "Print the numeric IDs of the containers only", "-q", "--quiet");
    CommandModel.flag(spec, "Display the extended information", "--no-trunc");
    CommandModel.option(spec, "TEMPLATE", "Go template for each container", "--format");
    return spec;
  }

  @Override
  public int call(ParseResult parsed) throws EngineException {
    boolean all = parsed.matchedOptionValue("--all", false);
    boolean noTrunc = parsed.matchedOptionValue("--no-trunc", false);
    List<ContainerRecord> containers;
    try (Engine engine = engines.open()) {
      containers = engine.containers().list(all);
    }
    if (parsed.matchedOptionValue("--quiet", false)) {
      containers.forEach(c -> io.out().println(noTrunc ? c.id().hex() : c.id().shortForm()));
      return ExitCodes.OK;
    }
    Instant now = Instant.now();
    if (Listing.isJson(parsed.matchedOptionValue("--format", null))) {
      List<Object> objects = new ArrayList<>();
      for (ContainerRecord c : containers) {
        objects.add(json(c, now));
      }
      io.out().println(GoJson.marshalIndent(objects, "  "));
      return ExitCodes.OK;
    }
    List<Map<String, String>> rows = new ArrayList<>();
    for (ContainerRecord c : containers) {
      rows.add(row(c, now, noTrunc));
    }
    Map<String, String> titles = new LinkedHashMap<>();
    titles.put("ID", "CONTAINER ID");
    titles.put("Image", "IMAGE");
    titles.put("Command", "COMMAND");
    titles.put("CreatedHuman", "CREATED");
    titles.put("Status", "STATUS");
    titles.put("Ports", "PORTS");
    titles.put("Names", "NAMES");
    titles.put("State", "STATE");
    titles.put("CreatedAt", "CREATED AT");
    titles.put("ImageID", "IMAGE ID");
    Listing.print(io.out(), parsed.matchedOptionValue("--format", null),
        List.of("ID", "Image", "Command", "CreatedHuman", "Status", "Ports", "Names"), titles, rows);
    return ExitCodes.OK;
  }

  private static Map<String, String> row(ContainerRecord c, Instant now, boolean noTrunc) {
    String command = String.join(" ", c.command());
    if (!noTrunc && command.length() > COMMAND_WIDTH) {
      command = command.substring(0, COMMAND_WIDTH) + "...";
    }
    Map<String, String> row = new LinkedHashMap<>();
    row.put("ID", noTrunc ? c.id().hex() : c.id().shortForm());
    row.put("Image", c.imageName());
    row.put("Command", command);
    row.put("CreatedHuman", StatusText.ago(c.created(), now));
    row.put("Status", status(c.state(), now));
    row.put("Ports", "");
    row.put("Names", c.name());
    row.put("State", StatusText.of(c.state().status()));
    row.put("CreatedAt", c.created().toString());
    row.put("ImageID", c.image().hex());
    return row;
  }

  /** Go's zero time in Unix seconds: what podman prints for a start or exit that has not happened. */
  private static final long NEVER = -62135596800L;

  /** The fields of podman's {@code ps --format json}, in its order. */
  private static Map<String, Object> json(ContainerRecord c, Instant now) {
    ContainerState state = c.state();
    boolean exited = state.status() == ContainerStatus.EXITED || state.status() == ContainerStatus.STOPPED;
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("AutoRemove", c.autoRemove());
    json.put("Command", c.command());
    json.put("CreatedAt", StatusText.ago(c.created(), now));
    json.put("Exited", exited);
    json.put("ExitedAt", state.finishedAt().map(Instant::getEpochSecond).orElse(NEVER));
    json.put("ExitCode", state.exitCode().orElse(0));
    json.put("Id", c.id().hex());
    json.put("Image", c.imageName());
    json.put("ImageID", c.image().hex());
    json.put("IsInfra", false);
    json.put("Labels", null);
    json.put("Mounts", List.of());
    json.put("Names", List.of(c.name()));
    json.put("Namespaces", Map.of());
    json.put("Networks", List.of());
    json.put("Pid", state.pid().orElse(0));
    json.put("Pod", "");
    json.put("PodName", "");
    json.put("Ports", null);
    json.put("Size", null);
    json.put("StartedAt", state.startedAt().map(Instant::getEpochSecond).orElse(NEVER));
    json.put("State", StatusText.of(state.status()));
    json.put("Status", status(state, now));
    json.put("Created", c.created().getEpochSecond());
    return json;
  }

  /** "Up 3 seconds", "Exited (0) 2 minutes ago", "Created". */
  static String status(ContainerState state, Instant now) {
    return switch (state.status()) {
      case RUNNING -> "Up " + StatusText.humanDuration(
          java.time.Duration.between(state.startedAt().orElse(now), now));
      case PAUSED -> "Paused";
      case EXITED, STOPPED -> "Exited (" + state.exitCode().orElse(0) + ") "
          + StatusText.ago(state.finishedAt().orElse(now), now);
      case CONFIGURED, CREATED -> "Created";
      case REMOVING -> "Removing";
    };
  }
}
