package org.engagementrubrics.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine;

/**
 * Runs the command line in process with captured standard output and error.
 */
final class Cli {

    /**
     * What a run printed and its exit code.
     *
     * @param exitCode the exit code
     * @param out standard output
     * @param err standard error
     */
    record Run(int exitCode, String out, String err) {

        /** The lines of standard output, without the final line end. */
        List<String> outLines() {
            return lines(out);
        }

        /** The lines of standard error, without the final line end. */
        List<String> errLines() {
            return lines(err);
        }

        private static List<String> lines(String text) {
            if (text.isEmpty()) {
                return List.of();
            }
            List<String> all = List.of(text.split("\n", -1));
            return text.endsWith("\n") ? all.subList(0, all.size() - 1) : all;
        }
    }

    private Cli() {
    }

    static Run run(String... args) {
        return run(false, args);
    }

    /**
     * Runs the command line as {@code main} does: {@code validate FILE...} without picocli, else with only the
     * command that the first argument names.
     */
    static Run run(boolean interactive, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = RubricCli.run(() -> interactive, new PrintWriter(out, true), new PrintWriter(err, true), args);
        return run(exitCode, out, err, args);
    }

    /** Runs a prepared command line; without --debug, no stack trace may be printed. */
    static Run run(CommandLine commandLine, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return run(commandLine.execute(args), out, err, args);
    }

    private static Run run(int exitCode, StringWriter out, StringWriter err, String... args) {
        Run run = new Run(exitCode, out.toString().replace(System.lineSeparator(), "\n"),
                err.toString().replace(System.lineSeparator(), "\n"));
        if (!Arrays.asList(args).contains("--debug")) {
            assertThat(run.err()).as("no stack trace without --debug").doesNotContain("\tat ");
        }
        return run;
    }
}
