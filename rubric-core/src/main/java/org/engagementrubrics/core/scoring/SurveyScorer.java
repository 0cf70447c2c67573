package org.engagementrubrics.core.scoring;

import java.util.ArrayList;
import java.util.List;
import org.engagementrubrics.core.matrix.Statement;
import org.engagementrubrics.core.response.Ratings;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.core.survey.Survey;

/**
 * Summarizes a survey over its responses: per statement, n, distribution, mean, median and the share in
 * the top two answers, with not applicable left out of every denominator.
 *
 * <p>This class is immutable and thread-safe.
 */
final class SurveyScorer extends InstrumentScorer.Pooled<Survey, SurveyResult> {

    /** A statement's id and its quoted text in explanations. */
    private record StatementItem(String id, Message quoted) {
    }

    private final List<Integer> scaleValues;
    private final Message scaleLine;
    private final List<StatementItem> statements;
    private final List<String> statementIds;
    private final String title;

    SurveyScorer(Survey survey) {
        super(survey);
        this.scaleValues = survey.scale().values();
        this.scaleLine = Explanations.scaleLine(survey.scale());
        List<StatementItem> items = new ArrayList<>();
        for (Statement statement : survey.statements()) {
            items.add(new StatementItem(statement.id(), Explanations.quoted(statement.text().text())));
        }
        this.statements = List.copyOf(items);
        this.statementIds = statements.stream().map(StatementItem::id).toList();
        this.title = survey.title().text();
    }

    @Override
    Accumulator<SurveyResult> accumulator() {
        return new Counts();
    }

    /** The ratings of each statement. */
    private final class Counts extends Accumulator<SurveyResult> {

        private final List<RatingTally> byStatement = new ArrayList<>();

        Counts() {
            super(1);
            statements.forEach(statement -> byStatement.add(new RatingTally(scaleValues)));
        }

        @Override
        void count(Response response) {
            Ratings ratings = (Ratings) response.evidence();
            for (int i = 0; i < statementIds.size(); i++) {
                byStatement.get(i).add(ratings.byItem().get(statementIds.get(i)));
            }
        }

        @Override
        void countPlaces(int[] places) {
            for (int i = 0; i < places.length; i++) {
                byStatement.get(i).addPlace(places[i]);
            }
        }

        @Override
        void mergeCounts(Accumulator<?> other) {
            List<RatingTally> others = ((Counts) other).byStatement;
            for (int i = 0; i < byStatement.size(); i++) {
                byStatement.get(i).add(others.get(i));
            }
        }

        @Override
        void check(TallyState state) {
            List<RatingCounts> counts = requireKind(state, SurveyTallyState.class, "survey").statements();
            requireKeys("statements", counts.stream().map(RatingCounts::itemId).toList(), statementIds);
            counts.forEach(one -> RatingTally.of(one, scaleValues));
        }

        @Override
        void restoreCounts(TallyState state) {
            List<RatingCounts> counts = ((SurveyTallyState) state).statements();
            for (int i = 0; i < byStatement.size(); i++) {
                byStatement.get(i).add(RatingTally.of(counts.get(i), scaleValues));
            }
        }

        @Override
        TallyState state(InstrumentRef ref) {
            List<RatingCounts> counts = new ArrayList<>(byStatement.size());
            for (int i = 0; i < byStatement.size(); i++) {
                counts.add(byStatement.get(i).counts(statementIds.get(i)));
            }
            return new SurveyTallyState(ref, pool(), counts);
        }

        @Override
        SurveyResult result(InstrumentRef ref) {
            List<RatingSummary> summaries = new ArrayList<>();
            for (int i = 0; i < statements.size(); i++) {
                summaries.add(byStatement.get(i).summary(statements.get(i).id()));
            }
            ResponsePool responses = pool();
            return new SurveyResult(ref, responses, summaries, explain(summaries, responses.count()));
        }
    }

    @Override
    SurveyResult explained(ScoreResult result, String tiePolicy) {
        SurveyResult survey = requireResult(result, SurveyResult.class);
        requireParts("statements", survey.statements().stream().map(RatingSummary::itemId).toList(), statementIds);
        return new SurveyResult(survey.instrument(), survey.responses(), survey.statements(),
                explain(survey.statements(), survey.responseCount()));
    }

    private Explanation explain(List<RatingSummary> summaries, long responses) {
        List<Explanation> parts = new ArrayList<>(statements.size());
        for (int i = 0; i < statements.size(); i++) {
            parts.add(Explanations.surveyStatement(statements.get(i).quoted(), summaries.get(i)));
        }
        return Explanations.survey(title, summaries.size(), responses, scaleLine, parts);
    }
}
