package io.jpod.adapters.runc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jpod.ports.InvalidArgumentException;
import io.jpod.ports.RuntimeSettings;
import io.jpod.ports.UnavailableException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuncProviderTest {
  @TempDir
  Path temp;

  private RuntimeSettings settings(Map<String, String> options) {
    return new RuntimeSettings(temp.resolve("root"), temp.resolve("run"), options);
  }

  @Test
  void name_isRunc() {
    assertThat(new RuncProvider().name()).isEqualTo("runc");
  }

  @Test
  void open_unknownOptions_throwsListingValidOnes() {
    assertThatThrownBy(() -> new RuncProvider().open(settings(Map.of("systemd", "1", "debug", "1"))))
        .isInstanceOf(InvalidArgumentException.class)
        .hasMessage("unknown runc runtime option debug, systemd (valid: conmon_path, runtime_path)");
  }

  @Test
  void open_relativeRuntimePath_throws() {
    assertThatThrownBy(() -> new RuncProvider().open(settings(Map.of("runtime_path", "bin/runc"))))
        .isInstanceOf(InvalidArgumentException.class)
        .hasMessage("runc runtime option runtime_path must be an absolute path, not 'bin/runc'");
  }

  @Test
  void open_missingRuntime_throwsUnavailableNamingIt() {
    Path missing = temp.resolve("no-runc");
    assertThatThrownBy(() -> new RuncProvider().open(settings(Map.of("runtime_path", missing.toString()))))
        .isInstanceOf(UnavailableException.class)
        .hasMessage("runc runtime is unavailable: runc is not an executable file at " + missing);
  }

  @Test
  void open_nonExecutableConmon_throwsUnavailableNamingIt() throws Exception {
    Path conmon = Files.writeString(temp.resolve("conmon"), "#!/bin/sh\n");
    Path runc = Files.writeString(temp.resolve("runc"), "#!/bin/sh\n");
    runc.toFile().setExecutable(true);
    assertThatThrownBy(() -> new RuncProvider().open(
            settings(Map.of("runtime_path", runc.toString(), "conmon_path", conmon.toString()))))
        .isInstanceOf(UnavailableException.class)
        .hasMessage("runc runtime is unavailable: conmon is not an executable file at " + conmon);
  }

  @Test
  void open_runRootTooLongForSocketPaths_throwsInvalidArgument() throws Exception {
    Path runc = Files.writeString(temp.resolve("runc"), "");
    Path conmon = Files.writeString(temp.resolve("conmon"), "");
    runc.toFile().setExecutable(true);
    conmon.toFile().setExecutable(true);
    Path runRoot = temp.resolve("r".repeat(90));
    RuntimeSettings settings = new RuntimeSettings(temp.resolve("root"), runRoot,
        Map.of("runtime_path", runc.toString(), "conmon_path", conmon.toString()));
    assertThatThrownBy(() -> new RuncProvider().open(settings))
        .isInstanceOf(InvalidArgumentException.class)
        .hasMessageStartingWith("cannot open runtime runc: run root " + runRoot + " is too long: attach sockets");
  }
}
