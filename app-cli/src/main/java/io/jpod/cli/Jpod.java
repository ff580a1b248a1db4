package io.jpod.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * Runs one jpod command line as a plain function of its arguments and streams. Only the invoked command's model is
 * built: picocli's annotation processing is paid per command, and every command starts a JVM.
 */
final class Jpod {
  private Jpod() {}

  static Map<String, Class<?>> commands() {
    Map<String, Class<?>> commands = new LinkedHashMap<>();
    commands.put("images", ImagesCommand.class);
    commands.put("import", ImportCommand.class);
    commands.put("info", InfoCommand.class);
    commands.put("ps", PsCommand.class);
    commands.put("rm", RmCommand.class);
    commands.put("rmi", RmiCommand.class);
    commands.put("run", RunCommand.class);
    commands.put("version", VersionCommand.class);
    return commands;
  }

  static int execute(String[] args, Streams io) {
    GlobalOptions global = new GlobalOptions();
    CommandFactory factory = new CommandFactory(io, global);
    CommandLine root = new CommandLine(RootCommand.class, factory);
    Map<String, Class<?>> commands = commands();
    String name = commandName(args);
    if (name != null && commands.containsKey(name)) {
      root.addSubcommand(name, commands.get(name));
    } else {
      commands.forEach(root::addSubcommand);
    }
    CommandLine run = root.getSubcommands().get("run");
    if (run != null) {
      // Everything after the image is the container's command line, options included.
      run.setStopAtPositional(true);
    }
    ErrorReporter errors = new ErrorReporter(io.err(), global);
    return root.setOut(new PrintWriter(io.out(), true))
        .setErr(new PrintWriter(io.err(), true))
        .setExecutionExceptionHandler(errors)
        .setParameterExceptionHandler(errors)
        .execute(args);
  }

  /** The first argument that is neither a global option nor its value. */
  static String commandName(String[] args) {
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (GlobalOptions.WITH_VALUE.contains(arg)) {
        i++;
      } else if (!arg.startsWith("-")) {
        return arg;
      }
    }
    return null;
  }

  @Command(name = "jpod", description = "Manage pods, containers and images.", usageHelpAutoWidth = true)
  static final class RootCommand implements Callable<Integer> {
    @Mixin GlobalOptions global;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      spec.commandLine().usage(spec.commandLine().getErr());
      throw new CommandLine.ParameterException(spec.commandLine(), "missing command 'jpod COMMAND'");
    }
  }
}
