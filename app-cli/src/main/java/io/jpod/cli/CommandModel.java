package io.jpod.cli;

import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Builds picocli command models in code. Annotated models cost every command a reflective scan and a proxy class
 * per annotation type, and every command starts a JVM.
 */
final class CommandModel {
  private CommandModel() {}

  /** A subcommand with {@code --help} and the global options, which may also follow the command name. */
  static CommandSpec command(String name, String description, String... aliases) {
    CommandSpec spec = CommandSpec.create().name(name).aliases(aliases);
    spec.usageMessage().description(description);
    spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).description("Help for " + name).build());
    GlobalOptions.addTo(spec);
    return spec;
  }

  static void flag(CommandSpec spec, String description, String... names) {
    spec.addOption(OptionSpec.builder(names).arity("0").type(boolean.class).description(description).build());
  }

  static void option(CommandSpec spec, String label, String description, String... names) {
    spec.addOption(OptionSpec.builder(names).type(String.class).paramLabel(label).description(description).build());
  }

  /** An option that may be given many times; its values in order. */
  static void repeatable(CommandSpec spec, String label, String description, String... names) {
    spec.addOption(OptionSpec.builder(names).type(List.class).auxiliaryTypes(String.class).paramLabel(label)
        .description(description).build());
  }

  /** One positional parameter at {@code index}; {@code arity} "1" when required, "0..1" when not. */
  static void positional(CommandSpec spec, int index, String arity, String label, String description) {
    spec.addPositional(PositionalParamSpec.builder().index(Integer.toString(index)).arity(arity).type(String.class)
        .paramLabel(label).description(description).build());
  }

  /** Every positional parameter from {@code index} on; {@code arity} "1..*" when at least one is required. */
  static void positionals(CommandSpec spec, int index, String arity, String label, String description) {
    spec.addPositional(PositionalParamSpec.builder().index(index + "..*").arity(arity).type(List.class)
        .auxiliaryTypes(String.class).paramLabel(label).description(description).build());
  }
}
