package org.engagementrubrics.core.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.engagementrubrics.core.RatingScale;
import org.engagementrubrics.core.internal.Phrases;
import org.engagementrubrics.core.matrix.MatrixColumn;
import org.engagementrubrics.core.matrix.MatrixRow;
import org.engagementrubrics.core.matrix.ProfileCondition;
import org.engagementrubrics.core.matrix.Stage;
import org.engagementrubrics.core.matrix.Standard;

/**
 * Every line of the scorers' explanations, in one place: the scorers decide, this class says what they decided,
 * as messages of the explanation bundle (English in the root bundle, {@code explanations.properties}). Labels
 * and names that depend only on the instrument are made here once, when an instrument is prepared; lines about
 * results are made per result.
 */
final class Explanations {

    /** The key of a best-fit row's decision: "best fit is Partnership School". */
    static final String BEST_FIT = "row.bestFit";
    /** The key of a placed standard's decision: "placed at Stage 2 Expansion". */
    static final String PLACED = "row.placed";
    /** How a matrix headline names its tie policy, up to the name and a closing parenthesis. */
    private static final String TIE_POLICY = " (tie policy ";

    private Explanations() {
    }

    // ----- names of the instrument's parts ------------------------------------------------------

    static Message columnLabel(MatrixColumn column) {
        return column instanceof Stage stage ? Message.of("stage.label", stage.position(), stage.label().text())
                : Message.text(column.label().text());
    }

    static Message rowName(MatrixRow row) {
        return row instanceof Standard standard ? Message.of("standard.name", standard.number())
                : Message.text(row.label().text());
    }

    static Message profileCondition(ProfileCondition condition, Map<String, Message> labels) {
        List<Message> names = condition.columnIds().stream().map(id -> labels.getOrDefault(id, Message.text(id)))
                .toList();
        Message rows = Message.of(condition.selector() == ProfileCondition.Selector.IN ? "profile.rowsIn"
                : "profile.rowsNotIn", Phrases.join("list.or", names));
        String bound;
        switch (condition.comparison()) {
            case AT_LEAST:
                bound = "bound.atLeast";
                break;
            case AT_MOST:
                bound = "bound.atMost";
                break;
            default:
                bound = "bound.exactly";
        }
        return Message.of("profile.condition", rows, Message.of(bound, condition.count()));
    }

    static Message conditionHeader(int number, String name) {
        return Message.of("condition.header", number, name);
    }

    static Message indicatorName(int number) {
        return Message.of("indicator.name", number);
    }

    static Message quoted(String statement) {
        return Message.of("quoted", statement);
    }

    static Message scaleLine(RatingScale scale) {
        List<Message> points = new ArrayList<>();
        scale.points().forEach(p -> points.add(Message.of("scale.point", p.value(), p.label().text())));
        return Message.of("scale.line", joinOrEmpty("list.semicolon", points));
    }

    private static Message joinOrEmpty(String key, List<Message> items) {
        return items.isEmpty() ? Message.text("") : Phrases.join(key, items);
    }

    // ----- matrices -----------------------------------------------------------------------------

    static Explanation bestFit(String title, String tiePolicy, List<RowFit> rows) {
        return Explanation.of(Message.of("matrix.bestFit", title, Phrases.count("count.row", rows.size()), tiePolicy),
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
            List<Message> points) {
        return Explanation.of(Message.of("matrix.placement", title, Phrases.count("count.standard", standards.size()),
                placement, tiePolicy), points, standards.stream().map(RowFit::explanation).toList());
    }

    /**
     * The lines of a staged result's points: the total, the standards left unplaced, then each standard's stage
     * beside its points, such as "Standard 1: Stage 2 Expansion, 2 of 3 points".
     */
    static List<Message> stagePoints(StagePointsTotal points, List<RowFit> standards, Map<String, Message> names,
            Map<String, Message> labels) {
        PointsTotal total = points.total();
        boolean weighted = total.parts().stream().anyMatch(p -> p.weight().compareTo(BigDecimal.ONE) != 0);
        Message percent = total.displayPercent().map(p -> Message.of("number.percent", p)).orElse(null);
        Message figures = weighted
                ? (percent == null ? Message.of("points.weightedNoPercent", total.weightedEarned(),
                        total.weightedPossible(), total.earned(), total.possible())
                        : Message.of("points.weighted", total.weightedEarned(), total.weightedPossible(), percent,
                                total.earned(), total.possible()))
                : (percent == null ? Message.of("points.plainNoPercent", total.earned(), total.possible())
                        : Message.of("points.plain", total.earned(), total.possible(), percent));
        List<Message> lines = new ArrayList<>();
        lines.add(Message.of("points.summary", points.scheme(), figures));
        int excluded = total.count(PointsTotal.Status.NOT_APPLICABLE);
        if (excluded > 0) {
            lines.add(Message.of("points.excluded", Phrases.count("count.standard", excluded)));
        }
        int zero = total.count(PointsTotal.Status.NOT_RATED);
        if (zero > 0) {
            lines.add(Message.of("points.zero", Phrases.count("count.standard", zero)));
        }
        for (int i = 0; i < standards.size(); i++) {
            RowFit row = standards.get(i);
            PointsTotal.Part part = total.parts().get(i);
            Message name = names.getOrDefault(row.rowId(), Message.text(row.rowId()));
            Message stage = row.fit().columnId().map(id -> labels.getOrDefault(id, Message.text(id)))
                    .orElseGet(() -> Message.of("points.notPlaced", Message.of(unplaced(row.fit()))));
            Message of = part.status() == PointsTotal.Status.NOT_APPLICABLE ? Message.of("points.leftOut")
                    : Message.of(part.possible().compareTo(BigDecimal.ONE) == 0 ? "points.of.one" : "points.of.other",
                            part.earned(), part.possible());
            lines.add(part.weight().compareTo(BigDecimal.ONE) == 0 ? Message.of("points.standard", name, stage, of)
                    : Message.of("points.standardWeighted", name, stage, of, part.weight()));
        }
        return lines;
    }

    private static String unplaced(Fit fit) {
        if (fit instanceof Fit.Tie) {
            return "points.unplaced.tie";
        } else if (fit instanceof Fit.NoEvidence) {
            return "points.unplaced.noEvidence";
        }
        return "points.unplaced.belowThreshold";
    }

    /**
     * Explains one row's fit.
     *
     * @param decided {@link #BEST_FIT} or {@link #PLACED}
     */
    static Explanation row(Message name, Map<String, Message> labels, List<ColumnTally> tallies, Fit fit,
            String decided) {
        List<Message> evidence = new ArrayList<>();
        for (ColumnTally tally : tallies) {
            evidence.add(Message.of("row.evidence", labels.get(tally.columnId()), tally.marked(),
                    Phrases.count("count.statement", tally.total())));
        }
        Message summary;
        if (fit instanceof Fit.Winner winner) {
            ColumnTally tally = find(tallies, winner.column());
            summary = Message.of(decided, name, labels.get(winner.column()), tally.marked(), tally.total());
        } else if (fit instanceof Fit.Tie tie) {
            summary = Message.of("row.tie", name, names(tie.tied(), labels), describeTie(tallies, tie.tied()));
        } else if (fit instanceof Fit.Resolved resolved) {
            summary = Message.of("row.resolved", name, names(resolved.tied(), labels),
                    describeTie(tallies, resolved.tied()), resolved.policy(), labels.get(resolved.column()));
        } else if (fit instanceof Fit.NoEvidence) {
            summary = Message.of("row.noEvidence", name);
        } else {
            summary = Message.of("row.notPlaced", name, ((Fit.BelowThreshold) fit).reason());
        }
        return Explanation.of(summary, evidence, List.of());
    }

    private static Message describeTie(List<ColumnTally> tallies, List<String> tied) {
        ColumnTally first = find(tallies, tied.get(0));
        boolean sameCount = tied.stream().allMatch(id -> find(tallies, id).marked() == first.marked());
        return sameCount ? Message.of("tie.each", Phrases.count("count.mark", first.marked()))
                : Message.of("tie.equalShares");
    }

    private static ColumnTally find(List<ColumnTally> tallies, String columnId) {
        for (ColumnTally tally : tallies) {
            if (tally.columnId().equals(columnId)) {
                return tally;
            }
        }
        throw new IllegalStateException("no tally for " + columnId);
    }

    private static Message names(List<String> ids, Map<String, Message> labels) {
        return Phrases.and(ids.stream().map(labels::get).toList());
    }

    // ----- profiles -----------------------------------------------------------------------------

    static Message conditionCheck(Message condition, int actual, boolean holds) {
        return Message.of(holds ? "profile.holds" : "profile.fails", condition, actual);
    }

    static Message resolvedRowsCheck(int minimum, int resolved, boolean holds) {
        return conditionCheck(Message.of("profile.resolvedRows", minimum), resolved, holds);
    }

    static Message ruleCheck(String ruleLabel, boolean holds, List<Message> checks) {
        return Message.of(holds ? "profile.ruleMatches" : "profile.ruleFails", ruleLabel,
                joinOrEmpty("list.semicolon", checks));
    }

    static Message profile(Profile profile, Map<String, Integer> rowsByColumn, Map<String, Message> labels) {
        if (profile instanceof Profile.Classified classified) {
            return Message.of("profile.classified", classified.label(), classified.ruleId());
        } else if (profile instanceof Profile.Unclassified unclassified) {
            int unresolved = unclassified.unresolvedRows();
            List<Message> counts = new ArrayList<>();
            rowsByColumn.forEach((id, n) -> counts.add(Message.of("profile.count", labels.get(id), n)));
            Message byColumn = joinOrEmpty("list.comma", counts);
            return unresolved == 0 ? Message.of("profile.unclassified", byColumn)
                    : Message.of("profile.unclassifiedUnresolved", byColumn, unresolved);
        }
        return Message.of("profile.none");
    }

    static Explanation archetypes(String title, Message headline, List<Message> ruleChecks, Explanation bestFit) {
        List<Explanation> parts = new ArrayList<>(bestFit.parts());
        parts.add(Explanation.of(headline, ruleChecks, List.of()));
        return Explanation.of(Message.of("title.line", title, headline), List.of(), parts);
    }

    // ----- ratings ------------------------------------------------------------------------------

    static Message rating(RatingSummary summary) {
        if (summary.rated() == 0) {
            return Message.of("rating.nothingRated", summary.notRated(), summary.notApplicable());
        }
        return Message.of("rating.summary", number(summary.mean()), number(summary.median()), summary.rated(),
                summary.notRated(), summary.notApplicable(), Phrases.percent(summary.topTwoShare()),
                summary.distribution().toString());
    }

    static Message indicator(Message indicatorName, RatingSummary summary) {
        return Message.of("title.line", indicatorName, rating(summary));
    }

    static Explanation condition(Message header, boolean noIndicators, RatingSummary summary,
            List<Message> indicators) {
        return Explanation.of(Message.of("title.line", header,
                noIndicators ? Message.of("rating.noIndicators") : rating(summary)), indicators, List.of());
    }

    static Explanation ratings(String title, RatingSummary overall, long responses, Message scaleLine,
            List<Explanation> conditions) {
        return Explanation.of(Message.of("ratings.summary", title, rating(overall),
                Phrases.count("count.response", responses)), List.of(scaleLine), conditions);
    }

    static Explanation surveyStatement(Message quotedText, RatingSummary summary) {
        return Explanation.of(Message.of("title.line", quotedText, rating(summary)));
    }

    static Explanation survey(String title, int statements, long responses, Message scaleLine,
            List<Explanation> parts) {
        return Explanation.of(Message.of("survey.summary", title, Phrases.count("count.statement", statements),
                Phrases.count("count.response", responses)), List.of(scaleLine, Message.of("survey.leftOut")), parts);
    }

    // ----- district indicators and checklists ---------------------------------------------------

    static Message statuses(StatusCounts counts) {
        Message share = counts.shareFull() == null ? Message.of("status.noneAssessed")
                : Message.of("status.shareFull", Phrases.percent(counts.shareFull()), counts.assessed());
        return Message.of("status.counts", share, counts.none(), counts.limited(), counts.full(),
                counts.notAssessed(), counts.priorities());
    }

    static Explanation dimension(String code, StatusCounts counts) {
        return Explanation.of(Message.of("dimension.line", code, statuses(counts)));
    }

    static Explanation rollup(String title, StatusCounts overall, List<Explanation> dimensions) {
        return Explanation.of(Message.of("title.line", title, statuses(overall)), List.of(), dimensions);
    }

    static Message answers(ChecklistCounts counts) {
        Message share = counts.observedShare() == null ? Message.of("checklist.nothingObserved")
                : Message.of("checklist.observedShare", Phrases.percent(counts.observedShare()));
        return Message.of("checklist.counts", share, counts.observed(), counts.notObserved(),
                counts.notApplicable(), counts.unanswered());
    }

    static Explanation group(String groupTitle, ChecklistCounts counts) {
        return Explanation.of(Message.of("checklist.group", groupTitle, answers(counts)));
    }

    static Explanation checklist(String title, ChecklistCounts overall, List<Explanation> groups) {
        return Explanation.of(Message.of("title.line", title, answers(overall)), List.of(), groups);
    }

    // ----- points rubrics -----------------------------------------------------------------------

    static Explanation criterionPoints(String title, CriterionPoints points, long responses, Map<String, String> labels) {
        Message weighted = points.weight().compareTo(BigDecimal.ONE) == 0 ? Message.text("")
                : Message.of("points.criterion.weight", plain(points.weight()), plain(points.weightedEarned()),
                        plain(points.weightedPossible()));
        List<Message> chosen = new ArrayList<>();
        points.levels().forEach((id, count) -> chosen.add(responses == 1 ? Message.text(labels.getOrDefault(id, id))
                : Message.of("profile.count", labels.getOrDefault(id, id), count)));
        if (responses == 1) {
            if (points.notApplicable() == 1) {
                return Explanation.of(Message.of("points.criterion.notApplicable", title));
            }
            Message rating = points.notRated() == 1 ? Message.of("points.criterion.notRated")
                    : chosen.isEmpty() ? Message.of("points.criterion.entered") : chosen.get(0);
            return Explanation.of(Message.of("points.criterion.one", title, rating, plain(points.earned()),
                    plain(points.pointsPossible()), weighted));
        }
        Message mean = points.applicable() == 0 ? Message.of("points.criterion.noMean")
                : Message.of("points.criterion.mean", shown(PointsResult.mean(points.earned(), points.applicable())),
                        plain(points.pointsPossible()));
        Message levels = chosen.isEmpty() ? Message.text("")
                : Message.of("points.criterion.levels", Phrases.join("list.comma", chosen));
        return Explanation.of(Message.of("points.criterion.many", title, plain(points.earned()),
                plain(points.possible()), Phrases.count("count.response", points.applicable()), points.rated(),
                points.notRated(), points.notApplicable(), mean, weighted, levels));
    }

    static Explanation points(String title, List<CriterionPoints> criteria, long responses, BigDecimal percentSum,
            long percentResponses, List<Explanation> parts) {
        PointsTotal total = PointsResult.totalOf(criteria);
        boolean weighted = criteria.stream().anyMatch(c -> c.weight().compareTo(BigDecimal.ONE) != 0);
        Message pooled = total.displayPercent().map(p -> Message.of("points.pooled", plain(total.weightedEarned()),
                plain(total.weightedPossible()), Message.of("number.percent", p)))
                .orElseGet(() -> Message.of("points.pooledNoPercent", plain(total.weightedEarned()),
                        plain(total.weightedPossible())));
        Message summary;
        if (responses == 1) {
            summary = Message.of("title.line", title, total.percent().isEmpty() ? Message.of("points.noneApplicable")
                    : pooled);
        } else {
            Message meanPercent = percentResponses == 0 ? Message.of("points.noPercent")
                    : Message.of("points.meanPercent", Message.of("number.percent",
                            shown(PointsResult.mean(percentSum, percentResponses))),
                            Phrases.count("count.response", percentResponses));
            summary = Message.of("points.many", title, Phrases.count("count.response", responses),
                    shown(PointsResult.mean(total.weightedEarned(), responses)), meanPercent, pooled);
        }
        List<Message> details = new ArrayList<>();
        details.add(Message.of("points.rule"));
        if (weighted) {
            details.add(Message.of("points.weights"));
        }
        return Explanation.of(summary, details, parts);
    }

    /** A decimal in plain notation without trailing zeros: 2, 2.5, 100. */
    private static BigDecimal plain(BigDecimal value) {
        return value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
    }

    /** A mean as shown: two decimals, half-even. */
    private static BigDecimal shown(BigDecimal value) {
        return new BigDecimal(PointsResult.shown(value));
    }

    // ----- numbers ------------------------------------------------------------------------------

    private static java.math.BigDecimal number(double value) {
        return Phrases.decimal(value, 2);
    }
}
