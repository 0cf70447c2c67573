package org.engagementrubrics.core.scoring;

import java.util.ArrayList;
import java.util.List;
import org.engagementrubrics.core.conditions.Condition;
import org.engagementrubrics.core.conditions.ConditionsAssessment;
import org.engagementrubrics.core.conditions.Indicator;
import org.engagementrubrics.core.response.Rating;
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
    private record IndicatorItem(String id, String name) {
    }

    /** A condition's id, header and indicators. */
    private record ConditionGroup(String id, String header, List<IndicatorItem> indicators) {
    }

    private final List<Integer> scaleValues;
    private final String scaleLine;
    private final List<ConditionGroup> conditions;
    private final String title;

    RatingScorer(ConditionsAssessment assessment) {
        super(assessment);
        this.scaleValues = assessment.scale().values();
        this.scaleLine = Explanations.scaleLine(assessment.scale());
        List<ConditionGroup> groups = new ArrayList<>();
        for (Condition condition : assessment.conditions()) {
            List<IndicatorItem> indicators = new ArrayList<>();
            for (Indicator indicator : condition.indicators()) {
                indicators.add(new IndicatorItem(indicator.id(), Explanations.indicatorName(indicator.number())));
            }
            groups.add(new ConditionGroup(condition.id(),
                    Explanations.conditionHeader(condition.number(), condition.name().text()), List.copyOf(indicators)));
        }
        this.conditions = List.copyOf(groups);
        this.title = assessment.title().text();
    }

    @Override
    RatingResult summarize(InstrumentRef ref, List<Response> sorted) {
        List<ConditionSummary> summaries = new ArrayList<>();
        List<Explanation> parts = new ArrayList<>();
        RatingTally overall = new RatingTally(scaleValues);
        for (ConditionGroup condition : conditions) {
            RatingTally conditionTally = new RatingTally(scaleValues);
            List<RatingSummary> indicators = new ArrayList<>();
            List<String> evidence = new ArrayList<>();
            for (IndicatorItem indicator : condition.indicators()) {
                RatingTally tally = new RatingTally(scaleValues);
                for (Response response : sorted) {
                    Rating rating = ((Ratings) response.evidence()).byItem().get(indicator.id());
                    tally.add(rating);
                    conditionTally.add(rating);
                    overall.add(rating);
                }
                RatingSummary summary = tally.summary(indicator.id());
                indicators.add(summary);
                evidence.add(Explanations.indicator(indicator.name(), summary));
            }
            RatingSummary summary = conditionTally.summary(condition.id());
            summaries.add(new ConditionSummary(condition.id(), summary, indicators));
            parts.add(Explanations.condition(condition.header(), condition.indicators().isEmpty(), summary, evidence));
        }
        RatingSummary overallSummary = overall.summary("overall");
        return new RatingResult(ref, ids(sorted), summaries, overallSummary,
                Explanations.ratings(title, overallSummary, sorted.size(), scaleLine, parts));
    }
}
