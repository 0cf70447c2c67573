package org.engagementrubrics.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.core.scoring.ScoreResult;
import org.engagementrubrics.core.scoring.ScoringEngine;
import org.engagementrubrics.core.validation.Problem;
import org.engagementrubrics.core.validation.RubricValidator;
import org.engagementrubrics.json.RubricJson;
import org.engagementrubrics.testkit.Generators;
import org.engagementrubrics.testkit.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The shared objects are safe to share: 8 threads, released together by a latch, get exactly what one
 * thread gets alone.
 *
 * <p>The timeout guards against a deadlock, not against slowness: alone the class takes about 15 s on 2 cores,
 * and on a build machine shared with other builds 60 s was seen to run out with nothing wrong.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class ConcurrencyTest {

    private static final int THREADS = 8;
    private static final int RESPONSES = 10_000;
    private static final long SEED = Properties.DEFAULT_SEED;

    /** Runs {@code task(t)} on 8 threads that start together; returns each thread's result. */
    private static <T> List<T> together(IntFunction<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch ready = new CountDownLatch(THREADS);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                futures.add(pool.submit((Callable<T>) () -> {
                    ready.countDown();
                    go.await();
                    return task.apply(thread);
                }));
            }
            assertThat(ready.await(10, TimeUnit.SECONDS)).as("all threads started").isTrue();
            go.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(50, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void oneEngineAndOneInstrumentScoreTenThousandResponsesOnEightThreadsAsOneThreadDoes() throws Exception {
        ScoringEngine engine = ScoringEngine.defaults();
        // the full 10^4 per thread on one instrument (the archetype matrix); a smaller check on every other kind
        for (Instrument instrument : Catalog.bundled().instruments()) {
            boolean full = instrument.id().equals("four-versions-of-partnerships");
            int count = full ? RESPONSES : 400;
            List<Response> responses = Generators.responses(instrument, count, count).sample(SEED);
            List<ScoreResult> sequential = new ArrayList<>(count);
            for (Response response : responses) {
                sequential.add(engine.score(instrument, response));
            }
            // each thread scores every response, starting at its own offset, so threads interleave differently
            List<List<ScoreResult>> concurrent = together(thread -> {
                ScoreResult[] results = new ScoreResult[count];
                int offset = thread * (count / THREADS);
                for (int k = 0; k < count; k++) {
                    int i = (offset + k) % count;
                    results[i] = engine.score(instrument, responses.get(i));
                }
                return List.of(results);
            });
            for (List<ScoreResult> results : concurrent) {
                assertThat(results).as(instrument.id()).isEqualTo(sequential);
            }
            // pooled on every thread too, where the instrument pools responses
            if (!instrument.kind().name().contains("MATRIX") && !instrument.kind().name().contains("STAGED")) {
                List<Response> some = responses.subList(0, 200);
                ScoreResult pooled = engine.summarize(instrument, some);
                assertThat(together(thread -> engine.summarize(instrument, some))).as(instrument.id())
                        .allSatisfy(r -> assertThat(r).isEqualTo(pooled));
            }
        }
    }

    @Test
    void theCatalogIsSafeToShare() throws Exception {
        Catalog catalog = Catalog.bundled();
        List<Object> sequential = catalogView(catalog);
        assertThat(together(thread -> catalogView(Catalog.bundled()))).allSatisfy(v -> assertThat(v).isEqualTo(sequential));
    }

    private static List<Object> catalogView(Catalog catalog) {
        List<Object> view = new ArrayList<>();
        for (int round = 0; round < 50; round++) {
            view.clear();
            view.add(catalog.entries());
            view.add(catalog.instruments());
            for (CatalogEntry entry : catalog.entries()) {
                view.add(catalog.instrument(entry.id()));
                view.add(catalog.find(entry.id(), entry.version()));
                view.add(Catalog.bundledFile(entry.id()));
            }
        }
        return view;
    }

    @Test
    void oneValidatorIsSafeToShare() throws Exception {
        RubricValidator validator = RubricValidator.create();
        List<Instrument> instruments = Catalog.bundled().instruments();
        List<List<Response>> responses = new ArrayList<>();
        for (Instrument instrument : instruments) {
            responses.add(Generators.responses(instrument, 200, 200).sample(SEED));
        }
        IntFunction<List<List<Problem>>> validateAll = thread -> {
            List<List<Problem>> found = new ArrayList<>();
            for (int i = 0; i < instruments.size(); i++) {
                found.add(validator.validate(instruments.get(i)));
                // against its own instrument (valid) and against the next one (problems)
                Instrument other = instruments.get((i + 1) % instruments.size());
                for (Response response : responses.get(i)) {
                    found.add(validator.validate(response, instruments.get(i)));
                    found.add(validator.validate(response, other));
                }
            }
            return found;
        };
        List<List<Problem>> sequential = validateAll.apply(-1);
        assertThat(sequential).anySatisfy(problems -> assertThat(problems).isNotEmpty());
        assertThat(together(validateAll)).allSatisfy(found -> assertThat(found).isEqualTo(sequential));
    }

    @Test
    void oneRubricJsonReadsAndWritesTheSameDocumentsOnEightThreadsAsOneThreadDoes() throws Exception {
        RubricJson json = RubricJson.defaults();
        ScoringEngine engine = ScoringEngine.defaults();
        List<String> texts = new ArrayList<>();
        for (Instrument instrument : Catalog.bundled().instruments()) {
            texts.add(Catalog.bundledFile(instrument.id()));
            for (Response response : Generators.responses(instrument, 50, 50).sample(SEED)) {
                texts.add(json.write(response));
                texts.add(json.write(engine.score(instrument, response)));
            }
        }
        IntFunction<List<Object>> readAndWrite = thread -> {
            List<Object> out = new ArrayList<>();
            for (int round = 0; round < 1; round++) {
                out.clear();
                for (String text : texts) {
                    Object value = json.read(text, "doc");
                    out.add(value);
                    out.add(value instanceof Instrument i ? json.write(i)
                            : value instanceof Response r ? json.write(r) : json.write((ScoreResult) value));
                }
            }
            return out;
        };
        List<Object> sequential = readAndWrite.apply(-1);
        for (int i = 0; i < texts.size(); i++) {
            assertThat(sequential.get(2 * i + 1)).as("canonical text reads and writes back byte for byte")
                    .isEqualTo(texts.get(i));
        }
        assertThat(together(readAndWrite)).allSatisfy(out -> assertThat(out).isEqualTo(sequential));
    }
}
