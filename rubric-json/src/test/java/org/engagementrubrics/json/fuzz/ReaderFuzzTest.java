package org.engagementrubrics.json.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.core.groups.GroupedResult;
import org.engagementrubrics.core.coverage.CoverageResult;
import org.engagementrubrics.core.raters.AgreementReport;
import org.engagementrubrics.core.raters.Consensus;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.core.scoring.PreparedInstrument;
import org.engagementrubrics.core.scoring.ScoreResult;
import org.engagementrubrics.core.scoring.ScoringEngine;
import org.engagementrubrics.core.scoring.SurveyResult;
import org.engagementrubrics.core.scoring.TallyState;
import org.engagementrubrics.json.FormatException;
import org.engagementrubrics.json.FormatProblem;
import org.engagementrubrics.json.ReadLimits;
import org.engagementrubrics.json.ResponseRecord;
import org.engagementrubrics.json.ResponseStream;
import org.engagementrubrics.json.RubricJson;
import org.engagementrubrics.testkit.Fixtures;

/**
 * Coverage-guided fuzz tests of the readers (Jazzer), for the promise of {@link RubricJson}: any input gives
 * either a valid object or a {@link FormatException} with at least one complete problem, never another
 * exception, an error or a hang.
 *
 * <p>In a plain build each method runs once per seed input under
 * {@code src/test/resources/org/engagementrubrics/json/fuzz/ReaderFuzzTestInputs/<method>/} (regression mode;
 * {@link SeedInputsTest} explains and checks how the seeds were chosen). With {@code JAZZER_FUZZ=1} the
 * selected method is fuzzed for its {@code maxDuration}: see {@code scripts/fuzz.sh} and
 * {@code docs/fuzzing.md}.
 *
 * <p>The oracle: a {@link FormatException} is the only allowed failure and must hold problems whose source,
 * pointer, code and message are not null and whose line and column are not negative; a returned object is
 * not null, and writing it and reading the text again gives an equal object. Reading uses smaller limits
 * than the defaults (64 KiB, depth 32, strings of 4096 characters, numbers of 40 characters, 1000 elements)
 * so the fuzzer reaches the limit checks; reading the written text again uses the default limits, since
 * the writer's indentation may make a valid document longer than the input was.
 */
class ReaderFuzzTest {

    /** The limits the fuzzed input is read with. */
    static final ReadLimits LIMITS = ReadLimits.defaults()
            .withMaxDocumentBytes(64 * 1024)
            .withMaxDepth(32)
            .withMaxStringLength(4096)
            .withMaxNumberLength(40)
            .withMaxElements(1000);

    private static final RubricJson FUZZED = RubricJson.defaults().withLimits(LIMITS);
    private static final RubricJson AGAIN = RubricJson.defaults();

    /** The fixed instrument responses are validated against (the one of the golden response-marks.json). */
    private static final Instrument INSTRUMENT = Fixtures.stagedRubric();
    /** The same instrument prepared, for results (full or compact) read with it. */
    private static final PreparedInstrument<?, ?> PREPARED = ScoringEngine.defaults().prepare(INSTRUMENT);

    private static final String SOURCE = "fuzz.json";

    /** Instrument reader: the bytes through {@code readInstrument(InputStream)}, the text through {@code read}. */
    @FuzzTest(maxDuration = "10m")
    void instrument(byte[] data) {
        try {
            Instrument instrument = FUZZED.readInstrument(new ByteArrayInputStream(data), SOURCE);
            check(instrument != null, "readInstrument returned null");
            Instrument again = AGAIN.readInstrument(AGAIN.write(instrument), "again.json");
            checkEqual(instrument, again, "instrument");
        } catch (FormatException e) {
            checkProblems(e.problems(), "readInstrument");
        }
        try {
            Object value = FUZZED.read(new String(data, StandardCharsets.UTF_8), SOURCE);
            check(value != null, "read returned null");
            checkEqual(value, AGAIN.read(writeAny(value), "again.json"), "document");
        } catch (FormatException e) {
            checkProblems(e.problems(), "read");
        }
    }

    /** Response reader, validated against a fixed instrument. */
    @FuzzTest(maxDuration = "10m")
    void response(byte[] data) {
        try {
            Response response = FUZZED.responseReader(INSTRUMENT).read(new String(data, StandardCharsets.UTF_8), SOURCE);
            check(response != null, "readResponse returned null");
            Response again = AGAIN.responseReader(INSTRUMENT).read(AGAIN.write(response), "again.json");
            checkEqual(response, again, "response");
        } catch (FormatException e) {
            checkProblems(e.problems(), "readResponse");
        }
    }

    /**
     * Response stream (JSON Lines or an array): every record is good or bad, and the counts add up; a
     * problem of the stream itself comes last, numbered 0, and is not counted.
     */
    @FuzzTest(maxDuration = "10m")
    void responseStream(byte[] data) {
        int seen = 0;
        int good = 0;
        try (ResponseStream stream = FUZZED.responseReader(INSTRUMENT).stream(new ByteArrayInputStream(data), "fuzz.jsonl")) {
            boolean streamProblem = false;
            while (stream.hasNext()) {
                ResponseRecord record = stream.next();
                check(record != null, "next returned null");
                check(!streamProblem, "a record after the stream's own problem");
                if (record.number() == 0) {
                    // issue 9 item 9: a problem between or after the records is the stream's, counted nowhere
                    streamProblem = true;
                    check(!record.isGood(), "a good record numbered 0");
                    checkProblems(record.problems(), "the stream");
                    continue;
                }
                seen++;
                check(record.number() == seen, "record number " + record.number() + " for record " + seen);
                check(record.line() >= 0, "negative line " + record.line());
                if (record.isGood()) {
                    good++;
                    Response again = AGAIN.responseReader(INSTRUMENT).read(AGAIN.write(record.response()), "again.json");
                    checkEqual(record.response(), again, "streamed response");
                } else {
                    checkProblems(record.problems(), "record " + seen);
                }
                check(seen < 1_000_000, "the stream does not end");
            }
            check(stream.good() + stream.bad() == seen,
                    "good " + stream.good() + " + bad " + stream.bad() + " != records seen " + seen);
            check(stream.good() == good, "good() " + stream.good() + " != good records seen " + good);
        } catch (FormatException e) {
            checkProblems(e.problems(), "responses");
        }
    }

    /** Result reader. */
    @FuzzTest(maxDuration = "10m")
    void result(byte[] data) {
        try {
            ScoreResult result = FUZZED.readResult(new String(data, StandardCharsets.UTF_8), SOURCE);
            check(result != null, "readResult returned null");
            ScoreResult again = AGAIN.readResult(AGAIN.write(result), "again.json");
            checkEqual(result, again, "result");
        } catch (FormatException e) {
            checkProblems(e.problems(), "readResult");
        }
        try { // with the instrument, which rebuilds the explanations of a compact result (issue 12)
            ScoreResult result = FUZZED.readResult(new String(data, StandardCharsets.UTF_8), SOURCE, PREPARED);
            check(result != null, "readResult with the instrument returned null");
            checkEqual(result, AGAIN.readResult(AGAIN.write(result), "again.json", PREPARED), "result");
        } catch (FormatException e) {
            checkProblems(e.problems(), "readResult with the instrument");
        }
    }

    /** Coverage result reader. */
    @FuzzTest(maxDuration = "10m")
    void coverage(byte[] data) {
        try {
            CoverageResult result = FUZZED.readCoverage(new ByteArrayInputStream(data), SOURCE);
            check(result != null, "readCoverage returned null");
            CoverageResult again = AGAIN.readCoverage(AGAIN.write(result), "again.json");
            checkEqual(result, again, "coverage result");
        } catch (FormatException e) {
            checkProblems(e.problems(), "readCoverage");
        }
    }

    /** Tally state reader (issue 10 item 1). */
    @FuzzTest(maxDuration = "10m")
    void tally(byte[] data) {
        try {
            TallyState state = FUZZED.readTally(new String(data, StandardCharsets.UTF_8), SOURCE);
            check(state != null, "readTally returned null");
            TallyState again = AGAIN.readTally(AGAIN.write(state), "again.json");
            checkEqual(state, again, "tally state");
        } catch (FormatException e) {
            checkProblems(e.problems(), "readTally");
        }
    }

    /** Survey results by group reader (issue 10 item 5). */
    @FuzzTest(maxDuration = "10m")
    void surveyByGroup(byte[] data) {
        try {
            GroupedResult<SurveyResult> result = FUZZED.readSurveyByGroup(new String(data, StandardCharsets.UTF_8),
                    SOURCE);
            check(result != null, "readSurveyByGroup returned null");
            GroupedResult<SurveyResult> again = AGAIN.readSurveyByGroup(AGAIN.write(result), "again.json");
            checkEqual(result, again, "results by group");
        } catch (FormatException e) {
            checkProblems(e.problems(), "readSurveyByGroup");
        }
    }

    @SuppressWarnings("unchecked")
    private static String writeAny(Object value) {
        if (value instanceof Instrument instrument) {
            return AGAIN.write(instrument);
        }
        if (value instanceof Response response) {
            return AGAIN.write(response);
        }
        if (value instanceof ScoreResult result) {
            return AGAIN.write(result);
        }
        if (value instanceof TallyState state) {
            return AGAIN.write(state);
        }
        if (value instanceof GroupedResult<?> grouped) {
            return AGAIN.write((GroupedResult<SurveyResult>) grouped);
        }
        if (value instanceof CoverageResult coverage) {
            return AGAIN.write(coverage);
        }
        if (value instanceof org.engagementrubrics.core.change.Comparison comparison) {
            return AGAIN.write(comparison);
        }
        if (value instanceof org.engagementrubrics.core.change.IdMapping mapping) {
            return AGAIN.write(mapping);
        }
        if (value instanceof Consensus consensus) {
            return AGAIN.write(consensus);
        }
        if (value instanceof AgreementReport report) {
            return AGAIN.write(report);
        }
        if (value instanceof org.engagementrubrics.core.scoring.StagePointsScheme scheme) {
            return AGAIN.write(scheme);
        }
        throw new AssertionError("read returned a " + value.getClass().getName());
    }

    private static void checkProblems(List<FormatProblem> problems, String what) {
        check(problems != null && !problems.isEmpty(), what + ": a FormatException without problems");
        for (FormatProblem problem : problems) {
            check(problem != null, what + ": a null problem");
            check(problem.source() != null && problem.pointer() != null && problem.code() != null
                    && problem.message() != null, what + ": a problem with a null field: " + problem);
            check(problem.line() >= 0 && problem.column() >= 0, what + ": a negative line or column: " + problem);
        }
    }

    private static void checkEqual(Object read, Object again, String what) {
        check(Objects.equals(read, again), what + " changed on writing and reading again:\n" + read + "\n" + again);
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }
}
