package io.jpod.ports.archfixture.annotated;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Breaks PORTS_DEPEND_ON_JDK_ONLY: a boundary record carrying a Jackson annotation. */
public record ImageView(@JsonProperty("Id") String id) {}
