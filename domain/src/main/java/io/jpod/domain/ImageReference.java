package io.jpod.domain;

import io.jpod.ports.InvalidArgumentException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A named image reference, {@code [registry/]path[:tag]}, normalised as podman does: a name without a registry is
 * local ({@code localhost/}), a missing tag is {@code latest}.
 */
public record ImageReference(String registry, String path, String tag) {
  public static final String LOCAL_REGISTRY = "localhost";
  private static final Pattern COMPONENT = Pattern.compile("[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*");
  private static final Pattern TAG = Pattern.compile("[\\w][\\w.-]{0,127}");
  private static final Pattern REGISTRY = Pattern.compile("[a-zA-Z0-9.-]+(?::[0-9]+)?");

  /** Parses a reference typed by a user; short names are local. */
  public static ImageReference parse(String text) throws InvalidArgumentException {
    if (text.isEmpty()) {
      throw invalid(text, "repository name must have at least one component");
    }
    String rest = text;
    String tag = "latest";
    int slash = rest.lastIndexOf('/');
    int colon = rest.lastIndexOf(':');
    if (colon > slash) {
      tag = rest.substring(colon + 1);
      rest = rest.substring(0, colon);
      if (!TAG.matcher(tag).matches()) {
        throw invalid(text, "invalid tag");
      }
    }
    String registry = LOCAL_REGISTRY;
    int first = rest.indexOf('/');
    if (first > 0) {
      String head = rest.substring(0, first);
      if (head.contains(".") || head.contains(":") || head.equals(LOCAL_REGISTRY)) {
        if (!REGISTRY.matcher(head).matches()) {
          throw invalid(text, "invalid registry");
        }
        registry = head;
        rest = rest.substring(first + 1);
      }
    }
    if (!rest.equals(rest.toLowerCase(Locale.ROOT))) {
      throw invalid(text, "repository name must be lowercase");
    }
    for (String component : rest.split("/", -1)) {
      if (!COMPONENT.matcher(component).matches()) {
        throw invalid(text, "invalid reference format");
      }
    }
    return new ImageReference(registry, rest, tag);
  }

  private static InvalidArgumentException invalid(String text, String why) {
    String reason = why.equals("invalid reference format") ? why : "invalid reference format: " + why;
    return new InvalidArgumentException("parsing reference \"" + text + "\": " + reason);
  }

  /** The repository without the tag, as {@code images} shows it. */
  public String repository() {
    return registry + "/" + path;
  }

  @Override
  public String toString() {
    return repository() + ":" + tag;
  }
}
