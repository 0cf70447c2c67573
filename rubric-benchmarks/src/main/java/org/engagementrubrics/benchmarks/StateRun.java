package org.engagementrubrics.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.core.scoring.PreparedInstrument;
import org.engagementrubrics.core.scoring.ScoreResult;
import org.engagementrubrics.core.scoring.ScoringEngine;
import org.engagementrubrics.core.scoring.SurveyResult;
import org.engagementrubrics.core.scoring.Tally;
import org.engagementrubrics.examples.Catalog;
import org.engagementrubrics.json.RubricJson;

/**
 * The state-sized run: scores generated guardian survey responses, produced on the fly as JSON Lines bytes
 * ({@link SurveyLines}, never a file), through the same reader and tally as {@code rubric score}, one tally per
 * thread merged at the end; prints the wall time, responses per second, peak RSS and heap figures.
 *
 * <p>Usage: {@code StateRun [RESPONSES [THREADS]]}, by default 50,000,000 responses on 2 threads.
 */
public final class StateRun {

    private StateRun() {
    }

    /**
     * Runs it.
     *
     * @param args the number of responses and of threads, optional
     * @throws Exception if a thread fails
     */
    public static void main(String[] args) throws Exception {
        long responses = args.length > 0 ? Long.parseLong(args[0].replace("_", "")) : 50_000_000L;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        RubricJson json = RubricJson.defaults();
        PreparedInstrument<Instrument, ScoreResult> prepared = ScoringEngine.defaults().withValidator(json.validator())
                .prepare(Catalog.bundled().instrument(Fixtures.GUARDIAN_SURVEY));
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Tally<ScoreResult>>> parts = new ArrayList<>();
        long first = 0;
        for (int t = 0; t < threads; t++) {
            long count = responses / threads + (t < responses % threads ? 1 : 0);
            long from = first;
            parts.add(pool.submit(() -> SurveyPoolBenchmark.tally(json, prepared, SurveyLines.of(from, count))));
            first += count;
        }
        Tally<ScoreResult> total = null;
        try {
            for (Future<Tally<ScoreResult>> part : parts) {
                total = total == null ? part.get() : total.merge(part.get());
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("a part of the run failed", e.getCause());
        } finally {
            pool.shutdown();
        }
        SurveyResult result = (SurveyResult) total.result();
        double seconds = (System.nanoTime() - start) / 1e9;
        if (result.responseCount() != responses) {
            throw new IllegalStateException("scored " + result.responseCount() + " of " + responses + " responses");
        }
        long maxHeap = Runtime.getRuntime().maxMemory();
        long heapPeak = 0;
        for (MemoryPoolMXBean memoryPool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (memoryPool.getType() == MemoryType.HEAP) {
                heapPeak += memoryPool.getPeakUsage().getUsed();
            }
        }
        System.out.println(String.format(Locale.ROOT, "responses:          %,d on %d threads (one tally each, merged)",
                responses, threads));
        System.out.println(String.format(Locale.ROOT, "wall time:          %.1f s", seconds));
        System.out.println(String.format(Locale.ROOT, "responses/second:   %,.0f", responses / seconds));
        System.out.println(String.format(Locale.ROOT, "survey-1 mean:      %.4f over %,d rated",
                result.statements().get(0).mean(), result.statements().get(0).rated()));
        System.out.println(String.format(Locale.ROOT, "max heap (-Xmx):    %,d MiB", maxHeap >> 20));
        System.out.println(String.format(Locale.ROOT, "heap peak (pools):  %,d MiB (sum of each heap pool's peak)",
                heapPeak >> 20));
        System.out.println("peak RSS (VmHWM):   " + peakRss());
        System.out.println("heap cap held:      yes (no OutOfMemoryError; max heap " + (maxHeap >> 20) + " MiB)");
    }

    private static String peakRss() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.isReadable(status)) {
            return "unknown (no /proc)";
        }
        return Files.readAllLines(status).stream().filter(line -> line.startsWith("VmHWM:"))
                .map(line -> line.substring("VmHWM:".length()).trim()).findFirst().orElse("unknown");
    }
}
