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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", description = "Import a tarball as a one-layer image.")
final class ImportCommand implements Callable<Integer> {
  @Mixin GlobalOptions global;

  @Option(names = {"-c", "--change"}, paramLabel = "INSTRUCTION", description = "Apply an instruction (CMD=...)")
  List<String> changes = new ArrayList<>();

  @Option(names = {"-q", "--quiet"}, description = "Suppress output")
  boolean quiet;

  @Parameters(index = "0", paramLabel = "PATH", description = "Tar file, optionally gzip-compressed; - for stdin")
  String source;

  @Parameters(index = "1", paramLabel = "REFERENCE", arity = "0..1", description = "Name of the new image")
  String reference;

  private final Engines engines;
  private final Streams io;

  @Inject
  ImportCommand(Engines engines, Streams io) {
    this.engines = engines;
    this.io = io;
  }

  @Override
  public Integer call() throws EngineException, IOException {
    Map<String, String> instructions = parseChanges();
    try (Engine engine = engines.open(); InputStream tar = open()) {
      String name = reference == null ? "imported-" + Long.toHexString(System.nanoTime()) : reference;
      ImageRecord image = engine.images().importRootfs(tar, name, instructions);
      io.out().println(image.id().hex());
    }
    return ExitCodes.OK;
  }

  private Map<String, String> parseChanges() throws InvalidArgumentException {
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
  private InputStream open() throws IOException, InvalidArgumentException {
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
