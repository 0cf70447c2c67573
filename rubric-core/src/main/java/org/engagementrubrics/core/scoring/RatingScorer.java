package org.engagementrubrics.core.scoring;

import java.util.ArrayList;
import java.util.List;
import org.engagementrubrics.core.conditions.Condition;
import org.engagementrubrics.core.conditions.ConditionsAssessment;
import org.engagementrubrics.core.conditions.Indicator;
import org.engagementrubrics.core.response.Ratings;
import org.engagementrubrics.core.response.Response;

/**
 * Summarizes the ratings of a conditions assessment over one or more responses: per indicator, per
 * condition and overall.
 *
 * <p>This class is immutable and thread-safe.
 */
final class RatingScorer extends InstrumentScorer.Pooled<ConditionsAssessment, RatingResult> {

    /** An indicator's id and its name in explanations. */
    private record IndicatorItem(String id, Message name) {
    }

    /** A condition's id, header and indicators. */
    private record ConditionGroup(String id, Message header, List<IndicatorItem> indicators) {
    }

    private final List<Integer> scaleValues;
    private final Message scaleLine;
    private final List<ConditionGroup> conditions;
    /** Every indicator id, condition by condition: the order of a tally's counts. */
    private final List<String> indicatorIds;
    private final String title;

    RatingScorer(ConditionsAssessment assessment) {
        super(assessment);
        this.scaleValues = assessment.scale().values();
        this.scaleLine = Explanations.scaleLine(assessment.scale());
        List<ConditionGroup> groups = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (Condition condition : assessment.conditions()) {
            List<IndicatorItem> indicators = new ArrayList<>();
            for (Indicator indicator : condition.indicators()) {
                indicators.add(new IndicatorItem(indicator.id(), Explanations.indicatorName(indicator.number())));
                ids.add(indicator.id());
            }
            groups.add(new ConditionGroup(condition.id(),
                    Explanations.conditionHeader(condition.number(), condition.name().text()), List.copyOf(indicators)));
        }
        this.conditions = List.copyOf(groups);
        this.indicatorIds = List.copyOf(ids);
        this.title = assessment.title().text();
    }

    @Override
    Accumulator<RatingResult> accumulator() {
        return new Counts();
    }

    /** The ratings of each indicator; a condition's and the overall counts are their sums. */
    private final class Counts extends Accumulator<RatingResult> {

        private final List<RatingTally> byIndicator = new ArrayList<>();

        Counts() {
            super(1);
            indicatorIds.forEach(id -> byIndicator.add(new RatingTally(scaleValues)));
        }

        @Override
        void count(Response response) {
            Ratings ratings = (Ratings) response.evidence();
            for (int i = 0; i < indicatorIds.size(); i++) {
                byIndicator.get(i).add(ratings.byItem().get(indicatorIds.get(i)));
            }
        }

        @Override
        void mergeCounts(Accumulator<?> other) {
            List<RatingTally> others = ((Counts) other).byIndicator;
            for (int i = 0; i < byIndicator.size(); i++) {
                byIndicator.get(i).add(others.get(i));
            }
        }

        @Override
        void check(TallyState state) {
            List<RatingCounts> counts = requireKind(state, RatingTallyState.class, "conditions assessment").indicators();
            requireKeys("indicators", counts.stream().map(RatingCounts::itemId).toList(), indicatorIds);
            counts.forEach(one -> RatingTally.of(one, scaleValues));
        }

        @Override
        void restoreCounts(TallyState state) {
            List<RatingCounts> counts = ((RatingTallyState) state).indicators();
            for (int i = 0; i < byIndicator.size(); i++) {
                byIndicator.get(i).add(RatingTally.of(counts.get(i), scaleValues));
            }
        }

        @Override
        TallyState state(InstrumentRef ref) {
            List<RatingCounts> counts = new ArrayList<>(byIndicator.size());
            for (int i = 0; i < byIndicator.size(); i++) {
                counts.add(byIndicator.get(i).counts(indicatorIds.get(i)));
            }
            return new RatingTallyState(ref, pool(), counts);
        }

        @Override
        RatingResult result(InstrumentRef ref) {
            List<ConditionSummary> summaries = new ArrayList<>();
            RatingTally overall = new RatingTally(scaleValues);
            int next = 0;
            for (ConditionGroup condition : conditions) {
                RatingTally conditionTally = new RatingTally(scaleValues);
                List<RatingSummary> indicators = new ArrayList<>();
                for (IndicatorItem indicator : condition.indicators()) {
                    RatingTally tally = byIndicator.get(next++);
                    conditionTally.add(tally);
                    overall.add(tally);
                    RatingSummary summary = tally.summary(indicator.id());
                    indicators.add(summary);
                }
                summaries.add(new ConditionSummary(condition.id(), conditionTally.summary(condition.id()), indicators));
            }
            RatingSummary overallSummary = overall.summary("overall");
            ResponsePool responses = pool();
            return new RatingResult(ref, responses, summaries, overallSummary,
                    explain(summaries, overallSummary, responses.count()));
        }
    }

    @Override
    RatingResult explained(ScoreResult result, String tiePolicy) {
        RatingResult rating = requireResult(result, RatingResult.class);
        requireParts("conditions", rating.conditions().stream().map(ConditionSummary::conditionId).toList(),
                conditions.stream().map(ConditionGroup::id).toList());
        for (int i = 0; i < conditions.size(); i++) {
            requireParts("indicators", rating.conditions().get(i).indicators().stream().map(RatingSummary::itemId)
                    .toList(), conditions.get(i).indicators().stream().map(IndicatorItem::id).toList());
        }
        return new RatingResult(rating.instrument(), rating.responses(), rating.conditions(), rating.overall(),
                explain(rating.conditions(), rating.overall(), rating.responseCount()));
    }

    /** Explains the summaries of each condition, in the instrument's order, and overall. */
    private Explanation explain(List<ConditionSummary> summaries, RatingSummary overall, long responses) {
        List<Explanation> parts = new ArrayList<>(conditions.size());
        for (int i = 0; i < conditions.size(); i++) {
            ConditionGroup condition = conditions.get(i);
            ConditionSummary summary = summaries.get(i);
            List<Message> evidence = new ArrayList<>(condition.indicators().size());
            for (int j = 0; j < condition.indicators().size(); j++) {
                evidence.add(Explanations.indicator(condition.indicators().get(j).name(), summary.indicators().get(j)));
            }
            parts.add(Explanations.condition(condition.header(), condition.indicators().isEmpty(), summary.summary(),
                    evidence));
        }
        return Explanations.ratings(title, overall, responses, scaleLine, parts);
    }
}
