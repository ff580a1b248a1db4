package io.jpod.domain.archfixture.jackson;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Breaks DOMAIN_DEPENDS_ON_PORTS_JDK_AND_INJECT_ONLY and JACKSON_ONLY_IN_HOST_ADAPTERS_AND_CLI. */
public final class ImageConfigParser {
  private final ObjectMapper mapper = new ObjectMapper();

  public String user(String configJson) throws JsonProcessingException {
    return mapper.readTree(configJson).path("User").asText();
  }
}
