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
    private record StatementItem(String id, String quoted) {
    }

    private final List<Integer> scaleValues;
    private final String scaleLine;
    private final List<StatementItem> statements;
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
        this.title = survey.title().text();
    }

    @Override
    SurveyResult summarize(InstrumentRef ref, List<Response> sorted) {
        List<RatingSummary> summaries = new ArrayList<>();
        List<Explanation> parts = new ArrayList<>();
        for (StatementItem statement : statements) {
            RatingTally tally = new RatingTally(scaleValues);
            for (Response response : sorted) {
                tally.add(((Ratings) response.evidence()).byItem().get(statement.id()));
            }
            RatingSummary summary = tally.summary(statement.id());
            summaries.add(summary);
            parts.add(Explanations.surveyStatement(statement.quoted(), summary));
        }
        return new SurveyResult(ref, ids(sorted), summaries,
                Explanations.survey(title, summaries.size(), sorted.size(), scaleLine, parts));
    }
}
