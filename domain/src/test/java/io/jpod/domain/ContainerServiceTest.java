package io.jpod.domain;

import static io.jpod.domain.EngineFixture.named;
import static io.jpod.domain.EngineFixture.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jpod.domain.fakes.FakeOciRuntime.Script;
import io.jpod.ports.AlreadyExistsException;
import io.jpod.ports.CommandInvocationException;
import io.jpod.ports.ContainerId;
import io.jpod.ports.ContainerRecord;
import io.jpod.ports.ContainerState;
import io.jpod.ports.ContainerStatus;
import io.jpod.ports.ImageRecord;
import io.jpod.ports.InvalidArgumentException;
import io.jpod.ports.InvalidStateException;
import io.jpod.ports.LayerKey;
import io.jpod.ports.NotFoundException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ContainerServiceTest {
  private final EngineFixture f = new EngineFixture();
  private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
  private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
  private ImageRecord image;

  @BeforeEach
  void importImage() throws Exception {
    image = f.importImage("app", "rootfs-A");
    f.runtime.script("sleep", Script.runsUntilKilled());
  }

  @Test
  void run_commandExits_returnsItsExitCodeAndCopiesOutput() throws Exception {
    f.runtime.script("greet", Script.prints("hello\n", "warning\n", 3));

    int exitCode = f.containers.run(named("app", "web", List.of("greet"), false), stdout, stderr);

    assertThat(exitCode).isEqualTo(3);
    assertThat(stdout.toString(StandardCharsets.UTF_8)).isEqualTo("hello\n");
    assertThat(stderr.toString(StandardCharsets.UTF_8)).isEqualTo("warning\n");
    ContainerRecord web = f.containers.resolve("web");
    assertThat(web.state().status()).isEqualTo(ContainerStatus.EXITED);
    assertThat(web.state().exitCode()).isEqualTo(OptionalInt.of(3));
    assertThat(web.state().startedAt()).contains(EngineFixture.START);
    assertThat(web.state().finishedAt()).contains(EngineFixture.START);
    assertThat(f.runtime.started()).containsExactly(web.id());
    assertThat(f.layers.stat(web.layer())).isPresent();
  }

  @Test
  void run_autoRemove_removesRecordRuntimeContainerAndLayer() throws Exception {
    int exitCode = f.containers.run(named("app", "web", List.of("true"), true), stdout, stderr);

    assertThat(exitCode).isZero();
    assertThat(f.state.containers()).isEmpty();
    assertThat(f.runtime.live()).isEmpty();
    assertThat(f.runtime.deleted()).hasSize(1);
    assertThat(f.layerKeys()).containsExactly(image.topLayer().value());
  }

  @Test
  void run_missingCommandWithAutoRemove_leavesNothing() {
    assertThatThrownBy(() -> f.containers.run(named("app", "web", List.of("nonexistent"), true), stdout, stderr))
        .isInstanceOfSatisfying(CommandInvocationException.class,
            e -> assertThat(e.reason()).isEqualTo(CommandInvocationException.Reason.NOT_FOUND))
        .hasMessage("nonexistent: executable file not found in $PATH: OCI runtime attempted to invoke a command "
            + "that was not found")
        .satisfies(e -> assertThat(e.getSuppressed()).isEmpty());
    assertThat(f.state.containers()).isEmpty();
    assertThat(f.runtime.live()).isEmpty();
    assertThat(f.layerKeys()).containsExactly(image.topLayer().value());
  }

  @Test
  void create_missingCommandWithoutAutoRemove_leavesRecordShownAsCreated() throws Exception {
    assertThatThrownBy(() -> f.containers.create(named("app", "web", List.of("nonexistent"), false)))
        .isInstanceOf(CommandInvocationException.class);

    ContainerRecord web = f.containers.resolve("web");
    assertThat(web.state()).isEqualTo(ContainerState.configured());
    assertThat(StatusText.of(web.state().status())).isEqualTo("created");
    assertThat(f.containers.list(true)).containsExactly(web);
    assertThat(f.layers.stat(web.layer())).isPresent();
    assertThat(f.runtime.live()).isEmpty();
  }

  @Test
  void remove_recordOfFailedCreate_removesRecordAndLayer() throws Exception {
    assertThatThrownBy(() -> f.containers.create(named("app", "web", List.of("nonexistent"), false)))
        .isInstanceOf(CommandInvocationException.class);

    f.containers.remove("web", false);

    assertThat(f.state.containers()).isEmpty();
    assertThat(f.layerKeys()).containsExactly(image.topLayer().value());
  }

  @Test
  void create_request_recordsCreatedContainerWithLayerAndSpec() throws Exception {
    ContainerRecord web = f.containers.create(named("app", "web", List.of("echo", "hi"), false));

    assertThat(web.name()).isEqualTo("web");
    assertThat(web.image()).isEqualTo(image.id());
    assertThat(web.imageName()).isEqualTo("localhost/app:latest");
    assertThat(web.command()).containsExactly("echo", "hi");
    assertThat(web.created()).isEqualTo(EngineFixture.START);
    assertThat(web.runtime()).isEqualTo("fake");
    assertThat(web.autoRemove()).isFalse();
    assertThat(web.layer()).isEqualTo(new LayerKey(web.id().hex()));
    assertThat(web.state().status()).isEqualTo(ContainerStatus.CREATED);
    assertThat(web.state().pid()).isPresent();
    assertThat(f.layers.stat(web.layer()).orElseThrow().parent()).contains(image.topLayer());
    assertThat(f.runtime.created()).containsExactly(web.id());
    assertThat(f.runtime.spec(web.id())).isEqualTo(web.spec());
    assertThat(web.spec().process().args()).containsExactly("echo", "hi");
    assertThat(web.spec().root().layers()).isEqualTo(f.layers.mounts(web.layer()));
    assertThat(f.state.containers()).containsExactly(web);
  }

  @Test
  void create_noCommand_usesImageCmd() throws Exception {
    ContainerRecord c = f.containers.create(request("app", List.of()));

    assertThat(c.command()).containsExactly("/bin/sh", "-c", "echo default");
  }

  @Test
  void create_noName_generatesAdjectiveNoun() throws Exception {
    ContainerRecord c = f.containers.create(request("app", List.of()));

    assertThat(c.name()).matches("[a-z]+_[a-z]+");
  }

  @Test
  void create_nameInUse_isRefusedWithPodmansMessage() throws Exception {
    ContainerRecord first = f.containers.create(named("app", "web", List.of(), false));

    assertThatThrownBy(() -> f.containers.create(named("app", "web", List.of(), false)))
        .isInstanceOf(AlreadyExistsException.class)
        .hasMessage("creating container storage: the container name \"web\" is already in use by "
            + first.id().hex() + ". You have to remove that container to be able to reuse that name: that name is "
            + "already in use");
    assertThat(f.state.containers()).containsExactly(first);
    assertThat(f.layerKeys()).containsExactlyInAnyOrder(image.topLayer().value(), first.id().hex());
  }

  @Test
  void create_invalidName_isRefused() {
    assertThatThrownBy(() -> f.containers.create(named("app", "-web", List.of(), false)))
        .isInstanceOf(InvalidArgumentException.class)
        .hasMessage("invalid container name \"-web\": names must match [a-zA-Z0-9][a-zA-Z0-9_.-]*");
    assertThat(f.state.containers()).isEmpty();
    assertThat(f.layerKeys()).containsExactly(image.topLayer().value());
  }

  @Test
  void create_noCommandAnywhere_isRefusedAndLeavesNothing() throws Exception {
    f.importImage("bare", "rootfs-bare", Optional.empty());

    assertThatThrownBy(() -> f.containers.create(request("bare", List.of())))
        .isInstanceOf(InvalidArgumentException.class)
        .hasMessage("no command or entrypoint provided, and no CMD or ENTRYPOINT from image");
    assertThat(f.state.containers()).isEmpty();
    assertThat(f.layers.list()).hasSize(2);
    assertThat(f.runtime.created()).isEmpty();
  }

  @Test
  void create_unknownImage_isNotKnown() {
    assertThatThrownBy(() -> f.containers.create(request("x", List.of())))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("x: image not known");
  }

  @Test
  void create_nonNumericUser_isRefusedAndRemovesTheLayer() {
    RunRequest asNobody = new RunRequest("app", Optional.of("web"), List.of(), List.of(), Optional.empty(),
        Optional.of("nobody"), false);

    assertThatThrownBy(() -> f.containers.create(asNobody))
        .isInstanceOf(InvalidArgumentException.class)
        .hasMessage("user \"nobody\": only numeric uid[:gid] is supported");
    assertThat(f.state.containers()).isEmpty();
    assertThat(f.layerKeys()).containsExactly(image.topLayer().value());
  }

  @Test
  void list_notAll_showsOnlyRunningOldestFirst() throws Exception {
    f.containers.run(named("app", "exited", List.of("true"), false), stdout, stderr);
    f.clock.advance(Duration.ofSeconds(1));
    f.containers.create(named("app", "created", List.of(), false));
    f.clock.advance(Duration.ofSeconds(1));
    ContainerRecord older = startedBehindTheEngine("older");
    f.clock.advance(Duration.ofSeconds(1));
    ContainerRecord newer = startedBehindTheEngine("newer");

    assertThat(f.containers.list(false)).extracting(ContainerRecord::name).containsExactly("older", "newer");
    assertThat(f.containers.list(true)).extracting(ContainerRecord::name)
        .containsExactly("exited", "created", "older", "newer");
    assertThat(f.containers.resolve("older").state().pid()).isEqualTo(f.runtime.state(older.id()).pid());
    assertThat(f.containers.resolve("newer").state().status()).isEqualTo(ContainerStatus.RUNNING);
    assertThat(newer.state().status()).isEqualTo(ContainerStatus.CREATED);
  }

  @Test
  void list_runningRecordWhoseProcessEnded_becomesExitedWithItsExitCode() throws Exception {
    ContainerRecord web = startedBehindTheEngine("web");
    assertThat(f.containers.list(false)).extracting(ContainerRecord::name).containsExactly("web");
    f.clock.advance(Duration.ofMinutes(2));
    f.runtime.exitBehindTheEngine(web.id(), 42);

    List<ContainerRecord> all = f.containers.list(true);

    ContainerState state = all.get(0).state();
    assertThat(state.status()).isEqualTo(ContainerStatus.EXITED);
    assertThat(state.exitCode()).isEqualTo(OptionalInt.of(42));
    assertThat(state.pid()).isEmpty();
    assertThat(state.startedAt()).contains(EngineFixture.START);
    assertThat(state.finishedAt()).contains(EngineFixture.START.plus(Duration.ofMinutes(2)));
    assertThat(f.state.containers()).extracting(c -> c.state().status()).containsExactly(ContainerStatus.EXITED);
    assertThat(f.containers.list(false)).isEmpty();
  }

  @Test
  void remove_runningWithoutForce_isRefusedWithPodmansMessage() throws Exception {
    ContainerRecord web = startedBehindTheEngine("web");

    assertThatThrownBy(() -> f.containers.remove("web", false))
        .isInstanceOf(InvalidStateException.class)
        .hasMessage("cannot remove container " + web.id().hex() + " as it is running - running or paused "
            + "containers cannot be removed without force: container state improper");
    assertThat(f.runtime.kills()).isEmpty();
    assertThat(f.state.containers()).extracting(ContainerRecord::id).containsExactly(web.id());
    assertThat(f.runtime.live()).containsExactly(web.id());
  }

  @Test
  void remove_runningWithForce_killsWithSigkillAndRemovesEverything() throws Exception {
    ContainerRecord web = startedBehindTheEngine("web");

    ContainerId removed = f.containers.remove("web", true);

    assertThat(removed).isEqualTo(web.id());
    assertThat(f.runtime.kills()).containsExactly(web.id().shortForm() + ":9");
    assertThat(f.runtime.deleted()).containsExactly(web.id());
    assertThat(f.state.containers()).isEmpty();
    assertThat(f.layerKeys()).containsExactly(image.topLayer().value());
  }

  @Test
  void remove_exitedWithoutForce_removesEverything() throws Exception {
    f.containers.run(named("app", "web", List.of("true"), false), stdout, stderr);

    f.containers.remove("web", false);

    assertThat(f.state.containers()).isEmpty();
    assertThat(f.runtime.live()).isEmpty();
    assertThat(f.layerKeys()).containsExactly(image.topLayer().value());
  }

  @Test
  void remove_unknown_isNoSuchContainer() {
    assertThatThrownBy(() -> f.containers.remove("x", true))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("no container with name or ID \"x\" found: no such container");
  }

  @Test
  void resolve_nameIdAndPrefix_findContainer() throws Exception {
    ContainerRecord web = f.containers.create(named("app", "web", List.of(), false));

    assertThat(f.containers.resolve("web")).isEqualTo(web);
    assertThat(f.containers.resolve(web.id().hex())).isEqualTo(web);
    assertThat(f.containers.resolve(web.id().shortForm())).isEqualTo(web);
    assertThat(f.containers.resolve(web.id().hex().substring(0, 3))).isEqualTo(web);
  }

  @Test
  void resolve_nameThatIsAlsoAnotherIdPrefix_prefersExactName() throws Exception {
    ContainerRecord first = f.containers.create(request("app", List.of()));
    ContainerRecord named = f.containers.create(named("app", first.id().hex().substring(0, 4), List.of(), false));

    assertThat(f.containers.resolve(first.id().hex().substring(0, 4))).isEqualTo(named);
  }

  @Test
  void resolve_ambiguousPrefix_isRefused() throws Exception {
    ContainerRecord template = f.containers.create(named("app", "template", List.of(), false));
    putContainer(template, "abc1" + "0".repeat(60), "one");
    putContainer(template, "abc2" + "0".repeat(60), "two");

    assertThatThrownBy(() -> f.containers.resolve("abc"))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("more than one result for container ID \"abc\": container already exists");
  }

  @Test
  void resolve_unknown_isNoSuchContainer() {
    assertThatThrownBy(() -> f.containers.resolve("x"))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("no container with name or ID \"x\" found: no such container");
  }

  @Test
  void close_engine_closesEveryBackend() throws Exception {
    f.engine.close();

    assertThat(f.state.closed()).isTrue();
    assertThat(f.layers.closed()).isTrue();
    assertThat(f.runtime.closed()).isTrue();
  }

  /** A container made by the engine and started by someone else (another jpod process): RUNNING in the runtime. */
  private ContainerRecord startedBehindTheEngine(String name) throws Exception {
    ContainerRecord created = f.containers.create(named("app", name, List.of("sleep", "60"), false));
    f.runtime.start(created.id());
    return created;
  }

  private void putContainer(ContainerRecord template, String hex, String name) throws Exception {
    ContainerId id = new ContainerId(hex);
    f.state.write(tx -> {
      tx.putContainer(new ContainerRecord(id, name, template.image(), template.imageName(), new LayerKey(hex),
          template.command(), template.created(), template.runtime(), false, template.spec(),
          ContainerState.configured()));
      return null;
    });
  }
}
