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
import org.engagementrubrics.json.ReadLimits;
import org.engagementrubrics.json.RubricJson;
import org.engagementrubrics.json.roster.ContactStream;
import org.engagementrubrics.json.roster.RecordFormat;
import org.engagementrubrics.core.Instrument;

/** Reads a variant the way it was made for, and checks that the reader refuses it with the promised problem. */
final class ReadChecks {

    private ReadChecks() {
    }

    static InputStream stream(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }

    /** Reads a variant the way its form says, and checks that the reader reports the promised problem. */
    static void assertRefused(InvalidDocument variant) {
        check(variant, problems(variant.form(), variant.bytes(), variant.limits(), variant.instrument().orElse(null)));
    }

    /** The problems the reader reports for a document of a form; empty when it reads cleanly. */
    static List<FormatProblem> problems(DocumentForm form, byte[] bytes, ReadLimits limits, Instrument instrument) {
        RubricJson json = RubricJson.defaults().withLimits(limits);
        List<FormatProblem> problems = new ArrayList<>();
        try {
            switch (form) {
                case DOCUMENT:
                    if (instrument != null) {
                        json.responseReader(instrument).read(stream(bytes), "variant");
                    } else {
                        json.read(stream(bytes), "variant");
                    }
                    break;
                case RESPONSE_LINE:
                    problems.addAll(lineProblems(instrument == null ? json.responseReader()
                            : json.responseReader(instrument), bytes));
                    break;
                case ROSTER_LINE:
                    problems.addAll(json.rosterReader().read(stream(bytes), "variant", RecordFormat.JSON_LINES).problems());
                    break;
                case CONTACT_LINE:
                    try (ContactStream contacts = json.contactReader().stream(stream(bytes), "variant",
                            RecordFormat.JSON_LINES, problems::add)) {
                        contacts.forEachRemaining(contact -> { });
                    }
                    break;
                default:
                    throw new IllegalArgumentException(form.toString());
            }
        } catch (FormatException e) {
            problems.addAll(e.problems());
        }
        return problems;
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
        boolean found = problems.stream().anyMatch(p -> p.isError() && p.code().equals(variant.expectedCode())
                && variant.expectedPointer().map(p.pointer()::equals).orElse(true));
        if (!found) {
            String text = variant.text();
            fail(variant + " was read with the problems\n  "
                    + problems.stream().map(FormatProblem::toString).collect(Collectors.joining("\n  "))
                    + "\ndocument:\n" + (text.length() > 3_000 ? text.substring(0, 3_000) + " ..." : text));
        }
    }
}
