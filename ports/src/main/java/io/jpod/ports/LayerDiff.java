package io.jpod.ports;

/** The result of applying a layer tar: the digest of the uncompressed tar (its diff ID) and the bytes it wrote. */
public record LayerDiff(Digest diffId, long size) {}
