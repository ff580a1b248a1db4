package io.jpod.host.oci;

import java.nio.file.Path;

/** An OCI runtime binary that speaks runc's command line ({@code runc}, {@code crun}), by name and path. */
public record OciRuntimeBinary(String name, Path path) {}
