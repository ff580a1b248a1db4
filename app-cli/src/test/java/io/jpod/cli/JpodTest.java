package io.jpod.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JpodTest {
  @TempDir Path temp;

  @Test
  void version_always_printsVersionLines() {
    CommandRunner.Result result = new CommandRunner(temp).raw("version");
    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).startsWith("Version:      0.1.0-SNAPSHOT\nAPI Version:  0.1.0-SNAPSHOT\nJava Version: ")
        .contains("\nOS/Arch:      linux/amd64\n");
    assertThat(result.err()).isEmpty();
  }

  @Test
  void info_bogusStorageDriver_failsWithOneLineListingDrivers() {
    CommandRunner.Result result = new CommandRunner(temp).raw("--storage-driver", "bogus", "info");
    assertThat(result.exitCode()).isEqualTo(125);
    assertThat(result.err()).isEqualTo("Error: unknown storage driver 'bogus' (available: overlay, vfs)\n");
    assertThat(result.out()).isEmpty();
  }

  @Test
  void run_unknownRuntime_failsWithOneLineListingRuntimes() {
    CommandRunner.Result result = new CommandRunner(temp).run("--runtime", "bogus", "run", "--rm", "img", "true");
    assertThat(result.exitCode()).isEqualTo(125);
    assertThat(result.err()).isEqualTo("Error: unknown runtime 'bogus' (available: runc)\n");
  }

  @Test
  void info_validNames_reportsHostAndBackends() {
    CommandRunner.Result result = new CommandRunner(temp).run("info");
    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("host:\n  arch: amd64\n  cgroupManager: cgroupfs\n")
        .contains("  graphDriverName: vfs\n  graphRoot: " + temp.resolve("root") + "\n")
        .contains("  ociRuntimes:\n    runc:\n      usable: ");
  }

  @Test
  void unknownFlag_anyCommand_failsWith125() {
    CommandRunner.Result result = new CommandRunner(temp).raw("ps", "--bogus");
    assertThat(result.exitCode()).isEqualTo(125);
    assertThat(result.err()).isEqualTo("Error: unknown flag: --bogus\n");
  }

  @Test
  void unknownCommand_anywhere_failsWith125() {
    CommandRunner.Result result = new CommandRunner(temp).raw("frobnicate");
    assertThat(result.exitCode()).isEqualTo(125);
    assertThat(result.err()).isEqualTo("Error: unrecognized command `jpod frobnicate`\n");
  }

  @Test
  void config_fileNamesDriverAndRoot_usedUnlessFlagsOverride() throws Exception {
    Path conf = temp.resolve("jpod.conf");
    Files.writeString(conf, "[engine]\nruntime = \"runc\"\n[storage]\ndriver = \"vfs\"\ngraphroot = \""
        + temp.resolve("from-conf") + "\"\n");
    CommandRunner runner = new CommandRunner(temp, temp, Map.of("JPOD_CONF", conf.toString()));
    assertThat(runner.raw("info").out()).contains("  graphRoot: " + temp.resolve("from-conf") + "\n");
    assertThat(runner.raw("--root", "/tmp/x", "info").out()).contains("  graphRoot: /tmp/x\n");
  }

  @Test
  void config_malformedFile_failsWithOneLine() throws Exception {
    Path conf = temp.resolve("jpod.conf");
    Files.writeString(conf, "[engine\n");
    CommandRunner.Result result = new CommandRunner(temp, temp, Map.of("JPOD_CONF", conf.toString())).raw("info");
    assertThat(result.exitCode()).isEqualTo(125);
    assertThat(result.err()).startsWith("Error: reading configuration " + conf + ": ").doesNotContain("\tat ");
    assertThat(result.err().lines()).hasSize(1);
  }

  @Test
  void debugLogLevel_onError_printsStackTrace() {
    CommandRunner.Result result = new CommandRunner(temp).raw("--log-level", "debug", "--storage-driver", "x", "info");
    assertThat(result.exitCode()).isEqualTo(125);
    assertThat(result.err()).startsWith("Error: unknown storage driver 'x'").contains("\tat io.jpod.cli.");
  }

  @Test
  void help_anyCommand_printsUsageAndExitsZero() {
    CommandRunner.Result result = new CommandRunner(temp).raw("run", "--help");
    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).startsWith("Usage: jpod run ").contains("IMAGE [COMMAND...]").contains("--rm");
  }

  @Test
  void noCommand_printsUsageAndFailsWith125() {
    CommandRunner.Result result = new CommandRunner(temp).raw("--root", temp.toString());
    assertThat(result.exitCode()).isEqualTo(125);
    assertThat(result.err()).startsWith("Usage: jpod ").endsWith("Error: missing command 'jpod COMMAND'\n");
  }

  @Test
  void logLevel_unknown_failsWithOneLineListingLevels() {
    CommandRunner.Result result = new CommandRunner(temp).raw("version", "--log-level", "loud");
    assertThat(result.exitCode()).isEqualTo(125);
    assertThat(result.err()).isEqualTo("Error: invalid log level \"loud\": valid levels are trace, debug, info, "
        + "warn, warning, error, fatal, panic\n");
  }

  @Test
  void globalOption_afterCommandName_winsOverOneBefore() throws Exception {
    CommandRunner.Result result = new CommandRunner(temp).raw("--root", "/tmp/before", "info", "--root",
        temp.resolve("after").toString());
    assertThat(result.out()).contains("  graphRoot: " + temp.resolve("after") + "\n");
  }

  @Test
  void storageDriver_otherThanTheRootWasMadeWith_failsWithOneLine() {
    CommandRunner runner = new CommandRunner(temp);
    assertThat(runner.run("--storage-driver", "vfs", "images").exitCode()).isZero();
    CommandRunner.Result result = runner.run("--storage-driver", "overlay", "images");
    assertThat(result.exitCode()).isEqualTo(125);
    assertThat(result.err()).isEqualTo("Error: database storage graph driver \"vfs\" does not match our storage "
        + "graph driver \"overlay\": database configuration mismatch\n");
  }

  @Test
  void commandName_skipsGlobalOptionsAndTheirValues() {
    assertThat(Jpod.commandName(new String[] {"--root", "run", "--runtime=x", "ps", "-a"})).isEqualTo("ps");
    assertThat(Jpod.commandName(new String[] {"--log-level", "debug"})).isNull();
  }
}
