package io.jpod.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.jpod.ports.Digest;
import io.jpod.ports.ImageConfig;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ImageConfigJsonTest {
  private static final Instant CREATED = Instant.parse("2025-03-01T10:00:00Z");
  private static final Digest LAYER = Digest.sha256("a".repeat(64));

  private static ImageConfig config(Map<String, String> labels) {
    return new ImageConfig("linux", "amd64", "1000", List.of("PATH=/bin"), List.of("/entry"), List.of("run"),
        "/srv", labels, "SIGTERM");
  }

  @Test
  void write_fullConfig_isCompactJsonInFixedKeyOrder() {
    String json = ImageConfigJson.write(config(Map.of("b", "2", "a", "1")), List.of(LAYER), CREATED, "jpod import");

    assertThat(json).isEqualTo("{\"created\":\"2025-03-01T10:00:00Z\",\"architecture\":\"amd64\",\"os\":\"linux\","
        + "\"config\":{\"User\":\"1000\",\"Env\":[\"PATH=/bin\"],\"Entrypoint\":[\"/entry\"],\"Cmd\":[\"run\"],"
        + "\"WorkingDir\":\"/srv\",\"Labels\":{\"a\":\"1\",\"b\":\"2\"},\"StopSignal\":\"SIGTERM\"},"
        + "\"rootfs\":{\"type\":\"layers\",\"diff_ids\":[\"sha256:" + "a".repeat(64) + "\"]},"
        + "\"history\":[{\"created\":\"2025-03-01T10:00:00Z\",\"created_by\":\"jpod import\"}]}");
  }

  @Test
  void write_emptyFields_areLeftOut() {
    ImageConfig empty = new ImageConfig("linux", "amd64", "", List.of(), List.of(), List.of(), "", Map.of(), "");

    String json = ImageConfigJson.write(empty, List.of(), CREATED, "x");

    assertThat(json).isEqualTo("{\"created\":\"2025-03-01T10:00:00Z\",\"architecture\":\"amd64\",\"os\":\"linux\","
        + "\"config\":{},\"rootfs\":{\"type\":\"layers\",\"diff_ids\":[]},"
        + "\"history\":[{\"created\":\"2025-03-01T10:00:00Z\",\"created_by\":\"x\"}]}");
  }

  @Test
  void write_sameInputTwice_hasSameDigest() {
    String first = ImageConfigJson.write(config(Map.of("a", "1")), List.of(LAYER), CREATED, "jpod import");
    String second = ImageConfigJson.write(config(Map.of("a", "1")), List.of(LAYER), CREATED, "jpod import");

    assertThat(ImageConfigJson.digest(first)).isEqualTo(ImageConfigJson.digest(second));
  }

  @Test
  void write_labelsInOtherOrder_hasSameDigest() {
    Map<String, String> ab = new LinkedHashMap<>();
    ab.put("a", "1");
    ab.put("b", "2");
    Map<String, String> ba = new LinkedHashMap<>();
    ba.put("b", "2");
    ba.put("a", "1");

    assertThat(ImageConfigJson.digest(ImageConfigJson.write(config(ab), List.of(LAYER), CREATED, "x")))
        .isEqualTo(ImageConfigJson.digest(ImageConfigJson.write(config(ba), List.of(LAYER), CREATED, "x")));
  }

  @Test
  void write_otherCreationTime_hasOtherDigest() {
    String first = ImageConfigJson.write(config(Map.of()), List.of(LAYER), CREATED, "x");
    String later = ImageConfigJson.write(config(Map.of()), List.of(LAYER), CREATED.plusSeconds(1), "x");

    assertThat(ImageConfigJson.digest(first)).isNotEqualTo(ImageConfigJson.digest(later));
  }

  @Test
  void write_specialCharacters_areEscaped() {
    ImageConfig config = new ImageConfig("linux", "amd64", "", List.of("Q=\"quoted\" back\\slash"),
        List.of(), List.of("line\nbreak\r\ttab\u0001bell\u001f"), "", Map.of("ünïcode", "€"), "");

    String json = ImageConfigJson.write(config, List.of(), CREATED, "x");

    assertThat(json).contains("\"Env\":[\"Q=\\\"quoted\\\" back\\\\slash\"]",
        "\"Cmd\":[\"line\\nbreak\\r\\ttab\\u0001bell\\u001f\"]", "\"Labels\":{\"ünïcode\":\"€\"}");
  }

  @Test
  void digest_knownDocument_isItsSha256() {
    assertThat(ImageConfigJson.digest("{}"))
        .hasToString("sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a");
  }
}
