package org.engagementrubrics.testkit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.random.RandomGenerator;
import org.engagementrubrics.core.Erratum;
import org.engagementrubrics.core.ExtensionValue;
import org.engagementrubrics.core.Extensions;
import org.engagementrubrics.core.LocalizedText;
import org.engagementrubrics.core.Source;
import org.engagementrubrics.core.matrix.Statement;

/**
 * The building blocks every instrument generator of {@link Generators} shares: ids, texts and localized
 * texts, labels unique within an instrument, vendor extensions, statements, versions, sources, errata and
 * ascending numbers.
 *
 * <p>Every method draws from the random source in the order {@link Generators} has always used, so a seed
 * keeps giving the same values; {@link Generators} documents the public ones. Stateless and thread-safe.
 */
final class ValueGenerators {

    private static final List<String> WORDS = List.of("family", "school", "teacher", "partnership", "welcome",
            "community", "student", "learning", "voice", "trust", "home", "visit", "survey", "goal", "plan",
            "respect", "culture", "share", "power", "decision", "élève", "familia", "escuela", "Schüler",
            "gia đình", "学校", "أسرة", "naïve", "coöperation", "Ω");
    private static final List<String> LANGUAGES = List.of("es", "fr", "vi", "zh-Hant", "ar", "es-MX", "pt-BR", "de");

    private ValueGenerators() {
    }

    static Gen<String> ids() {
        return IdPool::randomId;
    }

    static Gen<String> texts() {
        return Gen.elements(WORDS).listOf(1, 6).map(words -> {
            String text = String.join(" ", words);
            return Character.toUpperCase(text.charAt(0)) + text.substring(1);
        });
    }

    static Gen<LocalizedText> localizedTexts() {
        return random -> localizedText(random, texts().generate(random));
    }

    private static LocalizedText localizedText(RandomGenerator random, String defaultText) {
        double pick = random.nextDouble();
        if (pick < 0.75) {
            return LocalizedText.of(defaultText);
        }
        String other = LANGUAGES.get(random.nextInt(LANGUAGES.size()));
        String translation = texts().generate(random);
        Map<String, String> values = new TreeMap<>();
        if (pick < 0.92) {
            values.put(LocalizedText.ENGLISH, defaultText);
            values.put(other, translation);
            return LocalizedText.of(values, LocalizedText.ENGLISH);
        }
        values.put(other, defaultText);
        values.put(LocalizedText.ENGLISH, translation);
        return LocalizedText.of(values, other);
    }

    /**
     * Returns a localized text whose default text is unused in the pool, reserving it.
     */
    static LocalizedText label(RandomGenerator random, IdPool pool) {
        for (int i = 0; i < 20; i++) {
            String text = texts().generate(random);
            if (pool.reserveLabel(text)) {
                return localizedText(random, text);
            }
        }
        String text = texts().generate(random) + " " + pool.size();
        int n = 0;
        while (!pool.reserveLabel(text)) {
            text = text + " " + n++;
        }
        return localizedText(random, text);
    }

    static Gen<ExtensionValue> extensionValues() {
        return extensionValues(2);
    }

    private static Gen<ExtensionValue> extensionValues(int depth) {
        Gen<ExtensionValue> scalar = Gen.frequency(
                Gen.weight(3, texts().map(ExtensionValue::of)),
                Gen.weight(3, Gen.longs(-1_000_000, 1_000_000).zip(Gen.ints(0, 3),
                        (unscaled, scale) -> ExtensionValue.of(BigDecimal.valueOf(unscaled, scale)))),
                Gen.weight(2, Gen.booleans().map(ExtensionValue::of)),
                Gen.weight(1, Gen.constant(new ExtensionValue.NullValue())));
        if (depth == 0) {
            return scalar;
        }
        Gen<ExtensionValue> nested = extensionValues(depth - 1);
        return Gen.frequency(
                Gen.weight(6, scalar),
                Gen.weight(1, nested.listOf(0, 3).map(ExtensionValue.ArrayValue::new)),
                Gen.weight(1, random -> new ExtensionValue.ObjectValue(extensionMap(random, nested))));
    }

    private static Map<String, ExtensionValue> extensionMap(RandomGenerator random, Gen<ExtensionValue> values) {
        Map<String, ExtensionValue> map = new LinkedHashMap<>();
        int size = 1 + random.nextInt(3);
        for (int i = 0; i < size; i++) {
            map.put(IdPool.randomId(random), values.generate(random));
        }
        return map;
    }

    static Gen<Extensions> extensions() {
        Gen<ExtensionValue> values = extensionValues();
        return random -> random.nextDouble() < 0.8 ? Extensions.empty() : Extensions.of(extensionMap(random, values));
    }

    static Gen<Statement> statements() {
        return random -> statement(random, new IdPool());
    }

    private static Statement statement(RandomGenerator random, IdPool pool) {
        return new Statement(pool.fresh(random), localizedTexts().generate(random), extensions().generate(random));
    }

    static List<Statement> statements(RandomGenerator random, IdPool pool, int min, int max) {
        int count = min + random.nextInt(max - min + 1);
        List<Statement> statements = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            statements.add(statement(random, pool));
        }
        return statements;
    }

    static String version(RandomGenerator random) {
        return random.nextInt(4) + "." + random.nextInt(10) + "." + random.nextInt(20);
    }

    static Source source(RandomGenerator random) {
        String citation = random.nextBoolean() ? null : "https://example.org/" + IdPool.randomId(random);
        return new Source(localizedTexts().generate(random), texts().generate(random), citation);
    }

    static List<Erratum> errata(RandomGenerator random, IdPool pool) {
        int count = random.nextDouble() < 0.7 ? 0 : 1 + random.nextInt(2);
        List<Erratum> errata = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            errata.add(new Erratum(pool.fresh(random), "rows[" + random.nextInt(9) + "]",
                    localizedTexts().generate(random), localizedTexts().generate(random),
                    localizedTexts().generate(random)));
        }
        return errata;
    }

    static <T> T orNull(RandomGenerator random, double nullProbability, Gen<T> gen) {
        return random.nextDouble() < nullProbability ? null : gen.generate(random);
    }

    /** Returns {@code count} strictly ascending positive ints, starting at 1 to 3 with gaps of 1 to 3. */
    static List<Integer> ascending(RandomGenerator random, int count) {
        List<Integer> values = new ArrayList<>(count);
        int value = 1 + random.nextInt(random.nextDouble() < 0.7 ? 1 : 3);
        for (int i = 0; i < count; i++) {
            values.add(value);
            value += random.nextDouble() < 0.75 ? 1 : 2 + random.nextInt(2);
        }
        return values;
    }

    static <T> Gen<List<T>> distinct(Gen<T> values, int min, int max) {
        return Gen.ints(min, max).flatMap(count -> random -> {
            Set<T> seen = new HashSet<>();
            List<T> out = new ArrayList<>(count);
            int misses = 0;
            while (out.size() < count) {
                T value = values.generate(random);
                if (seen.add(value)) {
                    out.add(value);
                } else if (++misses > 100 * (count + 1)) {
                    throw new GenerationException("could not draw " + count + " distinct values; got " + out.size());
                }
            }
            return List.copyOf(out);
        });
    }
}
