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
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "images", aliases = "list", description = "List images in local storage.")
final class ImagesCommand implements Callable<Integer> {
  static final Map<String, String> TITLES = titles();

  @Mixin GlobalOptions global;

  @Option(names = {"-q", "--quiet"}, description = "Display only image IDs")
  boolean quiet;

  @Option(names = "--no-trunc", description = "Do not truncate output")
  boolean noTrunc;

  @Option(names = "--format", paramLabel = "TEMPLATE", description = "Go template for each image")
  String format;

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

  @Override
  public Integer call() throws EngineException {
    List<ImageRecord> images;
    try (Engine engine = engines.open()) {
      images = engine.images().list();
    }
    if (quiet) {
      images.forEach(i -> io.out().println(noTrunc ? "sha256:" + i.id().hex() : i.id().shortForm()));
      return ExitCodes.OK;
    }
    Instant now = Instant.now();
    List<Map<String, String>> rows = new ArrayList<>();
    for (ImageRecord image : images) {
      List<String> names = image.names().isEmpty() ? List.of("<none>:<none>") : image.names();
      for (String name : names) {
        rows.add(row(image, name, now));
      }
    }
    Listing.print(io.out(), format, List.of("Repository", "Tag", "ID", "Created", "Size"), TITLES, rows);
    return ExitCodes.OK;
  }

  private Map<String, String> row(ImageRecord image, String name, Instant now) throws InvalidArgumentException {
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
