package org.engagementrubrics.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.json.MutationStormTest.Category;
import org.engagementrubrics.json.MutationStormTest.Golden;
import org.engagementrubrics.testkit.Gen;
import org.engagementrubrics.testkit.Generators;
import org.engagementrubrics.testkit.Properties;
import org.junit.jupiter.api.Test;

/**
 * The direct read of an instrument ({@link DirectReader}, issue 12) gives exactly what the located read gives:
 * the equal instrument with the same fingerprint, or the same problems (codes, pointers, line:column,
 * messages), for generated instruments of every kind, their mutations, the invalid corpus and the fuzz seeds,
 * under the default limits and under tight ones.
 */
class DirectReadPropertiesTest {

    private static final List<String> INSTRUMENTS = DocumentKind.kindNames(DocumentKind.Role.INSTRUMENT);
    private static final RubricJson JSON = RubricJson.defaults();
    /** Limits near the size of the corpus files, so that the direct reader's own limit checks are tried. */
    private static final RubricJson TIGHT = RubricJson.defaults().withLimits(ReadLimits.defaults()
            .withMaxDepth(7).withMaxElements(12).withMaxStringLength(200).withMaxNumberLength(2));

    /** What a read gives: a value, the problems of a {@link FormatException}, or another exception. */
    record Outcome(Object value, List<FormatProblem> problems, String other) {
    }

    private static Outcome outcome(java.util.function.Supplier<Object> read) {
        try {
            return new Outcome(read.get(), null, null);
        } catch (FormatException e) {
            return new Outcome(null, e.problems(), null);
        } catch (RuntimeException e) {
            return new Outcome(null, null, e.getClass().getName() + ": " + e.getMessage());
        }
    }

    /** Reads the bytes both ways, and the text both ways, and checks that all four agree; returns the outcome. */
    private static Outcome agree(RubricJson json, byte[] bytes, String source) {
        DocumentReader documents = json.documents();
        Outcome located = outcome(() -> documents.readLocated(bytes, source, INSTRUMENTS, Against.NOTHING));
        Outcome read = outcome(() -> documents.read(bytes, source, INSTRUMENTS, Against.NOTHING));
        assertThat(read).isEqualTo(located);
        if (located.value() instanceof Instrument instrument) {
            assertThat(((Instrument) read.value()).fingerprint()).isEqualTo(instrument.fingerprint());
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        Outcome locatedText = outcome(() -> documents.readLocated(text, source, INSTRUMENTS, Against.NOTHING));
        assertThat(outcome(() -> documents.read(text, source, INSTRUMENTS, Against.NOTHING))).isEqualTo(locatedText);
        return read;
    }

    /** The direct read alone; when it gives a value, the located tree and codecs give the equal value. */
    private static Object direct(RubricJson json, byte[] bytes) {
        Object value = DirectReader.read(json.documents().trees(), bytes, INSTRUMENTS);
        if (value != null) {
            Problems problems = new Problems("direct.json");
            Node root = json.documents().trees().read(bytes, problems);
            assertThat(problems.isEmpty()).isTrue();
            Node kind = root.members.get("kind");
            assertThat(DocumentKind.named(kind.text).codec().read(root, problems)).isEqualTo(value);
            assertThat(problems.isEmpty()).isTrue();
        }
        return value;
    }

    @Test
    void generatedInstrumentsOfEveryKindReadDirectlyAndEqualTheLocatedRead() {
        List<Class<?>> kinds = new ArrayList<>();
        Properties.forAll("direct read of generated instruments", 300, Generators.instruments(), instrument -> {
            byte[] bytes = JSON.write(instrument).getBytes(StandardCharsets.UTF_8);
            assertThat(direct(JSON, bytes)).isEqualTo(instrument);
            Outcome read = agree(JSON, bytes, "generated.json");
            assertThat(read.value()).isEqualTo(instrument);
            assertThat(((Instrument) read.value()).fingerprint()).isEqualTo(instrument.fingerprint());
            if (!kinds.contains(instrument.getClass())) {
                kinds.add(instrument.getClass());
            }
        });
        assertThat(kinds).hasSize(7);
    }

    /** An instrument and limits at its size, each limit met exactly or passed by one. */
    record Limited(Instrument instrument, RubricJson json) {
    }

    /**
     * The largest depth, member count, string and number length and element count in a tree: what limits it
     * meets.
     */
    private static int[] sizes(Node node, int depth, int[] sizes) {
        if (node.type == Node.Type.OBJECT || node.type == Node.Type.ARRAY) {
            sizes[0] = Math.max(sizes[0], depth);
            sizes[1] = Math.max(sizes[1], node.members.size());
            sizes[4] = Math.max(sizes[4], node.elements.size());
            node.members.forEach((key, member) -> {
                sizes[2] = Math.max(sizes[2], key.length());
                sizes(member, depth + 1, sizes);
            });
            node.elements.forEach(element -> sizes(element, depth + 1, sizes));
        } else if (node.type == Node.Type.STRING) {
            sizes[2] = Math.max(sizes[2], node.text.length());
        } else if (node.type == Node.Type.NUMBER) {
            sizes[3] = Math.max(sizes[3], node.text.length());
        }
        return sizes;
    }

    /**
     * Readers whose limits a document meets exactly, and readers with one limit one short of it: the deepest
     * nesting, the most members, the most elements, the longest string, the longest number.
     */
    private static List<RubricJson> limitsAround(byte[] bytes) {
        Node root = JSON.documents().trees().read(bytes, new Problems("sizes"));
        int[] sizes = sizes(root, 1, new int[5]);
        sizes[3] = Math.max(sizes[3], 1); // a document with no number meets any number limit
        List<RubricJson> readers = new ArrayList<>();
        for (int shortOf = -1; shortOf < 5; shortOf++) {
            int[] limits = sizes.clone();
            limits[1] = Math.max(limits[1], limits[4]);
            if (shortOf == 1 || shortOf == 4) {
                limits[1] = sizes[shortOf] - 1;
            } else if (shortOf >= 0) {
                limits[shortOf]--;
            }
            if (Math.min(Math.min(limits[0], limits[1]), Math.min(limits[2], limits[3])) >= 1) {
                readers.add(RubricJson.defaults().withLimits(ReadLimits.defaults().withMaxDepth(limits[0])
                        .withMaxElements(limits[1]).withMaxStringLength(limits[2]).withMaxNumberLength(limits[3])));
            }
        }
        return readers;
    }

    @Test
    void generatedInstrumentsUnderLimitsAtTheirSizeGiveTheLocatedOutcome() {
        Gen<Limited> limited = Generators.instruments().flatMap(instrument -> random -> {
            List<RubricJson> around = limitsAround(JSON.write(instrument).getBytes(StandardCharsets.UTF_8));
            return new Limited(instrument, around.get(random.nextInt(around.size())));
        });
        AtomicInteger direct = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        Properties.forAll("direct read under tight limits", 300, limited, c -> {
            byte[] bytes = JSON.write(c.instrument()).getBytes(StandardCharsets.UTF_8);
            if (direct(c.json(), bytes) != null) {
                direct.incrementAndGet();
            }
            if (agree(c.json(), bytes, "tight.json").problems() != null) {
                refused.incrementAndGet();
            }
        });
        assertThat(refused.get()).isPositive();
        assertThat(direct.get()).isPositive();
    }

    @Test
    void mutatedInstrumentsGiveTheLocatedOutcome() {
        Gen<byte[]> mutants = Generators.instruments().flatMap(instrument -> random -> {
            Golden golden = new Golden("generated", Category.INSTRUMENT, MiniJson.parse(JSON.write(instrument)));
            return MutationStormTest.mutate(List.of(golden), new SplittableRandom(random.nextLong())).bytes();
        });
        AtomicInteger accepted = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        AtomicInteger direct = new AtomicInteger();
        Properties.forAll("direct read of mutated instruments", 600, mutants, bytes -> {
            if (direct(JSON, bytes) != null) {
                direct.incrementAndGet();
            }
            Outcome read = agree(JSON, bytes, "mutant.json");
            (read.value() != null ? accepted : refused).incrementAndGet();
        });
        assertThat(accepted.get()).isPositive();
        assertThat(refused.get()).isPositive();
        assertThat(direct.get()).isGreaterThan(accepted.get() / 2);
    }

    /** Bytes near UTF-8: ASCII, every lead and continuation byte, overlong forms, surrogates, zeros, a BOM. */
    private static final Gen<byte[]> NEAR_UTF8 = random -> {
        byte[] pool = {'{', '"', 'a', ' ', 0, (byte) 0x7F, (byte) 0x80, (byte) 0xBF, (byte) 0xC0, (byte) 0xC1,
            (byte) 0xC2, (byte) 0xDF, (byte) 0xE0, (byte) 0xED, (byte) 0xEF, (byte) 0x9F, (byte) 0xA0, (byte) 0xF0,
            (byte) 0xF4, (byte) 0xF5, (byte) 0x8F, (byte) 0x90, (byte) 0xBB, (byte) 0xFE, (byte) 0xFF};
        byte[] bytes = new byte[random.nextInt(12)];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = random.nextInt(3) == 0 ? (byte) random.nextInt(256) : pool[random.nextInt(pool.length)];
        }
        return bytes;
    };

    @Test
    void bytesAreWellFormedExactlyWhenTheStrictDecoderDecodesThemWithNoZero() {
        AtomicInteger wellFormed = new AtomicInteger();
        Properties.forAll("well-formed UTF-8 as the decoder says", 20_000, NEAR_UTF8, bytes -> {
            Problems problems = new Problems("bytes");
            java.nio.CharBuffer chars = Utf8.decodeChars(bytes, problems);
            boolean decodes = chars != null && chars.chars().noneMatch(c -> c == 0);
            int start = Utf8.wellFormedStart(bytes);
            assertThat(start >= 0).as(java.util.HexFormat.of().formatHex(bytes)).isEqualTo(decodes);
            if (start >= 0) {
                wellFormed.incrementAndGet();
                assertThat(new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8))
                        .isEqualTo(chars.toString());
            }
        });
        assertThat(wellFormed.get()).isGreaterThan(1_000);
    }

    @Test
    void everyCorpusFileAndFuzzSeedGivesTheLocatedOutcome() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String folder : List.of("golden", "accepted", "invalid",
                "org/engagementrubrics/json/fuzz/ReaderFuzzTestInputs/instrument")) {
            try (Stream<Path> list = Files.list(GoldenFilesTest.resources(folder))) {
                list.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().forEach(files::add);
            }
        }
        int instruments = 0;
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            String source = file.getFileName().toString();
            if (agree(JSON, bytes, source).value() != null) {
                instruments++;
                assertThat(direct(JSON, bytes)).as(source).isNotNull();
            }
            agree(TIGHT, bytes, source);
            direct(JSON, bytes);
            if (bytes.length < 40_000 && JSON.documents().trees().read(bytes, new Problems(source)) != null) {
                for (RubricJson limited : limitsAround(bytes)) {
                    agree(limited, bytes, source);
                    direct(limited, bytes);
                }
            }
        }
        assertThat(files).hasSizeGreaterThan(100);
        assertThat(instruments).isGreaterThan(5);
    }
}
