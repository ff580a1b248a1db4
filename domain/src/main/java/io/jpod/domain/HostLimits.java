package io.jpod.domain;

/**
 * The caller's hard resource limits. A container's default limits never exceed them: runtimes refuse to start a
 * process whose rlimits are above the caller's hard limit.
 */
public record HostLimits(long nofileHard, long nprocHard) {}
