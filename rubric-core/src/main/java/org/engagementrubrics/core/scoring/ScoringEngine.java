package org.engagementrubrics.core.scoring;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.core.checklist.Checklist;
import org.engagementrubrics.core.conditions.ConditionsAssessment;
import org.engagementrubrics.core.district.DistrictIndicators;
import org.engagementrubrics.core.matrix.ArchetypeMatrix;
import org.engagementrubrics.core.matrix.MatrixInstrument;
import org.engagementrubrics.core.matrix.StagedRubric;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.core.points.PointsRubric;
import org.engagementrubrics.core.survey.Survey;
import org.engagementrubrics.core.validation.InvalidDataException;
import org.engagementrubrics.core.validation.RubricValidator;
import org.engagementrubrics.core.internal.Words;

/**
 * Scores responses on instruments and explains every result.
 *
 * <pre>{@code
 * ScoringEngine engine = ScoringEngine.defaults()              // ties reported, best fit by count
 *         .withTiePolicy(TiePolicies.lowerLevel());
 * ArchetypeResult result = engine.score(fourVersions, response);
 * String text = result.explanation().toText();     // plain text a teacher understands
 *
 * PreparedInstrument<ArchetypeMatrix, ArchetypeResult> prepared = engine.prepare(fourVersions);
 * ArchetypeResult same = prepared.score(response);  // validated and fingerprinted once, for many responses
 * }</pre>
 *
 * <p>What each kind yields: a staged rubric, a {@link StageResult} (each standard placed on a stage by
 * the {@link StagePlacement}); an archetype matrix, an {@link ArchetypeResult} (best fit per dimension
 * and the profile); a conditions assessment, a {@link RatingResult}; district indicators, a
 * {@link RollupResult}; a checklist, a {@link ChecklistResult}; a survey, a {@link SurveyResult}; a points rubric, a
 * {@link PointsResult}. The
 * {@code summarize} methods pool many responses for the kinds where pooling is meaningful (ratings,
 * statuses, answers, points); matrix kinds are scored one response at a time. To pool responses one at a time, or
 * in parts merged later, use the {@link Tally} of a {@linkplain #prepare(Instrument) prepared} instrument.
 *
 * <p>Every response is checked first, on its own (Bean Validation, with the engine's validator: what the
 * JSON reader refuses, the engine refuses too, so that every result can be written and read back) and
 * against its instrument; problems are thrown together in one {@link InvalidDataException}. Results are deterministic and do not depend on the order of marks,
 * ratings or responses. The {@code score}, {@code bestFit} and {@code summarize} methods score the
 * instrument they are given, valid or not, and fingerprint it on every call; {@link #prepare(Instrument)}
 * validates an instrument and fingerprints it once, for scoring many responses with equal results.
 *
 * <p>Each instrument kind has its own package-private scorer; this class holds the configuration, wraps
 * the strategies in their guards once, when they are configured, and hands each call to the scorer of the
 * instrument's kind. It is immutable and thread-safe; share one instance.
 */
public final class ScoringEngine {

    private static final ScoringEngine DEFAULTS = new ScoringEngine(new GuardedTiePolicy(TiePolicies.report()),
            new GuardedStagePlacement(StagePlacements.bestFitByCount()), null, null);

    private final GuardedTiePolicy ties;
    private final GuardedStagePlacement placement;
    /** The validator {@code prepare} uses; null for the shared one, made on first use. */
    private final RubricValidator validator;
    /** The points of staged results; null for results without points. */
    private final GuardedStagePoints points;

    private ScoringEngine(GuardedTiePolicy ties, GuardedStagePlacement placement, RubricValidator validator,
            GuardedStagePoints points) {
        this.ties = ties;
        this.placement = placement;
        this.validator = validator;
        this.points = points;
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
        return tiePolicy == ties.policy() ? this : new ScoringEngine(new GuardedTiePolicy(tiePolicy), placement, validator,
                points);
    }

    /**
     * Returns a copy with another stage placement.
     *
     * @param stagePlacement the placement, not null
     * @return an engine with the placement, {@code this} if the same
     */
    public ScoringEngine withStagePlacement(StagePlacement stagePlacement) {
        Objects.requireNonNull(stagePlacement, "stagePlacement");
        return stagePlacement == placement.placement() ? this
                : new ScoringEngine(ties, new GuardedStagePlacement(stagePlacement), validator, points);
    }

    /**
     * Returns a copy that validates instruments with another validator when it {@linkplain #prepare(Instrument)
     * prepares} them, and every response it scores, such as one built on the embedder's own Bean Validation
     * validator. Without one, the
     * engine uses a validator of its own, shared by every engine and created on first use.
     *
     * @param validator the validator, not null
     * @return an engine with the validator, {@code this} if the same
     */
    public ScoringEngine withValidator(RubricValidator validator) {
        Objects.requireNonNull(validator, "validator");
        return validator == this.validator ? this : new ScoringEngine(ties, placement, validator, points);
    }

    /**
     * Returns a copy that also gives staged results points, with the best-fit placement kept beside them.
     *
     * <pre>{@code
     * ScoringEngine engine = ScoringEngine.defaults().withStagePoints(scheme);
     * }</pre>
     *
     * @param stagePoints the points strategy, such as a {@link StagePointsScheme}, not null
     * @return an engine with the strategy, {@code this} if the same
     */
    public ScoringEngine withStagePoints(StagePoints stagePoints) {
        Objects.requireNonNull(stagePoints, "stagePoints");
        return points != null && stagePoints == points.points() ? this
                : new ScoringEngine(ties, placement, validator, new GuardedStagePoints(stagePoints));
    }

    /**
     * Returns a copy whose staged results have no points, as the default engine's.
     *
     * @return an engine without a points strategy, {@code this} if it has none
     */
    public ScoringEngine withoutStagePoints() {
        return points == null ? this : new ScoringEngine(ties, placement, validator, null);
    }

    /**
     * Returns the points strategy of staged results, if any.
     *
     * @return the strategy, empty for results without points (the default)
     */
    public Optional<StagePoints> stagePoints() {
        return points == null ? Optional.empty() : Optional.of(points.points());
    }

    /**
     * Returns the tie policy.
     *
     * @return the tie policy
     */
    public TiePolicy tiePolicy() {
        return ties.policy();
    }

    /**
     * Returns the stage placement.
     *
     * @return the stage placement
     */
    public StagePlacement stagePlacement() {
        return placement.placement();
    }

    /** Returns the guarded tie policy, made once when the policy was configured. */
    GuardedTiePolicy tieGuard() {
        return ties;
    }

    /** Returns the guarded stage placement, made once when the placement was configured. */
    GuardedStagePlacement placementGuard() {
        return placement;
    }

    // ----- prepared instruments -----------------------------------------------------------------

    /**
     * Prepares an instrument of any kind for scoring many responses: validates it, fingerprints it and
     * gathers its lookups, once.
     *
     * @param instrument the instrument, not null
     * @return the prepared instrument, whose results are those of the instrument's kind
     * @throws InvalidDataException with every problem, if the instrument is not valid
     */
    public PreparedInstrument<Instrument, ScoreResult> prepare(Instrument instrument) {
        return new PreparedInstrument<>(scorer(valid(instrument, "instrument")), validator());
    }

    /**
     * Prepares a staged rubric; see {@link #prepare(Instrument)}.
     *
     * @param rubric the rubric, not null
     * @return the prepared rubric
     * @throws InvalidDataException with every problem, if the rubric is not valid
     */
    public PreparedInstrument<StagedRubric, StageResult> prepare(StagedRubric rubric) {
        return new PreparedInstrument<>(new StageScorer(valid(rubric, "rubric"), placement, ties, points), validator());
    }

    /**
     * Prepares an archetype matrix; see {@link #prepare(Instrument)}.
     *
     * @param matrix the matrix, not null
     * @return the prepared matrix
     * @throws InvalidDataException with every problem, if the matrix is not valid
     */
    public PreparedInstrument<ArchetypeMatrix, ArchetypeResult> prepare(ArchetypeMatrix matrix) {
        return new PreparedInstrument<>(new ArchetypeScorer(valid(matrix, "matrix"), ties), validator());
    }

    /**
     * Prepares a conditions assessment; see {@link #prepare(Instrument)}.
     *
     * @param assessment the assessment, not null
     * @return the prepared assessment
     * @throws InvalidDataException with every problem, if the assessment is not valid
     */
    public PreparedInstrument<ConditionsAssessment, RatingResult> prepare(ConditionsAssessment assessment) {
        return new PreparedInstrument<>(new RatingScorer(valid(assessment, "assessment")), validator());
    }

    /**
     * Prepares district indicators; see {@link #prepare(Instrument)}.
     *
     * @param district the indicators, not null
     * @return the prepared indicators
     * @throws InvalidDataException with every problem, if the indicators are not valid
     */
    public PreparedInstrument<DistrictIndicators, RollupResult> prepare(DistrictIndicators district) {
        return new PreparedInstrument<>(new RollupScorer(valid(district, "district")), validator());
    }

    /**
     * Prepares a checklist; see {@link #prepare(Instrument)}.
     *
     * @param checklist the checklist, not null
     * @return the prepared checklist
     * @throws InvalidDataException with every problem, if the checklist is not valid
     */
    public PreparedInstrument<Checklist, ChecklistResult> prepare(Checklist checklist) {
        return new PreparedInstrument<>(new ChecklistScorer(valid(checklist, "checklist")), validator());
    }

    /**
     * Prepares a survey; see {@link #prepare(Instrument)}.
     *
     * @param survey the survey, not null
     * @return the prepared survey
     * @throws InvalidDataException with every problem, if the survey is not valid
     */
    public PreparedInstrument<Survey, SurveyResult> prepare(Survey survey) {
        return new PreparedInstrument<>(new SurveyScorer(valid(survey, "survey")), validator());
    }

    /**
     * Prepares a points rubric; see {@link #prepare(Instrument)}.
     *
     * @param rubric the points rubric, not null
     * @return the prepared rubric
     * @throws InvalidDataException with every problem, if the rubric is not valid
     */
    public PreparedInstrument<PointsRubric, PointsResult> prepare(PointsRubric rubric) {
        return new PreparedInstrument<>(new PointsScorer(valid(rubric, "rubric")), validator());
    }

    private <T extends Instrument> T valid(T instrument, String name) {
        Objects.requireNonNull(instrument, name);
        return validator().requireValid(instrument);
    }

    /** The configured validator, else the shared one. */
    private RubricValidator validator() {
        return validator == null ? SharedValidator.INSTANCE : validator;
    }

    /** Holds the validator shared by engines configured without one; created when first needed. */
    private static final class SharedValidator {
        static final RubricValidator INSTANCE = RubricValidator.create();
    }

    /** Makes the scorer of an instrument's kind, without validating or fingerprinting it. */
    private InstrumentScorer<? extends Instrument, ? extends ScoreResult> scorer(Instrument instrument) {
        if (instrument instanceof StagedRubric rubric) {
            return new StageScorer(rubric, placement, ties, points);
        } else if (instrument instanceof ArchetypeMatrix matrix) {
            return new ArchetypeScorer(matrix, ties);
        } else if (instrument instanceof ConditionsAssessment assessment) {
            return new RatingScorer(assessment);
        } else if (instrument instanceof DistrictIndicators district) {
            return new RollupScorer(district);
        } else if (instrument instanceof Checklist checklist) {
            return new ChecklistScorer(checklist);
        } else if (instrument instanceof PointsRubric rubric) {
            return new PointsScorer(rubric);
        }
        return new SurveyScorer((Survey) instrument);
    }

    // ----- scoring without preparing ------------------------------------------------------------

    /**
     * Scores one response on any instrument, choosing the result kind from the instrument kind.
     *
     * @param instrument the instrument, not null
     * @param response the response, not null
     * @return the result
     * @throws InvalidDataException if the response does not fit the instrument
     * @throws ScoringException if a strategy fails
     */
    public ScoreResult score(Instrument instrument, Response response) {
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(response, "response");
        return scoreOne(scorer(instrument), response);
    }

    /**
     * Pools many responses on an instrument whose evidence can be pooled: a conditions assessment,
     * district indicators, a checklist, a survey or a points rubric.
     *
     * @param instrument the instrument, not null
     * @param responses the responses, not null, not empty
     * @return the result
     * @throws IllegalArgumentException if the instrument is a matrix, or there are no responses
     * @throws InvalidDataException if a response does not fit the instrument
     */
    public ScoreResult summarize(Instrument instrument, Collection<Response> responses) {
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(responses, "responses");
        if (instrument instanceof MatrixInstrument) {
            throw new IllegalArgumentException(Words.withArticle(instrument.kind().kindName())
                    + " is scored one response at a time; call score(instrument, response) for each");
        }
        return pooled(scorer(instrument), responses);
    }

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
        Objects.requireNonNull(matrix, "matrix");
        Objects.requireNonNull(response, "response");
        return scoreOne(new BestFitScorer(matrix, ties), response);
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
        Objects.requireNonNull(matrix, "matrix");
        Objects.requireNonNull(response, "response");
        return scoreOne(new ArchetypeScorer(matrix, ties), response);
    }

    /**
     * Scores a staged rubric: every standard placed on a stage by the engine's {@link StagePlacement},
     * ties decided by its {@link TiePolicy}, and given points by its {@link StagePoints}, if it has one.
     *
     * @param rubric the rubric, not null
     * @param response the response with marked statements, not null
     * @return the result
     */
    public StageResult score(StagedRubric rubric, Response response) {
        Objects.requireNonNull(rubric, "rubric");
        Objects.requireNonNull(response, "response");
        return scoreOne(new StageScorer(rubric, placement, ties, points), response);
    }

    /**
     * Summarizes the ratings of a conditions assessment over one or more responses: per indicator, per
     * condition and overall.
     *
     * @param assessment the assessment, not null
     * @param responses the responses, not empty
     * @return the result
     */
    public RatingResult summarize(ConditionsAssessment assessment, Collection<Response> responses) {
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(responses, "responses");
        return pooled(new RatingScorer(assessment), responses);
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
        Objects.requireNonNull(survey, "survey");
        Objects.requireNonNull(responses, "responses");
        return pooled(new SurveyScorer(survey), responses);
    }

    /**
     * Rolls up district indicator statuses over one or more responses: per dimension and overall, with
     * the share at Full and the count of None indicators marked as a priority.
     *
     * @param district the indicators, not null
     * @param responses the responses, not empty
     * @return the result
     */
    public RollupResult summarize(DistrictIndicators district, Collection<Response> responses) {
        Objects.requireNonNull(district, "district");
        Objects.requireNonNull(responses, "responses");
        return pooled(new RollupScorer(district), responses);
    }

    /**
     * Counts checklist answers over one or more responses, per group and overall; not applicable is
     * left out of the observed share.
     *
     * @param checklist the checklist, not null
     * @param responses the responses, not empty
     * @return the result
     */
    public ChecklistResult summarize(Checklist checklist, Collection<Response> responses) {
        Objects.requireNonNull(checklist, "checklist");
        Objects.requireNonNull(responses, "responses");
        return pooled(new ChecklistScorer(checklist), responses);
    }

    /** Checks one response, then fingerprints the instrument (once) and scores. */
    private <R extends ScoreResult> R scoreOne(InstrumentScorer<?, ? extends R> scorer, Response response) {
        Response checked = scorer.checked(List.of(response), validator()).get(0);
        InstrumentRef ref = InstrumentRef.of(scorer.instrument());
        return scorer.score(ref, checked);
    }

    /** Fingerprints the instrument (once), then checks the responses and pools them in a tally. */
    private <I extends Instrument, R extends ScoreResult> R pooled(InstrumentScorer<I, R> scorer,
            Collection<Response> responses) {
        return new PreparedInstrument<I, R>(scorer, validator()).summarize(responses);
    }

    /**
     * Returns the engine's strategies.
     */
    @Override
    public String toString() {
        return "ScoringEngine[tiePolicy=" + ties.name() + ", stagePlacement=" + placement.name()
                + (points == null ? "" : ", stagePoints=" + points.name()) + "]";
    }
}
