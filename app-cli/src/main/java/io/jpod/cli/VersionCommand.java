package io.jpod.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "version", description = "Display the jpod version information.")
final class VersionCommand implements Callable<Integer> {
  @Mixin GlobalOptions global;
  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    Properties build = new Properties();
    try (InputStream in = VersionCommand.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        build.load(in);
      }
    }
    String version = build.getProperty("version", "unknown");
    PrintWriter out = spec.commandLine().getOut();
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
