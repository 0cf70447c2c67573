package org.engagementrubrics.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.engagementrubrics.core.scoring.ScoreResult;
import org.engagementrubrics.core.validation.Severity;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 10, item 2: results and problems written one at a time, for the CLI's output of a long stream, give the
 * bytes of the whole-list writers, and a result or a problem on one line reads back.
 */
class ArrayWriterTest {

    private static final RubricJson JSON = RubricJson.defaults();
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    /** One result of every kind and outcome, with translations, extensions and awkward text. */
    private static final List<ScoreResult> RESULTS = GoldenValues.all().values().stream()
            .filter(ScoreResult.class::isInstance).map(ScoreResult.class::cast).toList();

    private static final List<FormatProblem> PROBLEMS = List.of(
            new FormatProblem("a.json", "/id", 3, 7, "blank", "id must not be blank"),
            new FormatProblem("b \"quoted\".jsonl", "", 0, 0, FormatCodes.EMPTY_DOCUMENT, "holds no responses; é\u2028🙂"),
            new FormatProblem("c.json", "/cells/0", 1, 1, "empty-cell", "a cell with no statements", Severity.WARNING));

    /** A target that records what it holds at each flush and whether it was closed. */
    private static final class Recording extends Writer {
        final StringBuilder text = new StringBuilder();
        final List<String> flushed = new ArrayList<>();
        boolean closed;

        @Override
        public void write(char[] chars, int offset, int length) {
            text.append(chars, offset, length);
        }

        @Override
        public void flush() {
            flushed.add(text.toString());
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    @Test
    void resultsWrittenOneAtATimeAreTheBytesOfWriteResults() {
        assertThat(RESULTS).hasSizeGreaterThanOrEqualTo(10);
        for (int n = 0; n <= RESULTS.size(); n++) {
            List<ScoreResult> results = RESULTS.subList(0, n);
            StringWriter out = new StringWriter();
            try (ArrayWriter<ScoreResult> array = JSON.resultArrayWriter(out)) {
                results.forEach(array::write);
            }
            assertThat(out.toString()).as("%d results", n).isEqualTo(JSON.writeResults(results));
            assertThat(JSON.readResults(out.toString(), "out.json")).isEqualTo(results);
        }
    }

    @Test
    void problemsWrittenOneAtATimeAreTheBytesOfWriteProblems() {
        for (int n = 0; n <= PROBLEMS.size(); n++) {
            List<FormatProblem> problems = PROBLEMS.subList(0, n);
            StringWriter out = new StringWriter();
            try (ArrayWriter<FormatProblem> array = JSON.problemArrayWriter(out)) {
                problems.forEach(array::write);
            }
            assertThat(out.toString()).as("%d problems", n).isEqualTo(JSON.writeProblems(problems));
        }
    }

    @Test
    void eachElementReachesTheTargetBeforeWriteReturnsAndTheTargetStaysOpen() {
        Recording target = new Recording();
        ArrayWriter<ScoreResult> array = JSON.resultArrayWriter(target);

        array.write(RESULTS.get(0));
        String first = target.text.toString();
        array.write(RESULTS.get(1));
        String second = target.text.toString();
        array.close();
        array.close();

        String whole = JSON.writeResults(RESULTS.subList(0, 2));
        assertThat(target.flushed).startsWith(first, second).last().isEqualTo(whole);
        assertThat(first).startsWith("[\n  {").endsWith("}").isEqualTo(whole.substring(0, first.length()));
        assertThat(second).startsWith(first + ",\n  {").endsWith("}");
        assertThat(target.text).hasToString(whole);
        assertThat(target.closed).as("the caller's writer is not closed").isFalse();
        assertThatThrownBy(() -> array.write(RESULTS.get(2))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
        assertThatThrownBy(() -> array.write(null)).isInstanceOf(NullPointerException.class).hasMessage("element");
    }

    @Test
    void aTargetThatFailsIsAnUncheckedIoException() {
        Writer broken = new Writer() {
            @Override
            public void write(char[] chars, int offset, int length) throws IOException {
                throw new IOException("disk full");
            }

            @Override
            public void flush() throws IOException {
                throw new IOException("disk full");
            }

            @Override
            public void close() {
            }
        };
        ArrayWriter<ScoreResult> array = JSON.resultArrayWriter(broken);

        assertThatThrownBy(() -> array.write(RESULTS.get(0))).isInstanceOf(UncheckedIOException.class)
                .hasRootCauseMessage("disk full");
    }

    @Test
    void aResultOnOneLineIsTheDocumentWithoutIndentationAndReadsBack() {
        for (ScoreResult result : RESULTS) {
            String line = JSON.writeLine(result);

            assertThat(line).doesNotContain("\n").doesNotContain("\r").startsWith("{\"format\":\"" + DocumentWriter.FORMAT + "\",");
            assertThat(JSON.readResult(line, "line.jsonl")).isEqualTo(result);
            assertThat(MAPPER.readTree(line)).isEqualTo(MAPPER.readTree(JSON.write(result)));
        }
    }

    @Test
    void aProblemOnOneLineIsTheObjectOfWriteProblems() {
        JsonNode array = MAPPER.readTree(JSON.writeProblems(PROBLEMS));
        for (int i = 0; i < PROBLEMS.size(); i++) {
            String line = JSON.writeLine(PROBLEMS.get(i));

            assertThat(line).doesNotContain("\n");
            assertThat(MAPPER.readTree(line)).isEqualTo(array.get(i));
        }
        assertThat(JSON.writeLine(PROBLEMS.get(0))).isEqualTo("{\"source\":\"a.json\",\"pointer\":\"/id\",\"line\":3,"
                + "\"column\":7,\"code\":\"blank\",\"message\":\"id must not be blank\",\"severity\":\"error\"}");
    }
}
