package io.jpod.host.archive;

/** How an applier represents OCI whiteouts ({@code .wh.<name>} and {@code .wh..wh..opq}) in the target tree. */
public enum WhiteoutMode {
  /** The target holds the full merged tree (vfs): whited-out names and the lower content of opaque directories are deleted. */
  DELETE,
  /** The target is an overlayfs upper directory: whiteouts become 0/0 character devices, opaque directories get {@code trusted.overlay.opaque=y}. */
  OVERLAY
}
