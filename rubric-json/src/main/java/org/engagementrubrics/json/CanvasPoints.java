package org.engagementrubrics.json;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.engagementrubrics.core.Extensions;
import org.engagementrubrics.core.LocalizedText;
import org.engagementrubrics.core.Source;
import org.engagementrubrics.core.points.Criterion;
import org.engagementrubrics.core.points.CriterionScale;
import org.engagementrubrics.core.points.Level;
import org.engagementrubrics.core.points.PointsRubric;
import org.engagementrubrics.json.canvas.CanvasCodes;
import org.engagementrubrics.json.canvas.CanvasCriterion;
import org.engagementrubrics.json.canvas.CanvasRating;
import org.engagementrubrics.json.canvas.CanvasRubric;

/**
 * Maps Canvas rubrics to points rubrics and back, by the rules of the Canvas normal form
 * ({@code docs/format.md}, "Canvas rubric CSV"): ids derived from names, English text, weight 1, levels in
 * Canvas's order, no free-form criterion, no errata and no extensions.
 *
 * <p>Stateless and thread-safe.
 */
final class CanvasPoints {

    /** The attribution of the source of an imported rubric; its citation names the CSV file. */
    static final String ATTRIBUTION = "Canvas rubric CSV";
    /** The longest id a slug makes, leaving room for a {@code -N} suffix within the id pattern's 128. */
    private static final int MAX_SLUG = 120;
    private static final Pattern MARKS = Pattern.compile("\\p{Mn}+");
    private static final Pattern OTHERS = Pattern.compile("[^a-z0-9]+");
    private static final Pattern DASHES = Pattern.compile("^-+|-+$");

    private CanvasPoints() {
    }

    /**
     * Makes the points rubric of a Canvas rubric.
     *
     * @param rubric the Canvas rubric
     * @param id the instrument id, or null to derive it from the rubric's name
     * @param version the version
     * @param sourceName the CSV file's name, the source's citation
     * @return the points rubric in Canvas normal form
     */
    static PointsRubric toPoints(CanvasRubric rubric, String id, String version, String sourceName) {
        Set<String> criterionIds = new HashSet<>();
        List<Criterion> criteria = new ArrayList<>();
        for (CanvasCriterion criterion : rubric.criteria()) {
            Set<String> levelIds = new HashSet<>();
            List<Level> levels = new ArrayList<>();
            for (CanvasRating rating : criterion.canvasOrder()) {
                levels.add(new Level(unique(slug(rating.name(), "level"), levelIds), LocalizedText.of(rating.name()),
                        text(rating.description()), rating.points(), Extensions.empty()));
            }
            CriterionScale scale = criterion.enableRange() ? CriterionScale.ranges(levels)
                    : CriterionScale.levels(levels);
            criteria.add(new Criterion(unique(slug(criterion.name(), "criterion"), criterionIds),
                    LocalizedText.of(criterion.name()), text(criterion.description()), BigDecimal.ONE, scale,
                    Extensions.empty()));
        }
        return new PointsRubric(id != null ? id : slug(rubric.name(), "rubric"), version,
                LocalizedText.of(rubric.name()), source(rubric.name(), sourceName), List.of(), Extensions.empty(),
                criteria);
    }

    /** The source of an imported rubric: its name, {@value #ATTRIBUTION}, and the file as citation. */
    static Source source(String name, String sourceName) {
        return new Source(LocalizedText.of(name), ATTRIBUTION, sourceName);
    }

    private static LocalizedText text(String text) {
        return text.isEmpty() ? null : LocalizedText.of(text);
    }

    /**
     * The id a name gives: Latin letters without their accents and digits, lower case, every other run of
     * characters one {@code -}, none at either end, cut to {@value #MAX_SLUG} characters (then none at the end
     * again); {@code fallback} when nothing is left.
     */
    static String slug(String name, String fallback) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
        String slug = MARKS.matcher(plain).replaceAll("");
        slug = DASHES.matcher(OTHERS.matcher(slug).replaceAll("-")).replaceAll("");
        if (slug.length() > MAX_SLUG) {
            slug = DASHES.matcher(slug.substring(0, MAX_SLUG)).replaceAll("");
        }
        return slug.isEmpty() ? fallback : slug;
    }

    /** The id, or the id with {@code -2}, {@code -3}, … when an earlier one took it; remembered in {@code taken}. */
    static String unique(String id, Set<String> taken) {
        String candidate = id;
        for (int n = 2; !taken.add(candidate); n++) {
            candidate = id + "-" + n;
        }
        return candidate;
    }

    /**
     * Makes the Canvas rubric of a points rubric, reporting what Canvas cannot carry: a problem per loss, at
     * the JSON pointer of what is lost. A free-form criterion is left out; any other loss keeps the rest.
     *
     * @param rubric the points rubric
     * @param pointer the rubric's pointer among those exported, such as {@code /0}, or {@code ""}
     * @param losses where the losses are reported
     * @return the Canvas rubric, or null when no criterion is left
     */
    static CanvasRubric toCanvas(PointsRubric rubric, String pointer, Losses losses) {
        String name = english(rubric.title(), pointer + "/title", losses);
        Source source = rubric.source();
        if (!(source.title().equals(rubric.title()) && source.attribution().equals(ATTRIBUTION))) {
            losses.add(pointer + "/source", "the source (" + english(source.title(), null, null) + "; "
                    + source.attribution() + ") has no place in a Canvas rubric CSV");
        }
        for (int i = 0; i < rubric.errata().size(); i++) {
            losses.add(pointer + "/errata/" + i, "an erratum has no place in a Canvas rubric CSV");
        }
        extensions(rubric.extensions(), pointer + "/extensions", losses);
        Set<String> criterionIds = new HashSet<>();
        List<CanvasCriterion> criteria = new ArrayList<>();
        for (int c = 0; c < rubric.criteria().size(); c++) {
            Criterion criterion = rubric.criteria().get(c);
            String at = pointer + "/criteria/" + c;
            String title = english(criterion.title(), at + "/title", losses);
            derived(criterion.id(), unique(slug(title, "criterion"), criterionIds), at + "/id", losses);
            if (criterion.weight().compareTo(BigDecimal.ONE) != 0) {
                losses.add(at + "/weight", "weight " + criterion.weight().toPlainString() + " has no place in a"
                        + " Canvas rubric CSV, whose criteria all weigh 1");
            }
            extensions(criterion.extensions(), at + "/extensions", losses);
            if (criterion.freeForm()) {
                losses.add(at + "/scale", "criterion '" + title + "' is free-form (up to "
                        + criterion.pointsPossible().toPlainString() + " points); a Canvas rubric CSV has no free-form"
                        + " criterion, so it is left out");
                continue;
            }
            String description = criterion.description() == null ? ""
                    : english(criterion.description(), at + "/description", losses);
            criteria.add(new CanvasCriterion(title, description, criterion.ranged(),
                    ratings(criterion, at + "/scale/levels", losses)));
        }
        return criteria.isEmpty() ? null : new CanvasRubric(name, criteria);
    }

    private static List<CanvasRating> ratings(Criterion criterion, String at, Losses losses) {
        Set<String> levelIds = new HashSet<>();
        List<CanvasRating> ratings = new ArrayList<>();
        for (int l = 0; l < criterion.levels().size(); l++) {
            Level level = criterion.levels().get(l);
            String name = english(level.label(), at + "/" + l + "/label", losses);
            derived(level.id(), unique(slug(name, "level"), levelIds), at + "/" + l + "/id", losses);
            extensions(level.extensions(), at + "/" + l + "/extensions", losses);
            String description = level.description() == null ? ""
                    : english(level.description(), at + "/" + l + "/description", losses);
            ratings.add(new CanvasRating(name, description, level.points()));
        }
        CanvasCriterion sorted = new CanvasCriterion("x", "", false, ratings);
        if (!sorted.canvasOrder().equals(ratings)) {
            losses.add(at, "the levels are not in Canvas's order (highest points first, equal points by name), and"
                    + " Canvas reorders them on import; expected " + sorted.canvasOrder().stream()
                            .map(CanvasRating::name).toList());
        }
        return ratings;
    }

    private static void derived(String id, String derived, String at, Losses losses) {
        if (!id.equals(derived)) {
            losses.add(at, "id '" + id + "' is not the one Canvas's name gives ('" + derived + "'); a Canvas"
                    + " rubric CSV has no ids, so an import derives '" + derived + "'");
        }
    }

    private static void extensions(Extensions extensions, String at, Losses losses) {
        if (!extensions.isEmpty()) {
            losses.add(at, "extensions " + extensions.values().keySet() + " have no place in a Canvas rubric CSV");
        }
    }

    /**
     * The English text, stripped; reports a loss for text in other languages, for a text with no English
     * (its default language's text is used), and for white space at either end, which Canvas strips.
     */
    private static String english(LocalizedText text, String at, Losses losses) {
        Map<String, String> values = text.values();
        String english = values.get(LocalizedText.ENGLISH);
        String used = english != null ? english : values.get(text.defaultLanguage());
        if (losses != null) {
            if (english == null || values.size() > 1) {
                losses.add(at, "text in " + values.keySet() + " (default " + text.defaultLanguage() + "); a Canvas"
                        + " rubric CSV holds one text, taken as English: '" + used + "'");
            } else if (!used.equals(used.strip())) {
                losses.add(at, "'" + used + "' has white space at an end, which an import strips");
            }
        }
        return used.strip();
    }

    /** Where the losses of an export go: each is a problem with code {@value CanvasCodes#NOT_CARRIED}. */
    interface Losses {

        /** Reports one loss at a JSON pointer. */
        void add(String pointer, String message);
    }
}
