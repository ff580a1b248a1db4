package io.jpod.cli;

import io.jpod.domain.Engine;
import io.jpod.domain.ImageReference;
import io.jpod.domain.StatusText;
import io.jpod.ports.ContainerRecord;
import io.jpod.ports.EngineException;
import io.jpod.ports.ImageId;
import io.jpod.ports.ImageRecord;
import io.jpod.ports.InvalidArgumentException;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;

final class ImagesCommand implements JpodCommand {
  static final Map<String, String> TITLES = titles();

  private final Engines engines;
  private final Streams io;

  @Inject
  ImagesCommand(Engines engines, Streams io) {
    this.engines = engines;
    this.io = io;
  }

  private static Map<String, String> titles() {
    Map<String, String> titles = new LinkedHashMap<>();
    titles.put("Repository", "REPOSITORY");
    titles.put("Tag", "TAG");
    titles.put("ID", "IMAGE ID");
    titles.put("Created", "CREATED");
    titles.put("Size", "SIZE");
    titles.put("CreatedAt", "CREATED AT");
    titles.put("Digest", "DIGEST");
    return titles;
  }

  static CommandSpec spec() {
    CommandSpec spec = CommandModel.command("images", "List images in local storage.", "list");
    CommandModel.flag(spec, "Display only image IDs", "-q", "--quiet");
    CommandModel.flag(spec, "Do not truncate output", "--no-trunc");
    CommandModel.option(spec, "TEMPLATE", "Go template for each image", "--format");
    return spec;
  }

  @Override
  public int call(ParseResult parsed) throws EngineException {
    boolean noTrunc = parsed.matchedOptionValue("--no-trunc", false);
    String format = parsed.matchedOptionValue("--format", null);
    List<ImageRecord> images;
    Map<ImageId, Integer> users = new HashMap<>();
    try (Engine engine = engines.open()) {
      images = engine.images().list();
      if (Listing.isJson(format)) {
        for (ContainerRecord container : engine.containers().list(true)) {
          users.merge(container.image(), 1, Integer::sum);
        }
      }
    }
    if (Listing.isJson(format)) {
      List<Object> objects = new ArrayList<>();
      for (ImageRecord image : images) {
        objects.add(json(image, users.getOrDefault(image.id(), 0)));
      }
      io.out().println(GoJson.marshalIndent(objects, "    "));
      return ExitCodes.OK;
    }
    if (parsed.matchedOptionValue("--quiet", false)) {
      images.forEach(i -> io.out().println(noTrunc ? "sha256:" + i.id().hex() : i.id().shortForm()));
      return ExitCodes.OK;
    }
    Instant now = Instant.now();
    List<Map<String, String>> rows = new ArrayList<>();
    for (ImageRecord image : images) {
      List<String> names = image.names().isEmpty() ? List.of("<none>:<none>") : image.names();
      for (String name : names) {
        rows.add(row(image, name, now, noTrunc));
      }
    }
    Listing.print(io.out(), format, List.of("Repository", "Tag", "ID", "Created", "Size"), TITLES, rows);
    return ExitCodes.OK;
  }

  /** The fields of podman's {@code images --format json}, in its order; {@code containers} use the image. */
  private static Map<String, Object> json(ImageRecord image, int containers) throws InvalidArgumentException {
    List<String> digests = new ArrayList<>();
    for (String name : image.names()) {
      digests.add(ImageReference.parse(name).repository() + "@" + image.id().digest());
    }
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("Id", image.id().hex());
    json.put("ParentId", "");
    json.put("RepoTags", null);
    json.put("RepoDigests", digests);
    json.put("Size", image.size());
    json.put("SharedSize", 0);
    json.put("VirtualSize", image.size());
    json.put("Labels", image.config().labels().isEmpty() ? null : new TreeMap<>(image.config().labels()));
    json.put("Containers", containers);
    json.put("Names", image.names());
    json.put("Digest", image.id().digest().toString());
    json.put("History", image.names());
    json.put("Created", image.created().getEpochSecond());
    json.put("CreatedAt", Listing.rfc3339(image.created()));
    return json;
  }

  private static Map<String, String> row(ImageRecord image, String name, Instant now, boolean noTrunc)
      throws InvalidArgumentException {
    Map<String, String> row = new LinkedHashMap<>();
    if (name.equals("<none>:<none>")) {
      row.put("Repository", "<none>");
      row.put("Tag", "<none>");
    } else {
      ImageReference reference = ImageReference.parse(name);
      row.put("Repository", reference.repository());
      row.put("Tag", reference.tag());
    }
    row.put("ID", noTrunc ? "sha256:" + image.id().hex() : image.id().shortForm());
    row.put("Created", StatusText.ago(image.created(), now));
    row.put("Size", Sizes.human(image.size()));
    row.put("CreatedAt", image.created().toString());
    row.put("Digest", image.id().digest().toString());
    return row;
  }
}
