package io.jpod.cli;

import io.jpod.ports.CommandInvocationException;
import io.jpod.ports.InvalidArgumentException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;

/**
 * Runs one jpod command line as a plain function of its arguments and streams. Only the invoked command's model is
 * built, since every command starts a JVM.
 */
final class Jpod {
  private Jpod() {}

  record Entry(Supplier<CommandSpec> spec, Class<? extends JpodCommand> type) {}

  static Map<String, Entry> commands() {
    Map<String, Entry> commands = new LinkedHashMap<>();
    commands.put("images", new Entry(ImagesCommand::spec, ImagesCommand.class));
    commands.put("import", new Entry(ImportCommand::spec, ImportCommand.class));
    commands.put("info", new Entry(InfoCommand::spec, InfoCommand.class));
    commands.put("ps", new Entry(PsCommand::spec, PsCommand.class));
    commands.put("rm", new Entry(RmCommand::spec, RmCommand.class));
    commands.put("rmi", new Entry(RmiCommand::spec, RmiCommand.class));
    commands.put("run", new Entry(RunCommand::spec, RunCommand.class));
    commands.put("version", new Entry(VersionCommand::spec, VersionCommand.class));
    return commands;
  }

  static int execute(String[] args, Streams io) {
    CommandLine root = new CommandLine(rootSpec());
    Map<String, Entry> commands = commands();
    String name = commandName(args);
    if (name != null && commands.containsKey(name)) {
      root.addSubcommand(name, new CommandLine(commands.get(name).spec().get()));
    } else {
      commands.forEach((n, entry) -> root.addSubcommand(n, new CommandLine(entry.spec().get())));
    }
    root.setOut(new PrintWriter(io.out(), true)).setErr(new PrintWriter(io.err(), true));
    ParseResult parsed;
    GlobalOptions global;
    try {
      parsed = root.parseArgs(args);
      global = GlobalOptions.of(parsed);
    } catch (CommandLine.ParameterException | InvalidArgumentException e) {
      new ErrorReporter(io.err(), false).report(e);
      return ExitCodes.ENGINE_ERROR;
    }
    if (CommandLine.printHelpIfRequested(parsed)) {
      return ExitCodes.OK;
    }
    ErrorReporter errors = new ErrorReporter(io.err(), global.debug());
    if (!parsed.hasSubcommand()) {
      root.usage(root.getErr());
      errors.report(new InvalidArgumentException("missing command 'jpod COMMAND'"));
      return ExitCodes.ENGINE_ERROR;
    }
    ParseResult invoked = parsed.subcommand();
    try {
      Class<? extends JpodCommand> type = commands.get(invoked.commandSpec().name()).type();
      return new CommandFactory(io, global, errors).create(type).call(invoked);
    } catch (Exception e) {
      errors.report(e);
      return e instanceof CommandInvocationException invocation ? ExitCodes.of(invocation) : ExitCodes.ENGINE_ERROR;
    } finally {
      io.out().flush();
      io.err().flush();
    }
  }

  private static CommandSpec rootSpec() {
    CommandSpec spec = CommandModel.command("jpod", "Manage pods, containers and images.");
    spec.usageMessage().autoWidth(true);
    return spec;
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
}
