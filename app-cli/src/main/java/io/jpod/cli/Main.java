package io.jpod.cli;

/** The {@code jpod} command. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    int code = Jpod.execute(args, new Streams(System.in, System.out, System.err, System.getenv()));
    System.out.flush();
    System.exit(code);
  }
}
