package io.jpod.domain;

import io.jpod.ports.InvalidArgumentException;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/** The rules for container names, and the generated {@code adjective_noun} names of unnamed containers. */
final class ContainerNames {
  private static final Pattern VALID = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9_.-]*");
  private static final List<String> ADJECTIVES = List.of(
      "agile", "brave", "calm", "daring", "eager", "fervent", "gentle", "happy", "jolly", "keen", "lucid",
      "merry", "nimble", "quirky", "serene", "sharp", "stoic", "tender", "vibrant", "witty", "zealous");
  private static final List<String> NOUNS = List.of(
      "babbage", "curie", "darwin", "euler", "fermi", "gauss", "hopper", "kepler", "lamport", "lovelace",
      "noether", "pascal", "ritchie", "shannon", "tesla", "thompson", "turing", "wozniak", "yalow");

  private ContainerNames() {}

  static String require(String name) throws InvalidArgumentException {
    if (!VALID.matcher(name).matches()) {
      throw new InvalidArgumentException(
          "invalid container name \"" + name + "\": names must match [a-zA-Z0-9][a-zA-Z0-9_.-]*");
    }
    return name;
  }

  static String generate(RandomGenerator random) {
    return ADJECTIVES.get(random.nextInt(ADJECTIVES.size())) + "_" + NOUNS.get(random.nextInt(NOUNS.size()));
  }
}
