package org.engagementrubrics.cli;

import java.io.PrintWriter;
import org.engagementrubrics.json.FormatException;
import org.engagementrubrics.json.FormatProblem;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns an exception thrown by a command into lines on standard error and an exit code: a
 * {@link FormatException} is the user's to fix (one line per problem; exit 1); {@link OutOfMemory} says what
 * was read and how to give Java more memory (exit 4); anything else is an internal error (exit 3). The stack
 * trace is printed only with --debug. (Usage errors, exit 2, are the {@link UsageErrorHandler}'s.)
 */
final class ErrorHandler implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception exception, CommandLine commandLine, ParseResult parseResult) {
        return report(exception, commandLine.getErr(), debug(parseResult));
    }

    /**
     * Reports an exception thrown by a command.
     *
     * @param exception the exception
     * @param err standard error
     * @param debug whether --debug was given (the stack trace is printed then)
     * @return the exit code
     */
    static int report(Exception exception, PrintWriter err, boolean debug) {
        int exitCode;
        if (exception instanceof FormatException format) {
            for (FormatProblem problem : format.problems()) {
                err.println(problem);
            }
            exitCode = ExitCodes.PROBLEMS;
        } else if (exception instanceof OutOfMemory memory) {
            err.println(memory.getMessage());
            exitCode = ExitCodes.OUT_OF_MEMORY;
        } else {
            err.println("rubric: internal error: " + describe(exception) + " (run with --debug for details)");
            exitCode = ExitCodes.INTERNAL;
        }
        if (debug) {
            exception.printStackTrace(err);
        }
        err.flush();
        return exitCode;
    }

    private static String describe(Throwable exception) {
        String message = exception.getMessage();
        return message == null || message.isBlank() ? exception.getClass().getName() : message;
    }

    /** Was --debug given on the top command or on any subcommand? */
    static boolean debug(ParseResult parseResult) {
        for (ParseResult at = parseResult; at != null; at = at.subcommand()) {
            if (at.hasMatchedOption("--debug")) {
                return true;
            }
        }
        return false;
    }
}
