package io.jpod.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jpod.ports.InvalidArgumentException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImageReferenceTest {
  @Test
  void parse_shortName_isLocalWithLatestTag() throws Exception {
    ImageReference ref = ImageReference.parse("busybox");

    assertThat(ref).isEqualTo(new ImageReference("localhost", "busybox", "latest"));
    assertThat(ref.repository()).isEqualTo("localhost/busybox");
    assertThat(ref).hasToString("localhost/busybox:latest");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "app:1.0,                          localhost/app:1.0",
      "library/busybox,                  localhost/library/busybox:latest",
      "localhost/app,                    localhost/app:latest",
      "quay.io/org/app:v2,               quay.io/org/app:v2",
      "registry.local:5000/team/app,     registry.local:5000/team/app:latest",
      "localhost:5000/app:1,             localhost:5000/app:1",
      "my-app_x.y:Tag_1.2-rc,            localhost/my-app_x.y:Tag_1.2-rc",
  })
  void parse_validReference_isNormalised(String text, String normalised) throws Exception {
    assertThat(ImageReference.parse(text)).hasToString(normalised);
  }

  @Test
  void parse_registryWithPort_keepsPortInRegistry() throws Exception {
    ImageReference ref = ImageReference.parse("localhost:5000/team/app:7");

    assertThat(ref).isEqualTo(new ImageReference("localhost:5000", "team/app", "7"));
  }

  @ParameterizedTest(name = "[{0}]")
  @CsvSource(delimiter = '|', value = {
      "Bad|                 parsing reference \"Bad\": invalid reference format: repository name must be lowercase",
      "quay.io/Org/app|     parsing reference \"quay.io/Org/app\": invalid reference format: repository name must be lowercase",
      "''|                  parsing reference \"\": invalid reference format: repository name must have at least one component",
      "app:bad!tag|         parsing reference \"app:bad!tag\": invalid reference format: invalid tag",
      "app:|                parsing reference \"app:\": invalid reference format: invalid tag",
      "app:.hidden|         parsing reference \"app:.hidden\": invalid reference format: invalid tag",
      "a//b|                parsing reference \"a//b\": invalid reference format",
      "app-|                parsing reference \"app-\": invalid reference format",
      "/app|                parsing reference \"/app\": invalid reference format",
      "bad_host!.io/app|    parsing reference \"bad_host!.io/app\": invalid reference format: invalid registry",
  })
  void parse_malformedReference_isRefusedWithMessage(String text, String message) {
    assertThatThrownBy(() -> ImageReference.parse(text))
        .isInstanceOf(InvalidArgumentException.class)
        .hasMessage(message);
  }

  @Test
  void parse_tagOf129Characters_isRefused() {
    String text = "app:" + "t".repeat(129);

    assertThatThrownBy(() -> ImageReference.parse(text))
        .isInstanceOf(InvalidArgumentException.class)
        .hasMessage("parsing reference \"" + text + "\": invalid reference format: invalid tag");
  }

  @Test
  void parse_tagOf128Characters_isAccepted() throws Exception {
    assertThat(ImageReference.parse("app:" + "t".repeat(128)).tag()).hasSize(128);
  }
}
