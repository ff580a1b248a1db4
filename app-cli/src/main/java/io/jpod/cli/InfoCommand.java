package io.jpod.cli;

import io.jpod.host.system.CgroupLayout;
import io.jpod.host.system.Kernel;
import io.jpod.host.system.ResourceLimits;
import io.jpod.ports.EngineException;
import io.jpod.ports.LayerStoreProvider;
import io.jpod.ports.OciRuntimeProvider;
import io.jpod.ports.UnavailableException;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.PrintStream;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;

/** Host facts, the backends found and whether they can work here, and the paths in use; YAML as podman prints. */
final class InfoCommand implements JpodCommand {
  private final Engines engines;
  private final Streams io;

  @Inject
  InfoCommand(Engines engines, Streams io) {
    this.engines = engines;
    this.io = io;
  }

  static CommandSpec spec() {
    return CommandModel.command("info", "Display jpod related system information.");
  }

  @Override
  public int call(ParseResult parsed) throws EngineException, IOException {
    EngineConfig config = engines.config();
    engines.storageDrivers().get(config.storageDriver());
    engines.runtimes().get(config.runtime());
    CgroupLayout cgroups = CgroupLayout.detect();
    ResourceLimits limits = ResourceLimits.current();
    PrintStream out = io.out();
    out.println("host:");
    out.println("  arch: " + VersionCommand.arch());
    out.println("  cgroupManager: cgroupfs");
    out.println("  cgroupVersion: " + cgroups.version());
    out.println("  cgroupLayout: " + cgroups.kind().name().toLowerCase(java.util.Locale.ROOT));
    out.println("  cgroupUnifiedControllers: [" + String.join(", ", cgroups.unifiedControllers()) + "]");
    if (!cgroups.crunObstacle().isEmpty()) {
      out.println("  cgroupWarning: " + quote(cgroups.crunObstacle()));
    }
    out.println("  kernel: " + Kernel.release());
    out.println("  os: linux");
    out.println("  rlimits:");
    out.println("    nofileHard: " + limits.nofileHard());
    out.println("    nprocHard: " + limits.nprocHard());
    out.println("  ociRuntime: " + config.runtime());
    out.println("  ociRuntimes:");
    for (OciRuntimeProvider runtime : engines.runtimes().all()) {
      out.println("    " + runtime.name() + ":");
      usability(out, () -> runtime.probe());
    }
    out.println("store:");
    out.println("  configFile: " + config.source());
    out.println("  graphDriverName: " + config.storageDriver());
    out.println("  graphRoot: " + config.root());
    out.println("  runRoot: " + config.runRoot());
    out.println("  graphDrivers:");
    for (LayerStoreProvider driver : engines.storageDrivers().all()) {
      out.println("    " + driver.name() + ":");
      usability(out, () -> driver.probe());
    }
    out.println("version:");
    out.println("  JavaVersion: " + Runtime.version());
    out.println("  OsArch: linux/" + VersionCommand.arch());
    return ExitCodes.OK;
  }

  private interface Probe {
    void run() throws UnavailableException;
  }

  private static void usability(PrintStream out, Probe probe) {
    try {
      probe.run();
      out.println("      usable: true");
    } catch (UnavailableException e) {
      out.println("      usable: false");
      out.println("      reason: " + quote(e.getMessage()));
    }
  }

  private static String quote(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
