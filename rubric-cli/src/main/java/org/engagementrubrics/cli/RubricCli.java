package org.engagementrubrics.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code rubric} command line: validates files in the documented JSON format, scores and explains
 * responses, reports contact coverage from a roster and contact records, shows the bundled catalog and the JSON
 * Schemas, and runs the demo.
 *
 * <pre>{@code
 * java -jar rubric.jar validate examples/family-engagement-rubric-as-printed.json
 * java -jar rubric.jar score --instrument guardian-survey --response examples/guardian-survey-responses.jsonl
 * }</pre>
 *
 * <p>Exit codes: {@value ExitCodes#OK} success; {@value ExitCodes#PROBLEMS} the input has problems (an
 * invalid or unreadable file, a bad record); {@value ExitCodes#USAGE} a usage error (an unknown option or
 * value, an unknown instrument id or schema kind); {@value ExitCodes#INTERNAL} an internal error;
 * {@value ExitCodes#OUT_OF_MEMORY} out of memory. Bad input never prints a stack trace unless {@code --debug} is
 * given.
 */
@Command(name = "rubric", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Validates, scores and explains family and community engagement instruments and responses "
                + "in the engagement-rubrics JSON format.",
        synopsisSubcommandLabel = "COMMAND",
        commandListHeading = "%nCommands:%n",
        footerHeading = "%n",
        footer = {"Run 'rubric COMMAND --help' for the options of a command.", "",
                "Exit codes: 0 success, 1 problems found in the input, 2 usage error, 3 internal error, 4 out of "
                        + "memory."})
public final class RubricCli {

    /**
     * The commands, in the order the help lists them. Picocli reads the annotations of every command it is
     * given when the command line is built, so a run whose first argument names a command builds that one
     * alone (see {@link #commandLine(BooleanSupplier, String...)}): start-up pays for one command, not all.
     */
    private static final List<Class<?>> COMMANDS = List.of(ValidateCommand.class, ScoreCommand.class,
            ExplainCommand.class, AggregateCommand.class, AgreementCommand.class, CompareCommand.class,
            ConvertCommand.class, CoverageCommand.class, CatalogCommand.class, SchemaCommand.class, DemoCommand.class,
            ReportCommand.class,
            HelpCommand.class);

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "Print the stack trace of an error (for reporting a bug).")
    boolean debug;

    private final BooleanSupplier interactive;

    RubricCli(BooleanSupplier interactive) {
        this.interactive = interactive;
    }

    /**
     * Runs the command line and exits with its exit code.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        // Route Hibernate Validator's start-up line through SLF4J (no binding here: quiet).
        System.setProperty("org.jboss.logging.provider", "slf4j");
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int exitCode;
        try {
            exitCode = run(Terminal::isInteractive, out, err, args);
        } catch (Throwable e) { // an Error (out of memory, stack overflow) passes picocli's handlers
            exitCode = escaped(e, Arrays.asList(args).contains("--debug"), err);
        }
        out.flush();
        err.flush();
        System.exit(exitCode);
    }

    /**
     * Runs the arguments as {@code main} does, without exiting: {@code validate FILE...} given no option without
     * picocli (see {@link ValidateCommand#plainFiles}), anything else through {@link #commandLine(BooleanSupplier,
     * String...)}.
     *
     * @param interactive whether standard error is a terminal (progress lines are printed only then)
     * @param out standard output
     * @param err standard error
     * @param args the arguments
     * @return the exit code
     */
    static int run(BooleanSupplier interactive, PrintWriter out, PrintWriter err, String... args) {
        List<Path> files = ValidateCommand.plainFiles(args);
        if (files != null) {
            return ValidateCommand.plain(files, out, err);
        }
        CommandLine commandLine = commandLine(interactive, args);
        commandLine.setOut(out);
        commandLine.setErr(err);
        return commandLine.execute(args);
    }

    /**
     * Reports an error that escaped the command's handlers in one line (its stack trace with --debug): running
     * out of memory as {@link OutOfMemory} says it, anything else as an internal error.
     *
     * @param error the error
     * @param debug whether --debug was given
     * @param err standard error
     * @return {@value ExitCodes#OUT_OF_MEMORY} for an {@link OutOfMemoryError}, else {@value ExitCodes#INTERNAL}
     */
    static int escaped(Throwable error, boolean debug, PrintWriter err) {
        int exitCode;
        if (error instanceof OutOfMemoryError) {
            err.println(OutOfMemory.message(""));
            exitCode = ExitCodes.OUT_OF_MEMORY;
        } else {
            String message = error.getMessage();
            err.println("rubric: internal error: " + error.getClass().getSimpleName()
                    + (message == null || message.isBlank() ? "" : ": " + message) + " (run with --debug for details)");
            exitCode = ExitCodes.INTERNAL;
        }
        if (debug) {
            error.printStackTrace(err);
        }
        err.flush();
        return exitCode;
    }

    /**
     * Builds the command line with its error handlers; set its out and err writers before executing.
     *
     * @param interactive whether standard error is a terminal (progress lines are printed only then)
     * @return the command line
     */
    static CommandLine commandLine(BooleanSupplier interactive) {
        return commandLine(interactive, COMMANDS);
    }

    /**
     * Builds the command line for these arguments: when the first one names a command (not {@code help},
     * which lists the others), with that command alone; for {@code --version} alone, with none; else with every
     * command. Parsing and running the
     * arguments then give exactly what the full command line gives: they never leave the named command.
     *
     * @param interactive whether standard error is a terminal (progress lines are printed only then)
     * @param args the arguments it will execute
     * @return the command line
     */
    static CommandLine commandLine(BooleanSupplier interactive, String... args) {
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            return commandLine(interactive, List.of());
        }
        Class<?> named = args.length == 0 ? null : named(args[0]);
        return commandLine(interactive, named == null ? COMMANDS : List.of(named));
    }

    /** The command, other than help, whose name or alias is the argument; null if none. */
    private static Class<?> named(String arg) {
        for (Class<?> command : COMMANDS) {
            Command annotation = command.getAnnotation(Command.class);
            if (command != HelpCommand.class && (annotation.name().equals(arg)
                    || Arrays.asList(annotation.aliases()).contains(arg))) {
                return command;
            }
        }
        return null;
    }

    private static CommandLine commandLine(BooleanSupplier interactive, List<Class<?>> commands) {
        CommandLine commandLine = new CommandLine(new RubricCli(interactive));
        commands.forEach(commandLine::addSubcommand);
        commandLine.setExecutionExceptionHandler(new ErrorHandler());
        commandLine.setParameterExceptionHandler(new UsageErrorHandler());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        return commandLine;
    }

    /**
     * Checks if progress lines may be printed.
     *
     * @return true if standard error is a terminal
     */
    boolean interactive() {
        return interactive.getAsBoolean();
    }
}
