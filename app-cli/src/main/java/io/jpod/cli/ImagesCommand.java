package io.jpod.cli;

import io.jpod.domain.Engine;
import io.jpod.domain.ImageReference;
import io.jpod.domain.StatusText;
import io.jpod.ports.EngineException;
import io.jpod.ports.ImageRecord;
import io.jpod.ports.InvalidArgumentException;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    List<ImageRecord> images;
    try (Engine engine = engines.open()) {
      images = engine.images().list();
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
    Listing.print(io.out(), parsed.matchedOptionValue("--format", null), List.of("Repository", "Tag", "ID", "Created", "Size"), TITLES, rows);
    return ExitCodes.OK;
  }

  private static Map<String, String> row(ImageRecord image, String name, Instant now, boolean noTrunc) throws InvalidArgumentException {
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
