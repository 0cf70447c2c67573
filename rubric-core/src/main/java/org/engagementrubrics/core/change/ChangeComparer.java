package org.engagementrubrics.core.change;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.engagementrubrics.core.privacy.SmallCellRule;
import org.engagementrubrics.core.scoring.InstrumentRef;

/**
 * Compares two or more reviews of one subject: the entry point of change over time.
 *
 * <p>Reviews are ordered by date; two reviews of the subject on one date are an error, so the input order never
 * changes a figure. Reviews of different instrument fingerprints compare only when a mapping was given
 * ({@link #withMapping}). Immutable and thread-safe.
 * <pre>{@code
 * Comparison comparison = ChangeComparer.defaults().compare(List.of(
 *         Review.of(LocalDate.parse("2025-03-01"), lastYear), Review.of(LocalDate.parse("2026-03-01"), thisYear)));
 * String text = comparison.toText();
 * }</pre>
 */
public final class ChangeComparer {

    private static final ChangeComparer DEFAULTS = new ChangeComparer(null, SmallCellRule.defaults());

    private final IdMapping mapping;
    private final SmallCellRule smallCells;

    private ChangeComparer(IdMapping mapping, SmallCellRule smallCells) {
        this.mapping = mapping;
        this.smallCells = smallCells;
    }

    /**
     * Obtains the comparer with no mapping and the default small-cell rule (fewer than 10 withheld).
     *
     * @return the comparer
     */
    public static ChangeComparer defaults() {
        return DEFAULTS;
    }

    /**
     * Returns a copy that compares reviews of different instrument versions through the given mapping.
     *
     * @param mapping old unit id to new unit id; an empty mapping says that no id changed, not null
     * @return the comparer
     */
    public ChangeComparer withMapping(IdMapping mapping) {
        Objects.requireNonNull(mapping, "mapping");
        return mapping.equals(this.mapping) ? this : new ChangeComparer(mapping, smallCells);
    }

    /**
     * Returns a copy that withholds survey statements under the given small-cell rule.
     *
     * @param smallCells the rule, not null
     * @return the comparer
     */
    public ChangeComparer withSmallCellRule(SmallCellRule smallCells) {
        Objects.requireNonNull(smallCells, "smallCells");
        return smallCells.equals(this.smallCells) ? this : new ChangeComparer(mapping, smallCells);
    }

    /**
     * Compares the reviews of one subject.
     *
     * @param reviews two or more reviews of one subject, in any order, not null
     * @return the comparison
     * @throws ComparisonException if the reviews are fewer than two, of several subjects or kinds, two share a
     *         date, or versions differ with no mapping, or the mapping names an id absent from a version
     */
    public Comparison compare(Collection<Review> reviews) {
        List<Review> ordered = new ArrayList<>(Objects.requireNonNull(reviews, "reviews"));
        ordered.forEach(review -> Objects.requireNonNull(review, "review"));
        if (ordered.size() < 2) {
            throw new ComparisonException("a comparison needs at least two reviews; was " + ordered.size());
        }
        ordered.sort(Comparator.comparing(Review::date));
        String subject = ordered.get(0).subjectId();
        Class<?> kind = ordered.get(0).results().get(0).getClass();
        for (int i = 0; i < ordered.size(); i++) {
            Review review = ordered.get(i);
            if (!review.subjectId().equals(subject)) {
                throw new ComparisonException("the reviews are of the subjects '" + subject + "' and '"
                        + review.subjectId() + "'; a comparison is of one subject");
            }
            if (review.results().get(0).getClass() != kind) {
                throw new ComparisonException("the reviews of " + ordered.get(0).date() + " and " + review.date()
                        + " hold results of different kinds of instrument");
            }
            if (i > 0 && review.date().equals(ordered.get(i - 1).date())) {
                throw new ComparisonException("two reviews of '" + subject + "' on " + review.date() + " ("
                        + ordered.get(i - 1).instrument() + ", " + ordered.get(i - 1).responseCount()
                        + " responses; " + review.instrument() + ", " + review.responseCount()
                        + " responses); merge them into one review or date them apart");
            }
        }
        List<Map<Standings.Unit, Standing>> standings = ordered.stream().map(Standings::of).toList();
        List<Step> steps = new ArrayList<>();
        for (int i = 1; i < ordered.size(); i++) {
            steps.add(step(ordered.get(i - 1), standings.get(i - 1), ordered.get(i), standings.get(i)));
        }
        int last = ordered.size() - 1;
        Step overall = last == 1 ? steps.get(0)
                : step(ordered.get(0), standings.get(0), ordered.get(last), standings.get(last));
        List<ReviewSummary> summaries = ordered.stream().map(review -> new ReviewSummary(review.date(),
                review.instrument(), review.results().size(), review.responseCount())).toList();
        return new Comparison(subject, summaries, steps, overall, smallCells.minimum());
    }

    private Step step(Review earlier, Map<Standings.Unit, Standing> before, Review later,
            Map<Standings.Unit, Standing> after) {
        InstrumentRef from = earlier.instrument();
        InstrumentRef to = later.instrument();
        IdMapping renames = IdMapping.empty();
        if (!from.fingerprint().equals(to.fingerprint())) {
            if (mapping == null) {
                throw new ComparisonException("the reviews of " + earlier.date() + " and " + later.date() + " use "
                        + ChangeExplanations.version(from) + " and " + ChangeExplanations.version(to)
                        + ", two different versions; give an id mapping (old unit id -> new unit id per kind of"
                        + " unit: IdMapping in code, an id-mapping document with rubric compare --map"
                        + " MAPPING.json; an empty mapping says no id changed) to compare them");
            }
            renames = mapping;
            check(renames, before, from, after, to);
        }
        Map<Standings.Unit, Standings.Unit> formerOf = new HashMap<>();
        for (Standings.Unit unit : before.keySet()) {
            formerOf.put(new Standings.Unit(unit.kind(), renames.newId(unit.kind(), unit.id())), unit);
        }
        List<UnitChange> changes = new ArrayList<>();
        Set<Standings.Unit> matched = new HashSet<>();
        for (Map.Entry<Standings.Unit, Standing> entry : after.entrySet()) {
            Standings.Unit unit = entry.getKey();
            Standings.Unit former = formerOf.get(unit);
            String formerId = former == null || former.id().equals(unit.id()) ? null : former.id();
            String name = ChangeExplanations.unit(unit.kind(), unit.id(), formerId);
            if (former == null) {
                changes.add(new UnitChange(unit.kind(), unit.id(), null, Movement.ADDED, null, entry.getValue(),
                        null, ChangeExplanations.added(name, to)));
            } else {
                matched.add(former);
                changes.add(change(unit, formerId, name, before.get(former), entry.getValue()));
            }
        }
        for (Map.Entry<Standings.Unit, Standing> entry : before.entrySet()) {
            Standings.Unit unit = entry.getKey();
            if (!matched.contains(unit)) {
                changes.add(new UnitChange(unit.kind(), unit.id(), null, Movement.REMOVED, entry.getValue(), null,
                        null, ChangeExplanations.removed(ChangeExplanations.unit(unit.kind(), unit.id(), null), from,
                                to)));
            }
        }
        return new Step(earlier.date(), later.date(), changes);
    }

    private UnitChange change(Standings.Unit unit, String formerId, String name, Standing before, Standing after) {
        if (before instanceof Standing.Statement earlier && after instanceof Standing.Statement later
                && (smallCells.isSmall(earlier.rated()) || smallCells.isSmall(later.rated()))) {
            String reason = ChangeExplanations.withheldReason(earlier.rated(), later.rated(), smallCells.minimum());
            return new UnitChange(unit.kind(), unit.id(), formerId, Movement.WITHHELD, null, null, reason,
                    ChangeExplanations.withheld(name, reason));
        }
        Movement movement = movement(before, after);
        return new UnitChange(unit.kind(), unit.id(), formerId, movement, before, after, null,
                ChangeExplanations.moved(name, movement, before, after));
    }

    static Movement movement(Standing before, Standing after) {
        if (!before.present() || !after.present()) {
            return before.present() ? Movement.NO_LONGER_PLACED
                    : after.present() ? Movement.NEWLY_PLACED : Movement.NEVER_PLACED;
        }
        if (before instanceof Standing.Placed earlier && after instanceof Standing.Placed later) {
            return direction(Double.compare(later.position(), earlier.position()));
        } else if (before instanceof Standing.BestFit earlier && after instanceof Standing.BestFit later) {
            if (!earlier.tie() && !later.tie()) {
                return direction(Integer.compare(later.rank(), earlier.rank()));
            }
            return earlier.columns().equals(later.columns()) ? Movement.SAME : Movement.CHANGED;
        } else if (before instanceof Standing.Mean earlier && after instanceof Standing.Mean later) {
            return direction(Double.compare(later.mean(), earlier.mean()));
        } else if (before instanceof Standing.Statement earlier && after instanceof Standing.Statement later) {
            return direction(Double.compare(later.mean(), earlier.mean()));
        }
        return before.equals(after) ? Movement.SAME : Movement.CHANGED;
    }

    private static Movement direction(int comparison) {
        return comparison > 0 ? Movement.UP : comparison < 0 ? Movement.DOWN : Movement.SAME;
    }

    private static void check(IdMapping mapping, Map<Standings.Unit, Standing> before, InstrumentRef from,
            Map<Standings.Unit, Standing> after, InstrumentRef to) {
        Map<UnitKind, Map<String, String>> renames = new LinkedHashMap<>(mapping.renames());
        renames.forEach((kind, ids) -> ids.forEach((oldId, newId) -> {
            if (!before.containsKey(new Standings.Unit(kind, oldId))) {
                throw new ComparisonException("the id mapping names " + kind.noun() + " '" + oldId + "', which "
                        + ChangeExplanations.version(from) + " does not have");
            }
            if (!after.containsKey(new Standings.Unit(kind, newId))) {
                throw new ComparisonException("the id mapping maps " + kind.noun() + " '" + oldId + "' to '" + newId
                        + "', which " + ChangeExplanations.version(to) + " does not have");
            }
        }));
    }
}
