package org.engagementrubrics.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Reports a usage error in one line (or the usage, when a command is missing), says how to get help, and
 * exits with picocli's usage code 2.
 */
final class UsageErrorHandler implements IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException exception, String[] args) {
        CommandLine commandLine = exception.getCommandLine();
        PrintWriter err = commandLine.getErr();
        err.println("rubric: " + exception.getMessage());
        UnmatchedArgumentException.printSuggestions(exception, err);
        if (!commandLine.getSubcommands().isEmpty() && exception.getMessage().startsWith("Missing required subcommand")) {
            err.println();
            commandLine.usage(err);
        } else {
            err.println("Try '" + commandLine.getCommandSpec().qualifiedName() + " --help' for more information.");
        }
        if (Arrays.asList(args).contains("--debug")) {
            exception.printStackTrace(err);
        }
        err.flush();
        return commandLine.getCommandSpec().exitCodeOnInvalidInput();
    }
}
