package io.jpod.adapters.sqlite;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.jpod.ports.BackendException;
import io.jpod.ports.ImageConfig;
import io.jpod.ports.RuntimeSpec;
import java.util.List;

/**
 * The JSON columns: port records as Jackson writes them. They hold no Optional or Instant (those live in columns of
 * their own), so the jdk8 and jsr310 modules stay out: they cost ~50 ms at every start.
 */
final class Json {
  static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};
  static final TypeReference<ImageConfig> IMAGE_CONFIG = new TypeReference<>() {};
  static final TypeReference<RuntimeSpec> RUNTIME_SPEC = new TypeReference<>() {};

  private Json() {}

  // Built on first use: a command that reads no JSON column does not pay for Jackson's start-up.
  private static final class Mapper {
    static final ObjectMapper INSTANCE = JsonMapper.builder().build();
  }

  static String write(Object value, String what) throws BackendException {
    try {
      return Mapper.INSTANCE.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new BackendException("cannot write " + what + " as JSON", e);
    }
  }

  static <T> T read(String json, TypeReference<T> type, String what) throws BackendException {
    try {
      return Mapper.INSTANCE.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new BackendException("cannot read " + what + ": the stored JSON does not match", e);
    }
  }
}
