package org.engagementrubrics.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import jakarta.validation.Validator;
import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.core.scoring.PreparedInstrument;
import org.engagementrubrics.core.scoring.ScoreResult;
import org.engagementrubrics.core.scoring.ScoringEngine;
import org.engagementrubrics.core.scoring.Tally;
import org.engagementrubrics.core.validation.RubricValidator;
import org.engagementrubrics.testkit.Properties;
import org.junit.jupiter.api.Test;

/**
 * Issue 12 pair 4: pooling a stream into a tally ({@link ResponseStream#pool}), which adds the plain records of
 * survey responses straight from their bytes, gives what reading the stream one record at a time and adding each
 * good record to a tally gives: the same bad records (numbers, lines, problems, in order), the same counts, and a
 * tally with the same state and result, explanation included; on the generated JSON Lines of
 * {@link LeanRecordsPropertiesTest}, good and bad records of every shape in any order, under default and tight
 * limits, in batches of any size, with records inside and across the blocks the stream is read in.
 */
class PooledRecordsPropertiesTest {

    private static final RubricValidator VALIDATOR = RubricValidator.create();
    private static final ScoringEngine ENGINE = ScoringEngine.defaults().withValidator(VALIDATOR);

    /** What reading a stream gave: the bad records, the counts and the tally. */
    record Pooled(List<ResponseRecord> bad, int good, int badCount, Tally<ScoreResult> tally) {
    }

    /**
     * The stream of a case; often one that gives its bytes a few at a time, so that records lie across the blocks
     * the lines are read in.
     */
    private static ResponseStream stream(LeanRecordsPropertiesTest.Case c, Against against) {
        DocumentReader documents = new DocumentReader(c.limits(), VALIDATOR);
        byte[] bytes = c.text().getBytes(StandardCharsets.UTF_8);
        int chunk = c.text().length() % 3 == 1 ? 1 + c.text().length() % 300 : 300 + c.text().length() % 2000;
        InputStream in = new FilterInputStream(new ByteArrayInputStream(bytes)) {
            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                return super.read(buffer, offset, Math.min(length, chunk));
            }

            @Override
            public int available() {
                return 0;
            }
        };
        return new ResponseStream(BoundedInput.of(in, "gen.jsonl", c.limits().maxDocumentBytes()), documents, against,
                true);
    }

    /** The straightforward way: every record read, each good one added to the tally. */
    private static Pooled oneAtATime(LeanRecordsPropertiesTest.Case c, PreparedInstrument<Instrument, ScoreResult> prepared) {
        Tally<ScoreResult> tally = prepared.tally();
        List<ResponseRecord> bad = new ArrayList<>();
        try (ResponseStream stream = stream(c, Against.prepared(prepared))) {
            while (stream.hasNext()) {
                ResponseRecord record = stream.next();
                if (record.isGood()) {
                    tally.add(record.checked());
                } else {
                    bad.add(record);
                }
            }
            return new Pooled(bad, stream.good(), stream.bad(), tally);
        }
    }

    private static Pooled pooled(LeanRecordsPropertiesTest.Case c, PreparedInstrument<Instrument, ScoreResult> prepared,
            int batch) {
        Tally<ScoreResult> tally = prepared.tally();
        List<ResponseRecord> bad = new ArrayList<>();
        try (ResponseStream stream = stream(c, Against.prepared(prepared))) {
            while (stream.hasNext()) {
                ResponseRecord record = stream.pool(tally, batch);
                if (record != null) {
                    bad.add(record);
                }
            }
            return new Pooled(bad, stream.good(), stream.bad(), tally);
        }
    }

    @Test
    void poolingGivesTheBadRecordsCountsAndTallyOfReadingOneAtATime() {
        int[] seen = new int[3];
        Properties.forAll("pooled = one at a time", 400, LeanRecordsPropertiesTest.cases(), c -> {
            PreparedInstrument<Instrument, ScoreResult> prepared = ENGINE.prepare(c.instrument());
            if (!prepared.summarizes()) {
                return;
            }
            int batch = c.text().length() % 4 == 0 ? 1 + c.text().length() % 7 : Integer.MAX_VALUE;
            Pooled expected = oneAtATime(c, prepared);
            Pooled actual = pooled(c, prepared, batch);
            assertThat(actual.bad()).isEqualTo(expected.bad());
            assertThat(actual.good()).isEqualTo(expected.good());
            assertThat(actual.badCount()).isEqualTo(expected.badCount());
            assertThat(actual.tally().state()).isEqualTo(expected.tally().state());
            if (expected.good() > 0) {
                assertThat(actual.tally().result()).isEqualTo(expected.tally().result());
                assertThat(actual.tally().result().explanation().toText())
                        .isEqualTo(expected.tally().result().explanation().toText());
            }
            seen[0] += expected.good();
            seen[1] += expected.badCount();
            seen[2] += addedFromBytes(c, prepared);
        });
        assertThat(seen[2]).as("records added from their bytes").isGreaterThan(seen[0] / 4);
        assertThat(seen[1]).as("bad records").isPositive();
    }

    /** How many lines of the stream the pool adds from their bytes, into a scratch tally. */
    private static int addedFromBytes(LeanRecordsPropertiesTest.Case c, PreparedInstrument<Instrument, ScoreResult> prepared) {
        RatingsPool pool = RatingsPool.of(c.limits(), prepared, prepared.tally());
        if (pool == null) {
            return 0;
        }
        int added = 0;
        LineReader lines = new LineReader(new ByteArrayInputStream(c.text().getBytes(StandardCharsets.UTF_8)),
                c.limits().maxDocumentBytes());
        try {
            while (lines.next()) {
                added += !lines.tooLarge() && pool.add(lines.bytes(), 0, lines.length(), true, Long.MAX_VALUE) >= 0
                        ? 1 : 0;
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return added;
    }

    @Test
    void anEmbeddersValidatorSeesEveryResponseOfAPool() {
        Validator permissive = (Validator) Proxy.newProxyInstance(Validator.class.getClassLoader(),
                new Class<?>[] {Validator.class}, (proxy, method, args) -> Set.of());
        ScoringEngine embedders = ScoringEngine.defaults().withValidator(RubricValidator.using(permissive));
        Properties.forAll("an embedder's validator", 60, LeanRecordsPropertiesTest.cases(), c -> {
            PreparedInstrument<Instrument, ScoreResult> prepared = embedders.prepare(c.instrument());
            if (!prepared.summarizes()) {
                return;
            }
            assertThat(RatingsPool.of(c.limits(), prepared, prepared.tally())).isNull();
            Pooled expected = oneAtATime(c, prepared);
            Pooled actual = pooled(c, prepared, 5);
            assertThat(actual.bad()).isEqualTo(expected.bad());
            assertThat(actual.tally().state()).isEqualTo(expected.tally().state());
        });
    }
}
