package org.engagementrubrics.testkit.invalid;

import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.engagementrubrics.json.FormatException;
import org.engagementrubrics.json.FormatProblem;
import org.engagementrubrics.json.ResponseReader;
import org.engagementrubrics.json.ResponseStream;
import org.engagementrubrics.json.RubricJson;

/** Reads a variant the way it was made for, and checks that the reader refuses it with the promised problem. */
final class ReadChecks {

    private ReadChecks() {
    }

    static InputStream stream(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }

    /** Reads a variant as a document: on its own, or as a response against its instrument. */
    static void assertRefused(InvalidDocument variant) {
        RubricJson json = RubricJson.defaults().withLimits(variant.limits());
        List<FormatProblem> problems;
        try {
            if (variant.instrument().isPresent()) {
                json.responseReader(variant.instrument().get()).read(variant.stream(), "variant");
            } else {
                json.read(variant.stream(), "variant");
            }
            problems = List.of();
        } catch (FormatException e) {
            problems = e.problems();
        }
        check(variant, problems);
    }

    /** Reads a variant of a JSON Lines record through a stream of responses against its instrument. */
    static void assertRefusedAsLine(InvalidDocument variant) {
        RubricJson json = RubricJson.defaults().withLimits(variant.limits());
        check(variant, lineProblems(json.responseReader(variant.instrument().orElseThrow()), variant.bytes()));
    }

    /** The problems of every record of a one-line stream, the stream's own last record included. */
    static List<FormatProblem> lineProblems(ResponseReader reader, byte[] line) {
        List<FormatProblem> problems = new ArrayList<>();
        try (ResponseStream stream = reader.stream(stream(line), "line")) {
            stream.forEachRemaining(record -> problems.addAll(record.problems()));
        } catch (FormatException e) {
            problems.addAll(e.problems());
        }
        return problems;
    }

    private static void check(InvalidDocument variant, List<FormatProblem> problems) {
        boolean found = problems.stream().anyMatch(p -> p.code().equals(variant.expectedCode())
                && variant.expectedPointer().map(p.pointer()::equals).orElse(true));
        if (!found) {
            String text = variant.text();
            fail(variant + " was read with the problems\n  "
                    + problems.stream().map(FormatProblem::toString).collect(Collectors.joining("\n  "))
                    + "\ndocument:\n" + (text.length() > 3_000 ? text.substring(0, 3_000) + " ..." : text));
        }
    }
}
