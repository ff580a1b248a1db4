package io.jpod.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jpod.domain.fakes.FakeLayerStore;
import io.jpod.domain.fakes.FakeOciRuntime;
import io.jpod.domain.fakes.FakeStateStore;
import io.jpod.domain.fakes.MutableClock;
import io.jpod.ports.InvalidArgumentException;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EngineTest {
  private final FakeStateStore state = new FakeStateStore();

  private Engine open(String storageDriver) throws Exception {
    return Engine.open(state, new FakeLayerStore(), storageDriver, new FakeOciRuntime(), "fake",
        EngineFixture.LIMITS, new MutableClock(EngineFixture.START), new Random(7));
  }

  private Optional<String> recordedDriver() throws Exception {
    return state.read(tx -> tx.setting(Engine.STORAGE_DRIVER_SETTING));
  }

  @Test
  void open_newRoot_recordsTheStorageDriver() throws Exception {
    open("overlay");
    assertThat(recordedDriver()).contains("overlay");
  }

  @Test
  void open_sameDriverAgain_writesNothing() throws Exception {
    open("vfs");
    int commits = state.commits();
    open("vfs");
    assertThat(state.commits()).isEqualTo(commits);
  }

  @Test
  void open_otherDriverOnTheSameRoot_refusedAsPodmanDoes() throws Exception {
    open("vfs");
    assertThatThrownBy(() -> open("overlay"))
        .isInstanceOf(InvalidArgumentException.class)
        .hasMessage("database storage graph driver \"vfs\" does not match our storage graph driver \"overlay\": "
            + "database configuration mismatch");
    assertThat(recordedDriver()).contains("vfs");
  }
}
