package io.jpod.domain;

import io.jpod.domain.fakes.FakeLayerStore;
import io.jpod.domain.fakes.FakeOciRuntime;
import io.jpod.domain.fakes.FakeStateStore;
import io.jpod.domain.fakes.MutableClock;
import io.jpod.ports.EngineException;
import io.jpod.ports.ImageRecord;
import io.jpod.ports.LayerInfo;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/** An engine over in-memory fakes, with a clock that stands still and a seeded random source. */
final class EngineFixture {
  static final Instant START = Instant.parse("2025-03-01T10:00:00Z");
  static final HostLimits LIMITS = new HostLimits(20_000, 96_365);

  final FakeStateStore state = new FakeStateStore();
  final FakeLayerStore layers = new FakeLayerStore();
  final FakeOciRuntime runtime = new FakeOciRuntime();
  final MutableClock clock = new MutableClock(START);
  final Engine engine = open(state, layers, runtime, clock);
  final ImageService images = engine.images();
  final ContainerService containers = engine.containers();

  private static Engine open(FakeStateStore state, FakeLayerStore layers, FakeOciRuntime runtime, MutableClock clock) {
    try {
      return Engine.open(state, layers, "fake", runtime, "fake", LIMITS, clock, new Random(7));
    } catch (EngineException e) {
      throw new IllegalStateException("the fakes refused an engine", e);
    }
  }

  /** Imports {@code content} as a rootfs tar named {@code name}, with a {@code CMD} change when given. */
  ImageRecord importImage(String name, String content, Optional<String> cmd) throws EngineException {
    return images.importRootfs(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), name,
        cmd.map(c -> Map.of("CMD", c)).orElse(Map.of()));
  }

  ImageRecord importImage(String name, String content) throws EngineException {
    return importImage(name, content, Optional.of("echo default"));
  }

  static RunRequest request(String image, List<String> command) {
    return new RunRequest(image, Optional.empty(), command, List.of(), Optional.empty(), Optional.empty(), false);
  }

  static RunRequest named(String image, String name, List<String> command, boolean autoRemove) {
    return new RunRequest(image, Optional.of(name), command, List.of(), Optional.empty(), Optional.empty(),
        autoRemove);
  }

  /** The layer keys the store holds, as strings. */
  List<String> layerKeys() {
    return layers.list().stream().map(LayerInfo::key).map(k -> k.value()).sorted().toList();
  }
}
