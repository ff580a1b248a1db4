package io.jpod.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jpod.ports.InvalidArgumentException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TomlTest {
  @Test
  void parse_containersConfShapes_givesNestedTables() throws Exception {
    Map<String, Object> doc = Toml.parse("""
        # jpod
        [containers]
        default_ulimits = [
          "nofile=1024:1024",   # files
          "nproc=4096:4096",
        ]
        log_size_max = -1
        [engine]
        runtime = "runc"
        conmon_path = ['/usr/bin/conmon', "/usr/local/bin/conmon"]
        no_pivot_root = false
        [engine.runtimes]
        runc = ["/usr/bin/runc"]
        "quoted key" = "a\\tb\\u0041"
        """, "test.conf");
    assertThat(doc).isEqualTo(Map.of(
        "containers", Map.of("default_ulimits", List.of("nofile=1024:1024", "nproc=4096:4096"), "log_size_max", "-1"),
        "engine", Map.of("runtime", "runc", "conmon_path", List.of("/usr/bin/conmon", "/usr/local/bin/conmon"),
            "no_pivot_root", "false",
            "runtimes", Map.of("runc", List.of("/usr/bin/runc"), "quoted key", "a\tbA"))));
  }

  @Test
  void parse_dottedKeys_makeTables() throws Exception {
    assertThat(Toml.parse("storage.driver = \"vfs\"\n", "x")).isEqualTo(Map.of("storage", Map.of("driver", "vfs")));
  }

  @Test
  void parse_brokenHeader_failsNamingLine() {
    assertThatThrownBy(() -> Toml.parse("a = 1\n[engine\n", "/etc/jpod/jpod.conf"))
        .isInstanceOf(InvalidArgumentException.class)
        .hasMessage("reading configuration /etc/jpod/jpod.conf: line 2: expected ']'");
  }

  @Test
  void parse_unterminatedString_fails() {
    assertThatThrownBy(() -> Toml.parse("a = \"open\n", "c")).hasMessage("reading configuration c: line 1: "
        + "unterminated string");
  }

  @Test
  void parse_garbageAfterValue_fails() {
    assertThatThrownBy(() -> Toml.parse("a = \"x\" y\n", "c")).hasMessage("reading configuration c: line 1: "
        + "expected the end of the line");
  }
}
