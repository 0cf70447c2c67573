package org.engagementrubrics.json.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * How the seed inputs of {@link ReaderFuzzTest} were chosen, checked so they do not drift from the corpora.
 *
 * <p>Every fuzz method's folder {@code ReaderFuzzTestInputs/<method>/} holds a byte-for-byte copy of
 * <ul>
 * <li>every golden file ({@code golden/*.json}): valid documents of every kind, which give the fuzzer the
 * structure of each kind (the readers of the other kinds reject them, which is still worth exploring);</li>
 * <li>every file of the invalid corpus ({@code invalid/*.json}) no larger than 64 KiB, the fuzzed reader's
 * document limit ({@link ReaderFuzzTest#LIMITS}): each one reaches a different problem code;</li>
 * <li>every compact golden result ({@code golden-compact/*.json}) as {@code compact-<name>}, apart from the
 * full golden result of the same name.</li>
 * </ul>
 * plus {@code limit-document-over-64k.json} (the golden {@code response-marks.json} padded with spaces to
 * 66 KiB): over the fuzzed document limit, and, since libFuzzer's largest input is the largest seed,
 * it lets the fuzzer make inputs that large; and, for {@code responseStream} only,
 * {@code stream-lines.jsonl} (the golden responses as JSON Lines, a blank line and a truncated record)
 * and {@code stream-array.jsonl} (the same as a JSON array).
 *
 * <p>Inputs Jazzer finds while fuzzing ({@code crash-*} files) are added to these folders as well; an input
 * that still fails is moved to {@code src/test/resources/fuzz-findings/} until the reader is fixed.
 * To copy the corpora again after they change:
 * <pre>
 * cd rubric-json/src/test/resources
 * for m in instrument response responseStream result tally surveyByGroup coverage; do
 *   cp golden/*.json org/engagementrubrics/json/fuzz/ReaderFuzzTestInputs/$m/
 *   find invalid -name '*.json' -size -65537c -exec cp {} org/engagementrubrics/json/fuzz/ReaderFuzzTestInputs/$m/ \;
 *   for f in golden-compact/*.json; do cp "$f" "org/engagementrubrics/json/fuzz/ReaderFuzzTestInputs/$m/compact-$(basename "$f")"; done
 * done
 * </pre>
 */
class SeedInputsTest {

    private static final long MAX_SEED_BYTES = 64 * 1024;

    @ParameterizedTest
    @ValueSource(strings = {"instrument", "response", "responseStream", "result", "tally", "surveyByGroup", "coverage"})
    void everyGoldenFileAndSmallInvalidFileIsASeed(String method) throws IOException {
        Path seeds = resources("org/engagementrubrics/json/fuzz/ReaderFuzzTestInputs/" + method);
        List<Path> expected = Stream.concat(json(resources("golden")).stream(),
                json(resources("invalid")).stream().filter(f -> size(f) <= MAX_SEED_BYTES)).toList();
        assertThat(expected).hasSizeGreaterThan(100);
        for (Path file : expected) {
            Path seed = seeds.resolve(file.getFileName().toString());
            assertThat(seed).as("seed copy of %s", file).exists();
            assertThat(Files.readAllBytes(seed)).as("seed copy of %s", file).isEqualTo(Files.readAllBytes(file));
        }
        for (Path file : json(resources("golden-compact"))) { // compact results (issue 12), named apart
            Path seed = seeds.resolve("compact-" + file.getFileName());
            assertThat(seed).as("seed copy of %s", file).exists();
            assertThat(Files.readAllBytes(seed)).as("seed copy of %s", file).isEqualTo(Files.readAllBytes(file));
        }
        assertThat(Files.size(seeds.resolve("limit-document-over-64k.json"))).isGreaterThan(MAX_SEED_BYTES);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> json(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
        }
    }

    private static Path resources(String folder) {
        URL url = SeedInputsTest.class.getResource("/" + folder);
        if (url == null) {
            throw new IllegalStateException("no test resource folder " + folder);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
