package org.engagementrubrics.core.scoring;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.core.RatingScale;
import org.engagementrubrics.core.checklist.Checklist;
import org.engagementrubrics.core.checklist.ChecklistGroup;
import org.engagementrubrics.core.checklist.ChecklistItem;
import org.engagementrubrics.core.conditions.Condition;
import org.engagementrubrics.core.conditions.ConditionsAssessment;
import org.engagementrubrics.core.conditions.Indicator;
import org.engagementrubrics.core.district.DistrictIndicator;
import org.engagementrubrics.core.district.DistrictIndicators;
import org.engagementrubrics.core.internal.ResponseCheck;
import org.engagementrubrics.core.matrix.ArchetypeMatrix;
import org.engagementrubrics.core.matrix.Cell;
import org.engagementrubrics.core.matrix.Dimension;
import org.engagementrubrics.core.matrix.MatrixColumn;
import org.engagementrubrics.core.matrix.MatrixInstrument;
import org.engagementrubrics.core.matrix.MatrixRow;
import org.engagementrubrics.core.matrix.ProfileCondition;
import org.engagementrubrics.core.matrix.ProfileRule;
import org.engagementrubrics.core.matrix.Stage;
import org.engagementrubrics.core.matrix.StagedRubric;
import org.engagementrubrics.core.matrix.Standard;
import org.engagementrubrics.core.matrix.Statement;
import org.engagementrubrics.core.response.ChecklistAnswer;
import org.engagementrubrics.core.response.ChecklistAnswers;
import org.engagementrubrics.core.response.IndicatorAssessment;
import org.engagementrubrics.core.response.MarkedStatements;
import org.engagementrubrics.core.response.Rating;
import org.engagementrubrics.core.response.Ratings;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.core.response.Statuses;
import org.engagementrubrics.core.survey.Survey;
import org.engagementrubrics.core.validation.InvalidRubricException;
import org.engagementrubrics.core.validation.Problem;
import org.engagementrubrics.core.validation.RubricValidator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Scores responses on instruments and explains every result.
 *
 * <pre>{@code
 * ScoringEngine engine = ScoringEngine.defaults()              // ties reported, best fit by count
 *         .withTiePolicy(TiePolicies.lowerLevel());
 * ArchetypeResult result = engine.score(fourVersions, response);
 * String text = result.explanation().toText();     // plain text a teacher understands
 * }</pre>
 *
 * <p>What each kind yields: a staged rubric, a {@link StageResult} (each standard placed on a stage by
 * the {@link StagePlacement}); an archetype matrix, an {@link ArchetypeResult} (best fit per dimension
 * and the profile); a conditions assessment, a {@link RatingResult}; district indicators, a
 * {@link RollupResult}; a checklist, a {@link ChecklistResult}; a survey, a {@link SurveyResult}. The
 * {@code summarize} methods pool many responses for the kinds where pooling is meaningful (ratings,
 * statuses, answers); matrix kinds are scored one response at a time.
 *
 * <p>Every response is checked against its instrument first; problems are thrown together in one
 * {@link InvalidRubricException}. Results are deterministic and do not depend on the order of marks,
 * ratings or responses. The engine scores the instrument it is given; validate instruments with
 * {@code RubricValidator} before trusting their results.
 *
 * <p>This class is immutable and thread-safe; share one instance.
 */
public final class ScoringEngine {

    private static final Logger LOG = LoggerFactory.getLogger(ScoringEngine.class);

    private static final ScoringEngine DEFAULTS =
            new ScoringEngine(TiePolicies.report(), StagePlacements.bestFitByCount());

    private final TiePolicy tiePolicy;
    private final StagePlacement stagePlacement;

    private ScoringEngine(TiePolicy tiePolicy, StagePlacement stagePlacement) {
        this.tiePolicy = tiePolicy;
        this.stagePlacement = stagePlacement;
    }

    /**
     * Obtains the engine with the default strategies: ties reported, stages placed by best fit by count.
     *
     * @return the default engine
     */
    public static ScoringEngine defaults() {
        return DEFAULTS;
    }

    /**
     * Returns a copy with another tie policy.
     *
     * @param tiePolicy the policy, not null
     * @return an engine with the policy, {@code this} if the same
     */
    public ScoringEngine withTiePolicy(TiePolicy tiePolicy) {
        Objects.requireNonNull(tiePolicy, "tiePolicy");
        return tiePolicy == this.tiePolicy ? this : new ScoringEngine(tiePolicy, stagePlacement);
    }

    /**
     * Returns a copy with another stage placement.
     *
     * @param stagePlacement the placement, not null
     * @return an engine with the placement, {@code this} if the same
     */
    public ScoringEngine withStagePlacement(StagePlacement stagePlacement) {
        Objects.requireNonNull(stagePlacement, "stagePlacement");
        return stagePlacement == this.stagePlacement ? this : new ScoringEngine(tiePolicy, stagePlacement);
    }

    /**
     * Returns the tie policy.
     *
     * @return the tie policy
     */
    public TiePolicy tiePolicy() {
        return tiePolicy;
    }

    /**
     * Returns the stage placement.
     *
     * @return the stage placement
     */
    public StagePlacement stagePlacement() {
        return stagePlacement;
    }

    // ----- dispatch -----------------------------------------------------------------------------

    /**
     * Scores one response on any instrument, choosing the result kind from the instrument kind.
     *
     * @param instrument the instrument, not null
     * @param response the response, not null
     * @return the result
     * @throws InvalidRubricException if the response does not fit the instrument
     * @throws ScoringException if a strategy fails
     */
    public ScoreResult score(Instrument instrument, Response response) {
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(response, "response");
        if (instrument instanceof StagedRubric rubric) {
            return score(rubric, response);
        } else if (instrument instanceof ArchetypeMatrix matrix) {
            return score(matrix, response);
        }
        return summarize(instrument, List.of(response));
    }

    /**
     * Pools many responses on an instrument whose evidence can be pooled: a conditions assessment,
     * district indicators, a checklist or a survey.
     *
     * @param instrument the instrument, not null
     * @param responses the responses, not null, not empty
     * @return the result
     * @throws IllegalArgumentException if the instrument is a matrix, or there are no responses
     * @throws InvalidRubricException if a response does not fit the instrument
     */
    public ScoreResult summarize(Instrument instrument, Collection<Response> responses) {
        Objects.requireNonNull(instrument, "instrument");
        if (instrument instanceof ConditionsAssessment assessment) {
            return summarize(assessment, responses);
        } else if (instrument instanceof DistrictIndicators district) {
            return summarize(district, responses);
        } else if (instrument instanceof Checklist checklist) {
            return summarize(checklist, responses);
        } else if (instrument instanceof Survey survey) {
            return summarize(survey, responses);
        }
        throw new IllegalArgumentException("a " + instrument.kind().wireName()
                + " is scored one response at a time; call score(instrument, response) for each");
    }

    // ----- matrices -----------------------------------------------------------------------------

    /**
     * Finds the best-fit column of every row of any matrix: per row, the column with the most marked
     * statements; a tie when two or more share the most (then the tie policy decides); no evidence when
     * nothing in the row is marked.
     *
     * @param matrix the matrix instrument, not null
     * @param response the response with marked statements, not null
     * @return the per-row fits
     */
    public MatrixResult bestFit(MatrixInstrument matrix, Response response) {
        Set<String> marks = marks(matrix, response);
        InstrumentRef ref = InstrumentRef.of(matrix);
        List<RowFit> rows = new ArrayList<>();
        for (MatrixRow row : matrix.rows()) {
            rows.add(rowFit(matrix, row, tallies(matrix.columns(), row, marks, true), null));
        }
        Explanation explanation = new Explanation(matrix.title().text() + ": best fit of " + rows.size() + " rows"
                + " (tie policy " + tiePolicy.name() + ")", List.of(), rows.stream().map(RowFit::explanation).toList());
        return new MatrixResult(ref, List.of(response.id()), rows, explanation);
    }

    /**
     * Scores an archetype matrix: the best fit of every dimension, and the school's profile from the
     * profile rules (highest rank first, first match wins, otherwise unclassified with the counts).
     *
     * @param matrix the matrix, not null
     * @param response the response with marked statements, not null
     * @return the result
     */
    public ArchetypeResult score(ArchetypeMatrix matrix, Response response) {
        MatrixResult fits = bestFit(matrix, response);
        Map<String, String> labels = columnLabels(matrix.columns());
        Map<String, Integer> rowsByColumn = new LinkedHashMap<>();
        matrix.archetypes().forEach(a -> rowsByColumn.put(a.id(), 0));
        int unresolved = 0;
        for (RowFit row : fits.rows()) {
            Optional<String> column = row.fit().columnId();
            if (column.isPresent()) {
                rowsByColumn.merge(column.get(), 1, Integer::sum);
            } else {
                unresolved++;
            }
        }
        List<String> evidence = new ArrayList<>();
        Profile profile = classify(matrix, rowsByColumn, unresolved, fits.rows().size(), labels, evidence);
        String headline;
        if (profile instanceof Profile.Classified classified) {
            headline = "Profile: " + classified.label() + " (rule '" + classified.ruleId() + "', the first from the "
                    + "highest level down whose conditions all hold)";
        } else if (profile instanceof Profile.Unclassified) {
            headline = "Profile: unclassified (no rule matched); rows by best fit: " + describeCounts(rowsByColumn, labels)
                    + (unresolved == 0 ? "" : "; " + unresolved + " unresolved (tie or no evidence)");
        } else {
            headline = "Profile: none (the matrix has no profile rules)";
        }
        List<Explanation> parts = new ArrayList<>(fits.explanation().parts());
        parts.add(new Explanation(headline, evidence, List.of()));
        Explanation explanation = new Explanation(matrix.title().text() + ": " + headline, List.of(), parts);
        return new ArchetypeResult(fits.instrument(), fits.responseIds(), fits.rows(), profile, explanation);
    }

    private Profile classify(ArchetypeMatrix matrix, Map<String, Integer> rowsByColumn, int unresolved, int rowCount,
            Map<String, String> labels, List<String> evidence) {
        if (matrix.profileRules().isEmpty()) {
            return new Profile.NoRules();
        }
        List<ProfileRule> rules = new ArrayList<>(matrix.profileRules());
        rules.sort((a, b) -> Integer.compare(b.rank(), a.rank()));
        for (ProfileRule rule : rules) {
            boolean holds = true;
            List<String> checks = new ArrayList<>();
            for (ProfileCondition condition : rule.conditions()) {
                int in = 0;
                for (String column : new LinkedHashSet<>(condition.columnIds())) { // a repeated id counts once
                    in += rowsByColumn.getOrDefault(column, 0);
                }
                int actual = condition.selector() == ProfileCondition.Selector.IN ? in : rowCount - in;
                boolean ok = condition.comparison().test(actual, condition.count());
                holds &= ok;
                checks.add(describeCondition(condition, labels) + ": " + actual + (ok ? " (holds)" : " (fails)"));
            }
            evidence.add(rule.label().text() + (holds ? " matches" : " does not match") + " — " + String.join("; ", checks));
            if (holds) {
                return new Profile.Classified(rule.id(), rule.label().text(), rule.rank());
            }
        }
        return new Profile.Unclassified(rowsByColumn, unresolved);
    }

    private static String describeCondition(ProfileCondition condition, Map<String, String> labels) {
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

    /**
     * Scores a staged rubric: every standard placed on a stage by the engine's {@link StagePlacement},
     * ties decided by its {@link TiePolicy}.
     *
     * @param rubric the rubric, not null
     * @param response the response with marked statements, not null
     * @return the result
     */
    public StageResult score(StagedRubric rubric, Response response) {
        Set<String> marks = marks(rubric, response);
        InstrumentRef ref = InstrumentRef.of(rubric);
        List<RowFit> standards = new ArrayList<>();
        for (Standard standard : rubric.standards()) {
            standards.add(rowFit(rubric, standard, tallies(rubric.stages(), standard, marks, false), stagePlacement));
        }
        Explanation explanation = new Explanation(rubric.title().text() + ": " + standards.size()
                + " standards placed by " + stagePlacement.name() + " (tie policy " + tiePolicy.name() + ")",
                List.of(), standards.stream().map(RowFit::explanation).toList());
        return new StageResult(ref, List.of(response.id()), stagePlacement.name(), standards, explanation);
    }

    private Set<String> marks(MatrixInstrument matrix, Response response) {
        check(matrix, List.of(response));
        return ((MarkedStatements) response.evidence()).statementIds();
    }

    /**
     * Tallies a row per column: every column of the instrument (matrix best fit), or only the columns
     * the row has a cell for (stage placement).
     */
    private static List<ColumnTally> tallies(List<? extends MatrixColumn> columns, MatrixRow row, Set<String> marks,
            boolean everyColumn) {
        Map<String, int[]> counts = new HashMap<>();
        for (Cell cell : row.cells()) {
            int[] count = counts.computeIfAbsent(cell.columnId(), id -> new int[2]);
            for (Statement statement : cell.statements()) {
                count[1]++;
                if (marks.contains(statement.id())) {
                    count[0]++;
                }
            }
        }
        List<ColumnTally> tallies = new ArrayList<>();
        for (MatrixColumn column : columns) {
            int[] count = counts.get(column.id());
            if (count != null || everyColumn) {
                tallies.add(new ColumnTally(column.id(), column.rank(), count == null ? 0 : count[0],
                        count == null ? 0 : count[1]));
            }
        }
        return tallies;
    }

    private RowFit rowFit(MatrixInstrument matrix, MatrixRow row, List<ColumnTally> tallies, StagePlacement placement) {
        Fit fit;
        if (placement == null) {
            fit = StagePlacements.best(tallies, (a, b) -> Integer.compare(a.marked(), b.marked()));
        } else {
            fit = guardedPlacement(matrix, row, tallies, placement);
        }
        if (fit instanceof Fit.Tie tie) {
            fit = resolveTie(matrix.id(), row.id(), tallies, tie);
        }
        return new RowFit(row.id(), tallies, fit, explainRow(matrix, row, tallies, fit,
                placement == null ? "best fit is " : "placed at "));
    }

    private static Fit guardedPlacement(MatrixInstrument matrix, MatrixRow row, List<ColumnTally> tallies,
            StagePlacement placement) {
        Fit fit;
        try {
            fit = placement.place(new StageTallies(matrix.id(), row.id(), tallies));
        } catch (RuntimeException e) {
            LOG.debug("stage placement {} failed on {} / {}", placement.name(), matrix.id(), row.id(), e);
            throw new ScoringException(matrix.id(), row.id(), "stage placement '" + placement.name() + "' failed: " + e, e);
        }
        if (fit == null) {
            throw new ScoringException(matrix.id(), row.id(), "stage placement '" + placement.name()
                    + "' returned null; expected a Fit", null);
        }
        if (fit instanceof Fit.Resolved) {
            throw new ScoringException(matrix.id(), row.id(), "stage placement '" + placement.name()
                    + "' returned a resolved tie; return a Tie and let the tie policy decide", null);
        }
        Set<String> stageIds = new HashSet<>();
        tallies.forEach(t -> stageIds.add(t.columnId()));
        List<String> named = fit instanceof Fit.Tie tie ? tie.columns() : fit.columnId().map(List::of).orElse(List.of());
        for (String id : named) {
            if (!stageIds.contains(id)) {
                throw new ScoringException(matrix.id(), row.id(), "stage placement '" + placement.name()
                        + "' chose stage '" + id + "', which this standard does not have; expected one of "
                        + tallies.stream().map(ColumnTally::columnId).toList(), null);
            }
        }
        return fit;
    }

    private Fit resolveTie(String instrumentId, String rowId, List<ColumnTally> tallies, Fit.Tie tie) {
        List<ColumnTally> tied = tallies.stream().filter(t -> tie.columns().contains(t.columnId())).toList();
        Optional<String> chosen;
        try {
            chosen = tiePolicy.resolve(new TieContext(instrumentId, rowId, tied));
        } catch (RuntimeException e) {
            LOG.debug("tie policy {} failed on {} / {}", tiePolicy.name(), instrumentId, rowId, e);
            throw new ScoringException(instrumentId, rowId, "tie policy '" + tiePolicy.name() + "' failed: " + e, e);
        }
        if (chosen == null) {
            throw new ScoringException(instrumentId, rowId, "tie policy '" + tiePolicy.name()
                    + "' returned null; expected a tied column or Optional.empty()", null);
        }
        if (chosen.isEmpty()) {
            return tie;
        }
        if (!tie.columns().contains(chosen.get())) {
            throw new ScoringException(instrumentId, rowId, "tie policy '" + tiePolicy.name() + "' chose '"
                    + chosen.get() + "', which is not one of the tied columns " + tie.columns(), null);
        }
        return new Fit.Resolved(tie.columns(), chosen.get(), tiePolicy.name());
    }

    private static Explanation explainRow(MatrixInstrument matrix, MatrixRow row, List<ColumnTally> tallies, Fit fit,
            String decided) {
        Map<String, String> labels = columnLabels(matrix.columns());
        String name = rowName(row);
        List<String> evidence = new ArrayList<>();
        for (ColumnTally tally : tallies) {
            evidence.add(labels.get(tally.columnId()) + ": " + tally.marked() + " of " + tally.total() + " statements marked");
        }
        String summary;
        if (fit instanceof Fit.Winner winner) {
            ColumnTally tally = find(tallies, winner.column());
            summary = name + ": " + decided + labels.get(winner.column()) + " (" + tally.marked() + " of "
                    + tally.total() + " marked)";
        } else if (fit instanceof Fit.Tie tie) {
            summary = name + ": tie between " + names(tie.columns(), labels) + " (" + describeTie(tallies, tie.columns())
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
        return sameCount ? first.marked() + (first.marked() == 1 ? " mark each" : " marks each") : "equal shares marked";
    }

    private static ColumnTally find(List<ColumnTally> tallies, String columnId) {
        for (ColumnTally tally : tallies) {
            if (tally.columnId().equals(columnId)) {
                return tally;
            }
        }
        throw new IllegalStateException("no tally for " + columnId);
    }

    private static String rowName(MatrixRow row) {
        return row instanceof Standard standard ? "Standard " + standard.number() : row.label().text();
    }

    private static Map<String, String> columnLabels(List<? extends MatrixColumn> columns) {
        Map<String, String> labels = new HashMap<>();
        for (MatrixColumn column : columns) {
            String label = column instanceof Stage stage ? "Stage " + stage.position() + " " + stage.label().text()
                    : column.label().text();
            labels.putIfAbsent(column.id(), label);
        }
        return labels;
    }

    private static String names(List<String> ids, Map<String, String> labels) {
        List<String> names = ids.stream().map(labels::get).toList();
        if (names.size() == 2) {
            return names.get(0) + " and " + names.get(1);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    private static String describeCounts(Map<String, Integer> counts, Map<String, String> labels) {
        List<String> parts = new ArrayList<>();
        counts.forEach((id, n) -> parts.add(labels.get(id) + " " + n));
        return String.join(", ", parts);
    }

    // ----- ratings ------------------------------------------------------------------------------

    /**
     * Summarizes the ratings of a conditions assessment over one or more responses: per indicator, per
     * condition and overall.
     *
     * @param assessment the assessment, not null
     * @param responses the responses, not empty
     * @return the result
     */
    public RatingResult summarize(ConditionsAssessment assessment, Collection<Response> responses) {
        List<Response> checked = check(assessment, responses);
        RatingScale scale = assessment.scale();
        List<ConditionSummary> conditions = new ArrayList<>();
        List<Explanation> parts = new ArrayList<>();
        RatingTally overall = new RatingTally(scale);
        for (Condition condition : assessment.conditions()) {
            RatingTally conditionTally = new RatingTally(scale);
            List<RatingSummary> indicators = new ArrayList<>();
            List<String> evidence = new ArrayList<>();
            for (Indicator indicator : condition.indicators()) {
                RatingTally tally = new RatingTally(scale);
                for (Response response : checked) {
                    Rating rating = ((Ratings) response.evidence()).byItem().get(indicator.id());
                    tally.add(rating);
                    conditionTally.add(rating);
                    overall.add(rating);
                }
                RatingSummary summary = tally.summary(indicator.id());
                indicators.add(summary);
                evidence.add("Indicator " + indicator.number() + ": " + describe(summary));
            }
            RatingSummary summary = conditionTally.summary(condition.id());
            conditions.add(new ConditionSummary(condition.id(), summary, indicators));
            parts.add(new Explanation("Condition " + condition.number() + " " + condition.name().text() + ": "
                    + (condition.indicators().isEmpty() ? "no indicators to rate" : describe(summary)), evidence, List.of()));
        }
        RatingSummary overallSummary = overall.summary("overall");
        Explanation explanation = new Explanation(assessment.title().text() + ": " + describe(overallSummary)
                + " over " + checked.size() + (checked.size() == 1 ? " response" : " responses"), List.of(scaleLine(scale)), parts);
        return new RatingResult(InstrumentRef.of(assessment), ids(checked), conditions, overallSummary, explanation);
    }

    /**
     * Summarizes a survey over its responses: per statement, n, distribution, mean, median and the share
     * in the top two answers, with not-applicable excluded from every denominator.
     *
     * @param survey the survey, not null
     * @param responses the responses, not empty
     * @return the result
     */
    public SurveyResult summarize(Survey survey, Collection<Response> responses) {
        List<Response> checked = check(survey, responses);
        List<RatingSummary> statements = new ArrayList<>();
        List<Explanation> parts = new ArrayList<>();
        for (Statement statement : survey.statements()) {
            RatingTally tally = new RatingTally(survey.scale());
            for (Response response : checked) {
                tally.add(((Ratings) response.evidence()).byItem().get(statement.id()));
            }
            RatingSummary summary = tally.summary(statement.id());
            statements.add(summary);
            parts.add(Explanation.of("\"" + statement.text().text() + "\": " + describe(summary)));
        }
        Explanation explanation = new Explanation(survey.title().text() + ": " + statements.size() + " statements over "
                + checked.size() + (checked.size() == 1 ? " response" : " responses"), List.of(scaleLine(survey.scale()),
                "not applicable and unanswered are left out of every mean, median and share"), parts);
        return new SurveyResult(InstrumentRef.of(survey), ids(checked), statements, explanation);
    }

    private static String scaleLine(RatingScale scale) {
        List<String> points = new ArrayList<>();
        scale.points().forEach(p -> points.add(p.value() + " = " + p.label().text()));
        return "scale: " + String.join("; ", points);
    }

    private static String describe(RatingSummary summary) {
        if (summary.rated() == 0) {
            return "nothing rated (" + summary.notRated() + " not rated, " + summary.notApplicable() + " not applicable)";
        }
        return "mean " + number(summary.mean()) + ", median " + number(summary.median()) + " from " + summary.rated()
                + " rated (" + summary.notRated() + " not rated, " + summary.notApplicable() + " not applicable); "
                + percent(summary.topTwoShare()) + " in the top two; distribution " + summary.distribution();
    }

    static String number(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", share * 100);
    }

    /** Counts ratings exactly: integer sums, so the order of responses never matters. */
    private static final class RatingTally {
        private final RatingScale scale;
        private final Map<Integer, Integer> distribution = new LinkedHashMap<>();
        private int notRated;
        private int notApplicable;

        RatingTally(RatingScale scale) {
            this.scale = scale;
            scale.points().forEach(p -> distribution.put(p.value(), 0));
        }

        void add(Rating rating) {
            if (rating instanceof Rating.Rated rated) {
                distribution.merge(rated.value(), 1, Integer::sum);
            } else if (rating instanceof Rating.NotApplicable) {
                notApplicable++;
            } else {
                notRated++; // explicitly not rated, or no answer
            }
        }

        RatingSummary summary(String itemId) {
            int n = 0;
            long sum = 0;
            for (Map.Entry<Integer, Integer> entry : distribution.entrySet()) {
                n += entry.getValue();
                sum += (long) entry.getKey() * entry.getValue();
            }
            if (n == 0) {
                return new RatingSummary(itemId, 0, notRated, notApplicable, null, null, null, distribution);
            }
            List<Integer> values = scale.values();
            int topTwo = 0;
            for (int i = Math.max(0, values.size() - 2); i < values.size(); i++) {
                topTwo += distribution.get(values.get(i));
            }
            return new RatingSummary(itemId, n, notRated, notApplicable, (double) sum / n, median(n),
                    (double) topTwo / n, distribution);
        }

        private double median(int n) {
            int lower = valueAt((n - 1) / 2);
            int upper = valueAt(n / 2);
            return (lower + upper) / 2.0;
        }

        private int valueAt(int index) {
            int seen = 0;
            for (Map.Entry<Integer, Integer> entry : distribution.entrySet()) {
                seen += entry.getValue();
                if (index < seen) {
                    return entry.getKey();
                }
            }
            throw new IllegalStateException("index " + index + " past " + seen + " ratings");
        }
    }

    // ----- district indicators ------------------------------------------------------------------

    /**
     * Rolls up district indicator statuses over one or more responses: per dimension and overall, with
     * the share at Full and the count of None indicators marked as a priority.
     *
     * @param district the indicators, not null
     * @param responses the responses, not empty
     * @return the result
     */
    public RollupResult summarize(DistrictIndicators district, Collection<Response> responses) {
        List<Response> checked = check(district, responses);
        Map<String, int[]> byDimension = new LinkedHashMap<>();
        int[] overall = new int[5];
        for (DistrictIndicator indicator : district.indicators()) {
            int[] counts = byDimension.computeIfAbsent(indicator.dimension().code(), code -> new int[5]);
            for (Response response : checked) {
                IndicatorAssessment assessment = ((Statuses) response.evidence()).byIndicator().get(indicator.id());
                int slot = assessment == null ? 3 : assessment.status().ordinal();
                counts[slot]++;
                overall[slot]++;
                if (assessment != null && assessment.priority()) {
                    counts[4]++;
                    overall[4]++;
                }
            }
        }
        List<StatusCounts> dimensions = new ArrayList<>();
        List<Explanation> parts = new ArrayList<>();
        byDimension.forEach((code, c) -> {
            StatusCounts counts = new StatusCounts(code, c[0], c[1], c[2], c[3], c[4]);
            dimensions.add(counts);
            parts.add(Explanation.of("Dimension " + code + ": " + describe(counts)));
        });
        StatusCounts total = new StatusCounts("overall", overall[0], overall[1], overall[2], overall[3], overall[4]);
        Explanation explanation = new Explanation(district.title().text() + ": " + describe(total), List.of(), parts);
        return new RollupResult(InstrumentRef.of(district), ids(checked), dimensions, total, explanation);
    }

    private static String describe(StatusCounts counts) {
        String share = counts.shareFull() == null ? "no indicator assessed"
                : percent(counts.shareFull()) + " of " + counts.assessed() + " assessed at Full";
        return share + " (None " + counts.none() + ", Limited " + counts.limited() + ", Full " + counts.full()
                + ", not assessed " + counts.notAssessed() + "; " + counts.priorities() + " None marked priority)";
    }

    // ----- checklists ---------------------------------------------------------------------------

    /**
     * Counts checklist answers over one or more responses, per group and overall; not applicable is
     * left out of the observed share.
     *
     * @param checklist the checklist, not null
     * @param responses the responses, not empty
     * @return the result
     */
    public ChecklistResult summarize(Checklist checklist, Collection<Response> responses) {
        List<Response> checked = check(checklist, responses);
        List<ChecklistCounts> groups = new ArrayList<>();
        List<Explanation> parts = new ArrayList<>();
        int[] overall = new int[4];
        for (ChecklistGroup group : checklist.groups()) {
            int[] counts = new int[4];
            for (ChecklistItem item : group.items()) {
                for (Response response : checked) {
                    ChecklistAnswer answer = ((ChecklistAnswers) response.evidence()).byItem().get(item.id());
                    int slot = answer == null ? 3 : answer.mark().ordinal();
                    counts[slot]++;
                    overall[slot]++;
                }
            }
            ChecklistCounts result = new ChecklistCounts(group.id(), counts[0], counts[1], counts[2], counts[3]);
            groups.add(result);
            parts.add(Explanation.of(group.title().text() + " " + describe(result)));
        }
        ChecklistCounts total = new ChecklistCounts("overall", overall[0], overall[1], overall[2], overall[3]);
        Explanation explanation = new Explanation(checklist.title().text() + ": " + describe(total), List.of(), parts);
        return new ChecklistResult(InstrumentRef.of(checklist), ids(checked), groups, total, explanation);
    }

    private static String describe(ChecklistCounts counts) {
        String share = counts.observedShare() == null ? "nothing observed or not observed"
                : percent(counts.observedShare()) + " observed";
        return share + " (observed " + counts.observed() + ", not observed " + counts.notObserved()
                + ", not applicable " + counts.notApplicable() + ", unanswered " + counts.unanswered() + ")";
    }

    // ----- shared -------------------------------------------------------------------------------

    private static List<Response> check(Instrument instrument, Collection<Response> responses) {
        Objects.requireNonNull(responses, "responses");
        if (responses.isEmpty()) {
            throw new IllegalArgumentException("responses must not be empty");
        }
        List<Problem> problems = new ArrayList<>();
        List<Response> sorted = new ArrayList<>(responses);
        sorted.sort((a, b) -> a.id().compareTo(b.id()));
        for (Response response : sorted) {
            for (Problem problem : ResponseCheck.problems(Objects.requireNonNull(response, "response"), instrument)) {
                if (sorted.size() == 1) {
                    problems.add(problem);
                } else {
                    String path = problem.path().isEmpty() ? "" : "." + problem.path();
                    problems.add(Problem.of("responses[" + response.id() + "]" + path, problem.code(),
                            problem.message()));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRubricException(sorted.size() == 1 ? "response '" + sorted.get(0).id() + "'"
                    : sorted.size() + " responses", problems);
        }
        return sorted;
    }

    private static List<String> ids(List<Response> responses) {
        return responses.stream().map(Response::id).toList();
    }

    /**
     * Returns the engine's strategies.
     */
    @Override
    public String toString() {
        return "ScoringEngine[tiePolicy=" + tiePolicy.name() + ", stagePlacement=" + stagePlacement.name() + "]";
    }
}
