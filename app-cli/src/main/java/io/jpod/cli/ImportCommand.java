package io.jpod.cli;

import io.jpod.domain.Engine;
import io.jpod.ports.EngineException;
import io.jpod.ports.ImageRecord;
import io.jpod.ports.InvalidArgumentException;
import jakarta.inject.Inject;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;

final class ImportCommand implements JpodCommand {
  private final Engines engines;
  private final Streams io;

  @Inject
  ImportCommand(Engines engines, Streams io) {
    this.engines = engines;
    this.io = io;
  }

  static CommandSpec spec() {
    CommandSpec spec = CommandModel.command("import", "Import a tarball as a one-layer image.");
    CommandModel.repeatable(spec, "INSTRUCTION", "Apply an instruction (CMD=...)", "-c", "--change");
    CommandModel.flag(spec, "Suppress output", "-q", "--quiet");
    CommandModel.positional(spec, 0, "1", "PATH", "Tar file, optionally gzip-compressed; - for stdin");
    CommandModel.positional(spec, 1, "0..1", "REFERENCE", "Name of the new image");
    return spec;
  }

  @Override
  public int call(ParseResult parsed) throws EngineException, IOException {
    Map<String, String> instructions = parseChanges(parsed.matchedOptionValue("--change", List.of()));
    String reference = parsed.matchedPositionalValue(1, null);
    try (Engine engine = engines.open(); InputStream tar = open(parsed.matchedPositionalValue(0, ""))) {
      String name = reference == null ? "imported-" + Long.toHexString(System.nanoTime()) : reference;
      ImageRecord image = engine.images().importRootfs(tar, name, instructions);
      io.out().println(image.id().hex());
    }
    return ExitCodes.OK;
  }

  private static Map<String, String> parseChanges(List<String> changes) throws InvalidArgumentException {
    Map<String, String> parsed = new HashMap<>();
    for (String change : changes) {
      String[] parts = change.split("[= ]", 2);
      if (parts.length != 2 || !parts[0].equalsIgnoreCase("CMD")) {
        throw new InvalidArgumentException("invalid change \"" + change + "\": only CMD=... is supported");
      }
      parsed.put("CMD", parts[1]);
    }
    return parsed;
  }

  /** The tar stream, decompressed when it starts with gzip's magic bytes. */
  private InputStream open(String source) throws IOException, InvalidArgumentException {
    InputStream raw;
    try {
      raw = source.equals("-") ? io.in() : Files.newInputStream(Path.of(source));
    } catch (NoSuchFileException e) {
      throw new InvalidArgumentException("opening " + source + ": no such file or directory", e);
    }
    InputStream in = new BufferedInputStream(raw, 1 << 16);
    in.mark(2);
    int b0 = in.read();
    int b1 = in.read();
    in.reset();
    return b0 == 0x1f && b1 == 0x8b ? new GZIPInputStream(in, 1 << 16) : in;
  }
}
