package io.jpod.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.Properties;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;

final class VersionCommand implements JpodCommand {
  private final Streams io;

  VersionCommand(Streams io) {
    this.io = io;
  }

  static CommandSpec spec() {
    return CommandModel.command("version", "Display the jpod version information.");
  }

  @Override
  public int call(ParseResult parsed) throws IOException {
    Properties build = new Properties();
    try (InputStream in = VersionCommand.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        build.load(in);
      }
    }
    String version = build.getProperty("version", "unknown");
    PrintStream out = io.out();
    out.println("Version:      " + version);
    out.println("API Version:  " + version);
    out.println("Java Version: " + Runtime.version());
    out.println("Built:        " + build.getProperty("built", "unknown"));
    out.println("OS/Arch:      linux/" + arch());
    out.flush();
    return ExitCodes.OK;
  }

  static String arch() {
    String arch = System.getProperty("os.arch");
    return arch.equals("x86_64") ? "amd64" : arch.equals("aarch64") ? "arm64" : arch;
  }
}
