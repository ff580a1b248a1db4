package io.jpod.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jpod.domain.fakes.FakeOciRuntime.Script;
import io.jpod.ports.ContainerRecord;
import io.jpod.ports.Digest;
import io.jpod.ports.ImageConfig;
import io.jpod.ports.ImageId;
import io.jpod.ports.ImageRecord;
import io.jpod.ports.InvalidArgumentException;
import io.jpod.ports.InvalidStateException;
import io.jpod.ports.LayerInfo;
import io.jpod.ports.LayerKey;
import io.jpod.ports.NotFoundException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ImageServiceTest {
  private final EngineFixture f = new EngineFixture();

  @Test
  void importRootfs_newContent_makesNamedImageOnCommittedLayerKeyedByDiffId() throws Exception {
    ImageRecord image = f.importImage("app", "rootfs-A", Optional.of("echo hi"));

    String diffId = sha256("rootfs-A");
    assertThat(image.names()).containsExactly("localhost/app:latest");
    assertThat(image.diffIds()).containsExactly(Digest.sha256(diffId));
    assertThat(image.topLayer()).isEqualTo(new LayerKey(diffId));
    assertThat(image.size()).isEqualTo(8);
    assertThat(image.created()).isEqualTo(EngineFixture.START);
    assertThat(image.id().hex()).isEqualTo(sha256(image.configJson()));
    assertThat(image.config()).isEqualTo(new ImageConfig("linux", "amd64", "",
        List.of("PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"), List.of(),
        List.of("/bin/sh", "-c", "echo hi"), "", Map.of(), ""));
    assertThat(f.layers.list()).containsExactly(
        new LayerInfo(new LayerKey(diffId), Optional.empty(), LayerInfo.Kind.COMMITTED));
    assertThat(f.state.images()).containsExactly(image);
  }

  @Test
  void importRootfs_noCmdChange_hasNoCmd() throws Exception {
    ImageRecord image = f.importImage("app", "rootfs-A", Optional.empty());

    assertThat(image.config().cmd()).isEmpty();
    assertThat(image.configJson()).doesNotContain("Cmd");
  }

  @Test
  void importRootfs_sameContentOtherName_addsNameToSameImage() throws Exception {
    ImageRecord first = f.importImage("app", "rootfs-A");

    ImageRecord second = f.importImage("other:1", "rootfs-A");

    assertThat(second.id()).isEqualTo(first.id());
    assertThat(second.names()).containsExactly("localhost/app:latest", "localhost/other:1");
    assertThat(f.state.images()).containsExactly(second);
    assertThat(f.layerKeys()).containsExactly(sha256("rootfs-A"));
  }

  @Test
  void importRootfs_sameContentSameName_keepsOneName() throws Exception {
    f.importImage("app", "rootfs-A");

    ImageRecord again = f.importImage("app", "rootfs-A");

    assertThat(again.names()).containsExactly("localhost/app:latest");
    assertThat(f.state.images()).containsExactly(again);
  }

  @Test
  void importRootfs_sameContentLater_makesSecondImageSharingTheLayer() throws Exception {
    ImageRecord first = f.importImage("app", "rootfs-A");
    f.clock.advance(Duration.ofSeconds(5));

    ImageRecord later = f.importImage("later", "rootfs-A");

    assertThat(later.id()).isNotEqualTo(first.id());
    assertThat(later.topLayer()).isEqualTo(first.topLayer());
    assertThat(f.state.images()).hasSize(2);
    assertThat(f.layerKeys()).containsExactly(sha256("rootfs-A"));
  }

  @Test
  void importRootfs_otherContentUnderTakenName_movesTheName() throws Exception {
    ImageRecord old = f.importImage("app", "rootfs-A");

    ImageRecord replacement = f.importImage("app", "rootfs-B");

    assertThat(f.images.resolve("app").id()).isEqualTo(replacement.id());
    assertThat(f.images.resolve(old.id().hex()).names()).isEmpty();
    assertThat(f.layerKeys()).containsExactlyInAnyOrder(sha256("rootfs-A"), sha256("rootfs-B"));
  }

  @Test
  void importRootfs_failedApply_leavesNoLayerAndNoImage() {
    InvalidArgumentException rejected = new InvalidArgumentException("layer entry \"../etc\" escapes the layer");
    f.layers.failNextApply(rejected);

    assertThatThrownBy(() -> f.importImage("app", "rootfs-A")).isSameAs(rejected);
    assertThat(f.layers.list()).isEmpty();
    assertThat(f.state.images()).isEmpty();
  }

  @Test
  void importRootfs_invalidName_isRefusedBeforeAnyLayer() {
    assertThatThrownBy(() -> f.importImage("Bad", "rootfs-A"))
        .isInstanceOf(InvalidArgumentException.class)
        .hasMessage("parsing reference \"Bad\": invalid reference format: repository name must be lowercase");
    assertThat(f.layers.list()).isEmpty();
  }

  @Test
  void list_twoImages_newestFirst() throws Exception {
    ImageRecord older = f.importImage("a", "rootfs-A");
    f.clock.advance(Duration.ofMinutes(1));
    ImageRecord newer = f.importImage("b", "rootfs-B");

    assertThat(f.images.list()).containsExactly(newer, older);
  }

  @Test
  void resolve_shortAndFullName_findsImage() throws Exception {
    ImageRecord image = f.importImage("app:1.0", "rootfs-A");

    assertThat(f.images.resolve("app:1.0")).isEqualTo(image);
    assertThat(f.images.resolve("localhost/app:1.0")).isEqualTo(image);
  }

  @Test
  void resolve_fullIdAndDigestAndPrefix_findsImage() throws Exception {
    ImageRecord image = f.importImage("app", "rootfs-A");

    assertThat(f.images.resolve(image.id().hex())).isEqualTo(image);
    assertThat(f.images.resolve("sha256:" + image.id().hex())).isEqualTo(image);
    assertThat(f.images.resolve(image.id().shortForm())).isEqualTo(image);
    assertThat(f.images.resolve(image.id().hex().substring(0, 6))).isEqualTo(image);
  }

  @Test
  void resolve_ambiguousIdPrefix_isRefused() throws Exception {
    putImage("abcdef1" + "0".repeat(57), "localhost/one:latest");
    putImage("abcdef2" + "0".repeat(57), "localhost/two:latest");

    assertThatThrownBy(() -> f.images.resolve("abcdef"))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("abcdef: image ID is ambiguous (2 images match)");
  }

  @Test
  void resolve_unknownName_isNotKnown() {
    assertThatThrownBy(() -> f.images.resolve("x"))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("x: image not known");
  }

  @Test
  void resolve_hexNameShorterThanIdPrefix_isLookedUpAsName() throws Exception {
    ImageRecord image = f.importImage("abc", "rootfs-A");

    assertThat(f.images.resolve("abc")).isEqualTo(image);
  }

  @Test
  void resolve_malformedReference_isNotKnown() {
    assertThatThrownBy(() -> f.images.resolve("Bad"))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("Bad: image not known");
  }

  @Test
  void remove_oneOfSeveralNames_untagsOnly() throws Exception {
    ImageRecord image = f.importImage("app", "rootfs-A");
    f.importImage("other:1", "rootfs-A");

    List<String> report = f.images.remove("other:1", false, f.containers);

    assertThat(report).containsExactly("Untagged: localhost/other:1");
    assertThat(f.images.resolve(image.id().hex()).names()).containsExactly("localhost/app:latest");
    assertThat(f.layerKeys()).containsExactly(sha256("rootfs-A"));
  }

  @Test
  void remove_lastName_deletesImageAndLayer() throws Exception {
    ImageRecord image = f.importImage("app", "rootfs-A");

    List<String> report = f.images.remove("app", false, f.containers);

    assertThat(report).containsExactly("Untagged: localhost/app:latest", "Deleted: " + image.id().hex());
    assertThat(f.state.images()).isEmpty();
    assertThat(f.layers.list()).isEmpty();
  }

  @Test
  void remove_byIdWithSeveralNames_refusedWithoutForce() throws Exception {
    ImageRecord image = f.importImage("app", "rootfs-A");
    f.importImage("other:1", "rootfs-A");

    assertThatThrownBy(() -> f.images.remove(image.id().hex(), false, f.containers))
        .isInstanceOf(InvalidStateException.class)
        .hasMessage("unable to delete image \"" + image.id().hex() + "\" by ID with more than one tag "
            + "([localhost/app:latest, localhost/other:1]): please force removal");
    assertThat(f.state.images()).hasSize(1);
  }

  @Test
  void remove_byIdWithSeveralNamesForced_deletesWholeImage() throws Exception {
    ImageRecord image = f.importImage("app", "rootfs-A");
    f.importImage("other:1", "rootfs-A");

    List<String> report = f.images.remove(image.id().hex(), true, f.containers);

    assertThat(report).containsExactly("Untagged: localhost/app:latest", "Untagged: localhost/other:1",
        "Deleted: " + image.id().hex());
    assertThat(f.state.images()).isEmpty();
    assertThat(f.layers.list()).isEmpty();
  }

  @Test
  void remove_imageSharingLayerWithAnother_keepsTheLayer() throws Exception {
    f.importImage("app", "rootfs-A");
    f.clock.advance(Duration.ofSeconds(5));
    f.importImage("later", "rootfs-A");

    f.images.remove("app", false, f.containers);

    assertThat(f.layerKeys()).containsExactly(sha256("rootfs-A"));
    f.images.remove("later", false, f.containers);
    assertThat(f.layers.list()).isEmpty();
  }

  @Test
  void remove_imageUsedByContainer_isRefusedAndKeepsEverything() throws Exception {
    ImageRecord image = f.importImage("app", "rootfs-A");
    ContainerRecord user = f.containers.create(EngineFixture.request("app", List.of()));

    assertThatThrownBy(() -> f.images.remove("app", false, f.containers))
        .isInstanceOf(InvalidStateException.class)
        .hasMessage("image used by " + user.id().hex() + ": image is in use by a container: consider listing "
            + "external containers and force-removing image");
    assertThat(f.state.images()).containsExactly(image);
    assertThat(f.state.containers()).extracting(ContainerRecord::id).containsExactly(user.id());
  }

  @Test
  void remove_usedImageByOneOfSeveralNames_untagsLikePodman() throws Exception {
    f.importImage("app", "rootfs-A");
    f.importImage("other:1", "rootfs-A");
    f.containers.create(EngineFixture.request("app", List.of()));

    assertThat(f.images.remove("app", false, f.containers)).containsExactly("Untagged: localhost/app:latest");
  }

  @Test
  void remove_forceOnUsedImage_removesContainersThenImage() throws Exception {
    f.runtime.script("sleep", Script.runsUntilKilled());
    ImageRecord image = f.importImage("app", "rootfs-A");
    ContainerRecord stopped = f.containers.create(EngineFixture.request("app", List.of()));
    ContainerRecord running = f.containers.create(EngineFixture.request("app", List.of("sleep", "60")));
    f.runtime.start(running.id());

    List<String> report = f.images.remove("app", true, f.containers);

    assertThat(report).containsExactly("Untagged: localhost/app:latest", "Deleted: " + image.id().hex());
    assertThat(f.state.containers()).isEmpty();
    assertThat(f.state.images()).isEmpty();
    assertThat(f.layers.list()).isEmpty();
    assertThat(f.runtime.kills()).containsExactly(running.id().shortForm() + ":9");
    assertThat(f.runtime.deleted()).containsExactlyInAnyOrder(stopped.id(), running.id());
  }

  @Test
  void remove_forceOnOneOfSeveralNames_untagsAndKeepsContainers() throws Exception {
    f.importImage("app", "rootfs-A");
    f.importImage("other:1", "rootfs-A");
    ContainerRecord user = f.containers.create(EngineFixture.request("app", List.of()));

    List<String> report = f.images.remove("other:1", true, f.containers);

    assertThat(report).containsExactly("Untagged: localhost/other:1");
    assertThat(f.state.containers()).extracting(ContainerRecord::id).containsExactly(user.id());
    assertThat(f.runtime.deleted()).isEmpty();
  }

  @Test
  void remove_unknownImage_isNotKnown() {
    assertThatThrownBy(() -> f.images.remove("x", false, f.containers))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("x: image not known");
  }

  private void putImage(String hex, String name) throws Exception {
    f.state.write(tx -> {
      tx.putImage(new ImageRecord(new ImageId(hex), List.of(name), EngineFixture.START, List.of(),
          new LayerKey(hex), 0, new ImageConfig("linux", "amd64", "", List.of(), List.of(), List.of(), "", Map.of(),
          ""), "{}"));
      return null;
    });
  }

  private static String sha256(String text) throws Exception {
    return HexFormat.of().formatHex(
        MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
  }
}
