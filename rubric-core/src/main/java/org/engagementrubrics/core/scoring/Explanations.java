package org.engagementrubrics.core.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.engagementrubrics.core.RatingScale;
import org.engagementrubrics.core.matrix.MatrixColumn;
import org.engagementrubrics.core.matrix.MatrixRow;
import org.engagementrubrics.core.matrix.ProfileCondition;
import org.engagementrubrics.core.matrix.Stage;
import org.engagementrubrics.core.matrix.Standard;
import org.engagementrubrics.core.internal.Words;

/**
 * Every English sentence of the scorers' explanations, in one place: the scorers decide, this class says
 * what they decided. Labels and names that depend only on the instrument are made here once, when an
 * instrument is prepared; sentences about results are made per result.
 */
final class Explanations {

    /** How a best-fit row's decision reads: "best fit is Partnership School". */
    static final String BEST_FIT = "best fit is ";
    /** How a placed standard's decision reads: "placed at Stage 2 Expansion". */
    static final String PLACED = "placed at ";
    /** How a matrix headline names its tie policy, up to the name and a closing parenthesis. */
    private static final String TIE_POLICY = " (tie policy ";

    private Explanations() {
    }

    // ----- names of the instrument's parts ------------------------------------------------------

    static String columnLabel(MatrixColumn column) {
        return column instanceof Stage stage ? "Stage " + stage.position() + " " + stage.label().text()
                : column.label().text();
    }

    static String rowName(MatrixRow row) {
        return row instanceof Standard standard ? "Standard " + standard.number() : row.label().text();
    }

    static String profileCondition(ProfileCondition condition, Map<String, String> labels) {
        List<String> names = condition.columnIds().stream().map(id -> labels.getOrDefault(id, id)).toList();
        String rows = condition.selector() == ProfileCondition.Selector.IN
                ? "rows best fit " + String.join(" or ", names)
                : "rows not best fit " + String.join(" or ", names);
        String bound;
        switch (condition.comparison()) {
            case AT_LEAST:
                bound = "at least " + condition.count();
                break;
            case AT_MOST:
                bound = "at most " + condition.count();
                break;
            default:
                bound = "exactly " + condition.count();
        }
        return rows + " " + bound;
    }

    static String conditionHeader(int number, String name) {
        return "Condition " + number + " " + name;
    }

    static String indicatorName(int number) {
        return "Indicator " + number;
    }

    static String quoted(String statement) {
        return "\"" + statement + "\"";
    }

    static String scaleLine(RatingScale scale) {
        List<String> points = new ArrayList<>();
        scale.points().forEach(p -> points.add(p.value() + " = " + p.label().text()));
        return "scale: " + String.join("; ", points);
    }

    // ----- matrices -----------------------------------------------------------------------------

    static Explanation bestFit(String title, String tiePolicy, List<RowFit> rows) {
        return new Explanation(title + ": best fit of " + Words.count(rows.size(), "row") + TIE_POLICY + tiePolicy + ")",
                List.of(), rows.stream().map(RowFit::explanation).toList());
    }

    /** Returns the tie policy a best-fit or placement headline names, or null if it names none. */
    static String tiePolicyIn(String headline) {
        int at = headline.lastIndexOf(TIE_POLICY);
        return at < 0 || !headline.endsWith(")") ? null
                : headline.substring(at + TIE_POLICY.length(), headline.length() - 1);
    }

    static Explanation placement(String title, String placement, String tiePolicy, List<RowFit> standards) {
        return placement(title, placement, tiePolicy, standards, List.of());
    }

    /** Explains a staged result, with the lines of its points (none without a points strategy). */
    static Explanation placement(String title, String placement, String tiePolicy, List<RowFit> standards,
            List<String> points) {
        return new Explanation(title + ": " + Words.count(standards.size(), "standard") + " placed by " + placement
                + TIE_POLICY + tiePolicy + ")", points, standards.stream().map(RowFit::explanation).toList());
    }

    /**
     * The lines of a staged result's points: the total, the standards left unplaced, then each standard's stage
     * beside its points, such as "Standard 1: Stage 2 Expansion, 2 of 3 points".
     */
    static List<String> stagePoints(StagePointsTotal points, List<RowFit> standards, Map<String, String> names,
            Map<String, String> labels) {
        PointsTotal total = points.total();
        boolean weighted = total.parts().stream().anyMatch(p -> p.weight().compareTo(BigDecimal.ONE) != 0);
        String percent = total.displayPercent().map(p -> " (" + p.toPlainString() + "%)")
                .orElse(" (no percent: no points possible)");
        List<String> lines = new ArrayList<>();
        lines.add("points by " + points.scheme() + ": " + (weighted
                ? "weighted " + total.weightedEarned().toPlainString() + " of " + total.weightedPossible().toPlainString()
                        + percent + "; unweighted " + total.earned().toPlainString() + " of "
                        + total.possible().toPlainString()
                : total.earned().toPlainString() + " of " + total.possible().toPlainString() + percent));
        int excluded = total.count(PointsTotal.Status.NOT_APPLICABLE);
        if (excluded > 0) {
            lines.add(Words.count(excluded, "standard") + " not placed, left out of the points possible");
        }
        int zero = total.count(PointsTotal.Status.NOT_RATED);
        if (zero > 0) {
            lines.add(Words.count(zero, "standard") + " not placed, counted as 0 points");
        }
        for (int i = 0; i < standards.size(); i++) {
            RowFit row = standards.get(i);
            PointsTotal.Part part = total.parts().get(i);
            String name = names.getOrDefault(row.rowId(), row.rowId());
            String weight = part.weight().compareTo(BigDecimal.ONE) == 0 ? ""
                    : ", weight " + part.weight().toPlainString();
            String placed = row.fit().columnId().map(id -> labels.getOrDefault(id, id)).orElse(null);
            String stage = placed != null ? placed : "not placed (" + unplaced(row.fit()) + ")";
            String of = part.status() == PointsTotal.Status.NOT_APPLICABLE ? "left out of the points possible"
                    : part.earned().toPlainString() + " of " + part.possible().toPlainString()
                    + (part.possible().compareTo(BigDecimal.ONE) == 0 ? " point" : " points");
            lines.add(name + ": " + stage + ", " + of + weight);
        }
        return lines;
    }

    private static String unplaced(Fit fit) {
        if (fit instanceof Fit.Tie) {
            return "tie";
        } else if (fit instanceof Fit.NoEvidence) {
            return "no evidence";
        }
        return "below threshold";
    }

    /**
     * Explains one row's fit.
     *
     * @param decided {@link #BEST_FIT} or {@link #PLACED}
     */
    static Explanation row(String name, Map<String, String> labels, List<ColumnTally> tallies, Fit fit, String decided) {
        List<String> evidence = new ArrayList<>();
        for (ColumnTally tally : tallies) {
            evidence.add(labels.get(tally.columnId()) + ": " + tally.marked() + " of " + Words.count(tally.total(), "statement") + " marked");
        }
        String summary;
        if (fit instanceof Fit.Winner winner) {
            ColumnTally tally = find(tallies, winner.column());
            summary = name + ": " + decided + labels.get(winner.column()) + " (" + tally.marked() + " of "
                    + tally.total() + " marked)";
        } else if (fit instanceof Fit.Tie tie) {
            summary = name + ": tie between " + names(tie.tied(), labels) + " (" + describeTie(tallies, tie.tied())
                    + "); reported as a tie";
        } else if (fit instanceof Fit.Resolved resolved) {
            summary = name + ": tie between " + names(resolved.tied(), labels) + " ("
                    + describeTie(tallies, resolved.tied()) + "); tie policy " + resolved.policy() + " chose "
                    + labels.get(resolved.column());
        } else if (fit instanceof Fit.NoEvidence) {
            summary = name + ": no evidence (no statement in this row is marked)";
        } else {
            summary = name + ": not placed (" + ((Fit.BelowThreshold) fit).reason() + ")";
        }
        return new Explanation(summary, evidence, List.of());
    }

    private static String describeTie(List<ColumnTally> tallies, List<String> tied) {
        ColumnTally first = find(tallies, tied.get(0));
        boolean sameCount = tied.stream().allMatch(id -> find(tallies, id).marked() == first.marked());
        return sameCount ? Words.count(first.marked(), "mark") + " each" : "equal shares marked";
    }

    private static ColumnTally find(List<ColumnTally> tallies, String columnId) {
        for (ColumnTally tally : tallies) {
            if (tally.columnId().equals(columnId)) {
                return tally;
            }
        }
        throw new IllegalStateException("no tally for " + columnId);
    }

    private static String names(List<String> ids, Map<String, String> labels) {
        List<String> names = ids.stream().map(labels::get).toList();
        if (names.size() == 2) {
            return names.get(0) + " and " + names.get(1);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    // ----- profiles -----------------------------------------------------------------------------

    static String conditionCheck(String condition, int actual, boolean holds) {
        return condition + ": " + actual + (holds ? " (holds)" : " (fails)");
    }

    static String resolvedRowsCheck(int minimum, int resolved, boolean holds) {
        return conditionCheck("resolved rows (a single best fit) at least " + minimum, resolved, holds);
    }

    static String ruleCheck(String ruleLabel, boolean holds, List<String> checks) {
        return ruleLabel + (holds ? " matches" : " does not match") + " — " + String.join("; ", checks);
    }

    static String profile(Profile profile, Map<String, Integer> rowsByColumn, Map<String, String> labels) {
        if (profile instanceof Profile.Classified classified) {
            return "Profile: " + classified.label() + " (rule '" + classified.ruleId() + "', the first from the "
                    + "highest level down whose conditions all hold)";
        } else if (profile instanceof Profile.Unclassified unclassified) {
            int unresolved = unclassified.unresolvedRows();
            return "Profile: unclassified (no rule matched); rows by best fit: " + describeCounts(rowsByColumn, labels)
                    + (unresolved == 0 ? "" : "; " + unresolved + " unresolved (tie or no evidence)");
        }
        return "Profile: none (the matrix has no profile rules)";
    }

    private static String describeCounts(Map<String, Integer> counts, Map<String, String> labels) {
        List<String> parts = new ArrayList<>();
        counts.forEach((id, n) -> parts.add(labels.get(id) + " " + n));
        return String.join(", ", parts);
    }

    static Explanation archetypes(String title, String headline, List<String> ruleChecks, Explanation bestFit) {
        List<Explanation> parts = new ArrayList<>(bestFit.parts());
        parts.add(new Explanation(headline, ruleChecks, List.of()));
        return new Explanation(title + ": " + headline, List.of(), parts);
    }

    // ----- ratings ------------------------------------------------------------------------------

    static String rating(RatingSummary summary) {
        if (summary.rated() == 0) {
            return "nothing rated (" + summary.notRated() + " not rated, " + summary.notApplicable() + " not applicable)";
        }
        return "mean " + number(summary.mean()) + ", median " + number(summary.median()) + " from " + summary.rated()
                + " rated (" + summary.notRated() + " not rated, " + summary.notApplicable() + " not applicable); "
                + percent(summary.topTwoShare()) + " in the top two; distribution " + summary.distribution();
    }

    static String indicator(String indicatorName, RatingSummary summary) {
        return indicatorName + ": " + rating(summary);
    }

    static Explanation condition(String header, boolean noIndicators, RatingSummary summary, List<String> indicators) {
        return new Explanation(header + ": " + (noIndicators ? "no indicators to rate" : rating(summary)), indicators,
                List.of());
    }

    static Explanation ratings(String title, RatingSummary overall, long responses, String scaleLine,
            List<Explanation> conditions) {
        return new Explanation(title + ": " + rating(overall) + " over " + Words.count(responses, "response"), List.of(scaleLine),
                conditions);
    }

    static Explanation surveyStatement(String quotedText, RatingSummary summary) {
        return Explanation.of(quotedText + ": " + rating(summary));
    }

    static Explanation survey(String title, int statements, long responses, String scaleLine, List<Explanation> parts) {
        return new Explanation(title + ": " + Words.count(statements, "statement") + " over " + Words.count(responses, "response"), List.of(scaleLine,
                "not applicable and unanswered are left out of every mean, median and share"), parts);
    }

    // ----- district indicators and checklists ---------------------------------------------------

    static String statuses(StatusCounts counts) {
        String share = counts.shareFull() == null ? "no indicator assessed"
                : percent(counts.shareFull()) + " of " + counts.assessed() + " assessed at Full";
        return share + " (None " + counts.none() + ", Limited " + counts.limited() + ", Full " + counts.full()
                + ", not assessed " + counts.notAssessed() + "; " + counts.priorities() + " None marked priority)";
    }

    static Explanation dimension(String code, StatusCounts counts) {
        return Explanation.of("Dimension " + code + ": " + statuses(counts));
    }

    static Explanation rollup(String title, StatusCounts overall, List<Explanation> dimensions) {
        return new Explanation(title + ": " + statuses(overall), List.of(), dimensions);
    }

    static String answers(ChecklistCounts counts) {
        String share = counts.observedShare() == null ? "nothing observed or not observed"
                : percent(counts.observedShare()) + " observed";
        return share + " (observed " + counts.observed() + ", not observed " + counts.notObserved()
                + ", not applicable " + counts.notApplicable() + ", unanswered " + counts.unanswered() + ")";
    }

    static Explanation group(String groupTitle, ChecklistCounts counts) {
        return Explanation.of(groupTitle + " " + answers(counts));
    }

    static Explanation checklist(String title, ChecklistCounts overall, List<Explanation> groups) {
        return new Explanation(title + ": " + answers(overall), List.of(), groups);
    }

    // ----- points rubrics -----------------------------------------------------------------------

    /** Says how not-applicable and not-rated criteria count, in every points explanation. */
    static final String POINTS_RULE = "not-applicable criteria leave the points possible; not-rated criteria "
            + "count 0 of their points possible";

    static Explanation criterionPoints(String title, CriterionPoints points, long responses, Map<String, String> labels) {
        String weighted = points.weight().compareTo(BigDecimal.ONE) == 0 ? ""
                : "; weight " + plain(points.weight()) + ": " + plain(points.weightedEarned()) + " of "
                        + plain(points.weightedPossible());
        List<String> chosen = new ArrayList<>();
        points.levels().forEach((id, count) -> chosen.add(labels.getOrDefault(id, id)
                + (responses == 1 ? "" : " " + count)));
        if (responses == 1) {
            if (points.notApplicable() == 1) {
                return Explanation.of(title + ": not applicable, so it leaves the points possible");
            }
            String rating = points.notRated() == 1 ? "not rated" : chosen.isEmpty() ? "points entered" : chosen.get(0);
            return Explanation.of(title + ": " + rating + ", " + plain(points.earned()) + " of "
                    + plain(points.pointsPossible()) + " points" + weighted);
        }
        String mean = points.applicable() == 0 ? "no mean"
                : "mean " + PointsResult.shown(PointsResult.mean(points.earned(), points.applicable())) + " of "
                        + plain(points.pointsPossible());
        return Explanation.of(title + ": " + plain(points.earned()) + " of " + plain(points.possible())
                + " points over " + Words.count(points.applicable(), "response") + " it applied to (rated "
                + points.rated() + ", not rated " + points.notRated() + ", not applicable " + points.notApplicable()
                + "); " + mean + weighted + (chosen.isEmpty() ? "" : "; levels " + String.join(", ", chosen)));
    }

    static Explanation points(String title, List<CriterionPoints> criteria, long responses, BigDecimal percentSum,
            long percentResponses, List<Explanation> parts) {
        PointsTotal total = PointsResult.totalOf(criteria);
        boolean weighted = criteria.stream().anyMatch(c -> c.weight().compareTo(BigDecimal.ONE) != 0);
        String pooled = plain(total.weightedEarned()) + " of " + plain(total.weightedPossible()) + " points"
                + total.displayPercent().map(p -> " (" + p.toPlainString() + "%)").orElse(", no percent");
        String summary;
        if (responses == 1) {
            summary = title + ": " + (total.percent().isEmpty() ? "every criterion is not applicable, so there are "
                    + "no points possible and no percent" : pooled);
        } else {
            String meanPercent = percentResponses == 0 ? "no percent"
                    : "mean percent " + PointsResult.shown(PointsResult.mean(percentSum, percentResponses)) + "% over "
                            + Words.count(percentResponses, "response") + " with points possible";
            summary = title + ": " + Words.count(responses, "response") + ", mean total "
                    + PointsResult.shown(PointsResult.mean(total.weightedEarned(), responses)) + " points, "
                    + meanPercent + "; pooled " + pooled;
        }
        List<String> details = new ArrayList<>();
        details.add(POINTS_RULE);
        if (weighted) {
            details.add("each criterion's weight multiplies its points earned and possible");
        }
        return new Explanation(summary, details, parts);
    }

    /** A decimal in plain notation without trailing zeros: 2, 2.5, 100. */
    private static String plain(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }

    // ----- numbers ------------------------------------------------------------------------------

    static String number(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", share * 100);
    }
}
