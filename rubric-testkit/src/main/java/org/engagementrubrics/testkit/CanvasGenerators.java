package org.engagementrubrics.testkit;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.engagementrubrics.core.Extensions;
import org.engagementrubrics.core.LocalizedText;
import org.engagementrubrics.core.Source;
import org.engagementrubrics.core.points.Criterion;
import org.engagementrubrics.core.points.CriterionScale;
import org.engagementrubrics.core.points.Level;
import org.engagementrubrics.core.points.PointsRubric;

/**
 * Generators of points rubrics in Canvas normal form: the points rubrics a Canvas rubric CSV can carry
 * (ids derived from names, English text, weight 1, levels highest points first, no free-form criterion, no
 * errata, no extensions; see {@code docs/format.md}, "Canvas rubric CSV"). A rubric of this form written as
 * Canvas CSV reads back to an equal rubric.
 *
 * <pre>{@code
 * Properties.forAll("canvas round trip", 200, CanvasGenerators.pointsRubrics("1.0.0", "rubrics.csv"),
 *         rubric -> assertThat(canvas.read(in(canvas.write(List.of(rubric), "x").csv()), "rubrics.csv"))
 *                 .containsExactly(rubric));
 * }</pre>
 *
 * <p>Names mix words, digits, accents, punctuation, commas, quotes and line breaks, so that quoting and the
 * id rule are exercised; points have up to two decimals. Stateless and thread-safe.
 */
public final class CanvasGenerators {

    private static final List<String> WORDS = List.of("Family", "welcome", "école", "Listening", "next steps",
            "A, B", "say \"hi\"", "line\nbreak", "50%", "über", "Ça va", "—", "2", "x.y", "Naïve", "café");

    private CanvasGenerators() {
    }

    /**
     * Returns a generator of points rubrics in Canvas normal form.
     *
     * @param version the version an import gives, not null
     * @param sourceName the file name an import cites, not null
     * @return the generator
     */
    public static Gen<PointsRubric> pointsRubrics(String version, String sourceName) {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(sourceName, "sourceName");
        return random -> {
            String title = name(random);
            int count = 1 + random.nextInt(4);
            Set<String> criterionIds = new HashSet<>();
            List<Criterion> criteria = new ArrayList<>();
            for (int c = 0; c < count; c++) {
                String name = name(random);
                criteria.add(new Criterion(unique(slug(name, "criterion"), criterionIds), LocalizedText.of(name),
                        random.nextBoolean() ? null : LocalizedText.of(name(random)), BigDecimal.ONE, scale(random),
                        Extensions.empty()));
            }
            return new PointsRubric(slug(title, "rubric"), version, LocalizedText.of(title),
                    new Source(LocalizedText.of(title), "Canvas rubric CSV", sourceName), List.of(),
                    Extensions.empty(), criteria);
        };
    }

    /** Levels in Canvas's order, ids assigned in that order; a ranged scale's points are distinct. */
    private static CriterionScale scale(RandomGenerator random) {
        boolean ranged = random.nextInt(3) == 0;
        int count = 1 + random.nextInt(5);
        Set<BigDecimal> used = new HashSet<>();
        List<String[]> drawn = new ArrayList<>();
        List<BigDecimal> points = new ArrayList<>();
        while (points.size() < count) {
            BigDecimal value = BigDecimal.valueOf(random.nextInt(random.nextBoolean() ? 6 : 1001), random.nextInt(3))
                    .stripTrailingZeros();
            value = value.signum() == 0 ? BigDecimal.ZERO : value.scale() < 0 ? value.setScale(0) : value;
            if (ranged && !used.add(value)) {
                continue;
            }
            points.add(value);
            drawn.add(new String[] {name(random), random.nextBoolean() ? null : name(random)});
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            order.add(i);
        }
        order.sort(Comparator.<Integer, BigDecimal>comparing(points::get, Comparator.reverseOrder())
                .thenComparing(i -> drawn.get(i)[0], CanvasGenerators::compareCodePoints));
        Set<String> levelIds = new HashSet<>();
        List<Level> levels = new ArrayList<>();
        for (int i : order) {
            String label = drawn.get(i)[0];
            String description = drawn.get(i)[1];
            levels.add(new Level(unique(slug(label, "level"), levelIds), LocalizedText.of(label),
                    description == null ? null : LocalizedText.of(description), points.get(i), Extensions.empty()));
        }
        return ranged ? CriterionScale.ranges(levels) : CriterionScale.levels(levels);
    }

    private static int compareCodePoints(String a, String b) {
        return Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray());
    }

    /** One to three words joined by a space, so never blank and never white space at an end. */
    private static String name(RandomGenerator random) {
        int words = 1 + random.nextInt(3);
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < words; i++) {
            name.append(i == 0 ? "" : " ").append(WORDS.get(random.nextInt(WORDS.size())));
        }
        return name.toString();
    }

    /** The documented id rule, written again here so that the round trip checks the library against it. */
    private static String slug(String name, String fallback) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT)
                .replaceAll("\\p{Mn}+", "");
        String slug = plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > 120) {
            slug = slug.substring(0, 120).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? fallback : slug;
    }

    private static String unique(String id, Set<String> taken) {
        String candidate = id;
        for (int n = 2; !taken.add(candidate); n++) {
            candidate = id + "-" + n;
        }
        return candidate;
    }
}
