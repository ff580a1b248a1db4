package io.jpod.host.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KernelRandomTest {
  @Test
  void nextBytes_fillsTheWholeArray_differentEachTime() {
    KernelRandom random = new KernelRandom();
    byte[] first = new byte[32];
    byte[] second = new byte[32];
    random.nextBytes(first);
    random.nextBytes(second);
    assertThat(first).isNotEqualTo(new byte[32]).isNotEqualTo(second);
  }

  @Test
  void nextLong_manyDraws_noRepeats() {
    KernelRandom random = new KernelRandom();
    Set<Long> seen = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      seen.add(random.nextLong());
    }
    assertThat(seen).hasSize(1000);
    assertThat(random.nextInt(10)).isBetween(0, 9);
  }
}
