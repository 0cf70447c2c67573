package org.engagementrubrics.cli;

import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.json.Contents;
import org.engagementrubrics.json.FormatCodes;
import org.engagementrubrics.json.FormatException;
import org.engagementrubrics.json.FormatProblem;
import org.engagementrubrics.json.ResponseReader;
import org.engagementrubrics.json.ResponseRecord;
import org.engagementrubrics.json.ResponseStream;
import org.engagementrubrics.json.RubricJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code rubric validate FILE...}: reads every file and prints every problem, located.
 */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        header = "Validate files and print every problem, located.",
        description = {"Reads each file (an instrument, a response or a result of any kind) and prints every "
                + "problem as 'file:line:column: pointer: [code] message', one per line, on standard output. "
                + "A JSON Lines file (.jsonl, .ndjson) or a file holding a JSON array is read as a stream of "
                + "responses, each bad record reported with its line in the file; a JSON array of result documents "
                + "(what 'rubric score --format json' prints for a stream) is read as results, each problem "
                + "located in its element. A file whose name ends in none of .json, .jsonl, .ndjson (a pipe, "
                + "/dev/stdin) is read as JSON Lines when its first value is an object and the next non-blank "
                + "line starts another value.",
                "Warnings (findings that do not stop a read, such as a matrix cell with no statements) are printed "
                        + "as 'file:line:column: pointer: warning: [code] message' and do not fail the run "
                        + "unless --strict is given.",
                "A one-line summary goes to standard error."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every file is valid (warnings alone allowed, unless --strict)",
                "1:a problem was found (or, with --strict, a warning)", "2:usage error", "3:internal error",
                "4:out of memory (give Java more: java -Xmx2g -jar rubric.jar ...)"})
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "The files to validate.")
    List<Path> files;

    @Option(names = "--instrument", paramLabel = "ID|FILE",
            description = "Validate responses against this instrument: an id from 'rubric catalog list', "
                    + "else the path of an instrument file. Without it a response is checked on its own.")
    String instrument;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default): one problem per line; json: a JSON array of objects "
                    + "{source, pointer, line, column, code, message, severity}.")
    OutputFormat format;

    @Option(names = "--strict", description = "Treat warnings as problems: exit 1 when any is found.")
    boolean strict;

    @Override
    public Integer call() {
        return validate(spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /**
     * The files of {@code validate FILE...} given no option: every argument after {@code validate} is a plain
     * path (not empty, not starting with '-' or with '@', which picocli reads as an option or an argument file),
     * and no {@code picocli.*} system property is set. {@link RubricCli} runs such a command line with
     * {@link #plain} without building picocli's model of the commands (start-up, issue 12); it prints and
     * exits with exactly what picocli's run of the same arguments does.
     *
     * @param args the command line's arguments
     * @return the files, or null if picocli must parse the arguments
     */
    static List<Path> plainFiles(String... args) {
        if (args.length < 2 || !args[0].equals("validate")
                || System.getProperties().stringPropertyNames().stream().anyMatch(key -> key.startsWith("picocli."))) {
            return null;
        }
        List<Path> files = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (arg.isEmpty() || arg.startsWith("-") || arg.startsWith("@")) {
                return null;
            }
            try {
                files.add(Path.of(arg));
            } catch (InvalidPathException e) {
                return null;
            }
        }
        return files;
    }

    /**
     * Validates the files with the options' defaults, as picocli runs {@code validate FILE...}; an exception is
     * reported as {@link ErrorHandler} reports it.
     *
     * @param files the files, from {@link #plainFiles}
     * @param out standard output
     * @param err standard error
     * @return the exit code
     */
    static int plain(List<Path> files, PrintWriter out, PrintWriter err) {
        ValidateCommand command = new ValidateCommand();
        command.files = files;
        command.format = OutputFormat.TEXT;
        try {
            return command.validate(out, err);
        } catch (Exception e) {
            return ErrorHandler.report(e, err, false);
        }
    }

    /** Runs the command; {@link #spec} is used only with {@code --instrument}. */
    private int validate(PrintWriter out, PrintWriter err) {
        Instrument against = null;
        if (instrument != null) {
            try {
                against = InstrumentOption.instrument(instrument, spec.commandLine());
            } catch (FormatException e) {
                print(out, e.problems());
                err.println("rubric: the instrument " + instrument + " has " + count(e.problems().size(), "problem")
                        + "; fix it first");
                return ExitCodes.PROBLEMS;
            }
        }
        ResponseReader reader = against == null ? RubricJson.defaults().responseReader()
                : RubricJson.defaults().responseReader(against);
        List<FormatProblem> problems = new ArrayList<>();
        int valid = 0;
        int records = 0;
        int badRecords = 0;
        for (Path file : files) {
            List<FormatProblem> found;
            try (Contents contents = reader.openAny(file)) {
                if (contents instanceof Contents.Responses responses) {
                    Stream stream = stream(file, responses.stream());
                    found = stream.problems;
                    records += stream.records;
                    badRecords += stream.bad;
                } else if (contents instanceof Contents.Document document) {
                    // a document that opens has no errors (open threw them otherwise), perhaps warnings
                    found = document.warnings();
                } else {
                    found = List.of(); // an array of results that reads has no problems (readResults threw them)
                }
            } catch (FormatException e) {
                found = e.problems();
            }
            if (found.stream().noneMatch(FormatProblem::isError)) {
                valid++;
            }
            if (format == OutputFormat.TEXT) {
                found.forEach(out::println);
            }
            problems.addAll(found);
        }
        if (format == OutputFormat.JSON) {
            out.print(RubricJson.defaults().writeProblems(problems));
        }
        out.flush();
        long warnings = problems.stream().filter(problem -> !problem.isError()).count();
        err.println(count(files.size(), "file") + ", " + valid + " valid, "
                + count(problems.size() - (int) warnings, "problem")
                + (warnings > 0 ? ", " + count((int) warnings, "warning") : "")
                + (records > 0 || badRecords > 0 ? ", " + count(records, "record") + " streamed (" + badRecords
                        + " bad)" : ""));
        boolean fails = strict ? !problems.isEmpty() : warnings < problems.size();
        return fails ? ExitCodes.PROBLEMS : ExitCodes.OK;
    }

    private void print(PrintWriter out, List<FormatProblem> problems) {
        if (format == OutputFormat.JSON) {
            out.print(RubricJson.defaults().writeProblems(problems));
        } else {
            problems.forEach(out::println);
        }
        out.flush();
    }

    private record Stream(List<FormatProblem> problems, int records, int bad) {
    }

    private static Stream stream(Path file, ResponseStream stream) {
        List<FormatProblem> problems = new ArrayList<>();
        while (stream.hasNext()) {
            ResponseRecord record = stream.next();
            problems.addAll(record.problems());
        }
        int records = stream.good() + stream.bad();
        if (records == 0) {
            problems.add(new FormatProblem(file.toString(), "", 0, 0, FormatCodes.EMPTY_DOCUMENT,
                    "holds no responses; expected one response document per line, or a JSON array of responses"));
        }
        return new Stream(problems, records, stream.bad());
    }

    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
