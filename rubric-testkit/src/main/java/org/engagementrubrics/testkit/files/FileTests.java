package org.engagementrubrics.testkit.files;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.json.Contents;
import org.engagementrubrics.json.FormatCodes;
import org.engagementrubrics.json.FormatException;
import org.engagementrubrics.json.FormatProblem;
import org.engagementrubrics.json.ResponseReader;
import org.engagementrubrics.json.ResponseRecord;
import org.engagementrubrics.json.ResponseStream;
import org.engagementrubrics.json.RubricJson;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Assertions;

/**
 * The tests of one {@link RubricFiles#validate()} call: a test per document file, a container per response
 * stream. Shares the instruments found under the folder between the files (read once, when first needed).
 */
final class FileTests {

    /** The message of a stream with no record, as {@code rubric validate} words it. */
    static final String NO_RESPONSES =
            "holds no responses; expected one response document per line, or a JSON array of responses";

    private final Path folder;
    private final RubricJson json;
    private final boolean strict;
    private final Instruments instruments;

    FileTests(Path folder, RubricJson json, boolean strict, Optional<Path> instrument) {
        this.folder = folder;
        this.json = json;
        this.strict = strict;
        this.instruments = new Instruments(folder, json, instrument);
    }

    /** The file's path relative to the folder, with {@code /} between folders on every system. */
    static String relative(Path folder, Path file) {
        return folder.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }

    /** Throws the failure of a file test. */
    static void fail(String message) {
        Assertions.fail(message);
    }

    DynamicNode node(Path file) {
        String name = relative(folder, file);
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) {
            return DynamicContainer.dynamicContainer(name, file.toUri(), records(file));
        }
        return DynamicTest.dynamicTest(name, file.toUri(), () -> failOn(file.toString(), document(file)));
    }

    /** Fails with every problem that counts (errors; warnings too when strict), in one message. */
    void failOn(String source, List<FormatProblem> problems) {
        List<FormatProblem> counted = strict ? problems : problems.stream().filter(FormatProblem::isError).toList();
        if (!counted.isEmpty()) {
            fail(message(source, counted));
        }
    }

    /** Every problem of a file, as {@code FormatException}'s message lists them: a count, then one per line. */
    static String message(String source, List<FormatProblem> problems) {
        long warnings = problems.stream().filter(problem -> !problem.isError()).count();
        long errors = problems.size() - warnings;
        StringBuilder text = new StringBuilder(source).append(": ");
        if (errors > 0) {
            text.append(count(errors, "problem"));
        }
        if (warnings > 0) {
            text.append(errors > 0 ? ", " : "").append(count(warnings, "warning"));
        }
        problems.forEach(problem -> text.append(System.lineSeparator()).append(problem));
        return text.toString();
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private List<FormatProblem> document(Path file) {
        ResponseReader reader = reader(file);
        try (Contents contents = reader.openAny(file)) {
            if (contents instanceof Contents.Document document) {
                return document.warnings();
            }
            if (contents instanceof Contents.Responses responses) {
                List<FormatProblem> problems = new ArrayList<>();
                ResponseStream stream = responses.stream();
                stream.forEachRemaining(record -> problems.addAll(record.problems()));
                if (stream.good() + stream.bad() == 0) {
                    problems.add(new FormatProblem(file.toString(), "", 0, 0, FormatCodes.EMPTY_DOCUMENT, NO_RESPONSES));
                }
                return problems;
            }
            return List.of();
        } catch (FormatException e) {
            return e.problems();
        }
    }

    /** The reader of a file's responses: against its instrument, or failing the test when it has none. */
    private ResponseReader reader(Path file) {
        Instruments.Found found = instruments.forResponsesOf(file);
        if (found.failure() != null) {
            fail(found.failure());
        }
        Instrument instrument = found.instrument();
        return instrument == null ? json.responseReader() : json.responseReader(instrument);
    }

    private Stream<DynamicNode> records(Path file) {
        RecordTests tests = new RecordTests(file, () -> reader(file).stream(file), this);
        return StreamSupport.stream(tests, false).onClose(tests::close);
    }

    /** The test of one record: it passes when the record is good. */
    DynamicTest record(Path file, ResponseRecord record) {
        List<FormatProblem> problems = record.problems(); // the response itself is not held by the test
        String name = record.number() == 0 ? "after the last record (line " + record.line() + ")"
                : "line " + record.line() + " (record " + record.number() + ")";
        return DynamicTest.dynamicTest(name, file.toUri(), () -> failOn(file.toString(), problems));
    }
}
