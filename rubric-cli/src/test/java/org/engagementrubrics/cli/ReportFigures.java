package org.engagementrubrics.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.engagementrubrics.core.RatingScale;
import org.engagementrubrics.core.ScalePoint;
import org.engagementrubrics.core.agreement.AgreementResult;
import org.engagementrubrics.core.change.Movement;
import org.engagementrubrics.core.change.Step;
import org.engagementrubrics.core.change.UnitChange;
import org.engagementrubrics.core.conditions.ConditionsAssessment;
import org.engagementrubrics.core.coverage.CoverageResult;
import org.engagementrubrics.core.coverage.Figures;
import org.engagementrubrics.core.coverage.GroupCoverage;
import org.engagementrubrics.core.coverage.PeriodCoverage;
import org.engagementrubrics.core.matrix.MatrixColumn;
import org.engagementrubrics.core.matrix.MatrixInstrument;
import org.engagementrubrics.core.privacy.SmallCellRule;
import org.engagementrubrics.core.raters.AgreementFigures;
import org.engagementrubrics.core.raters.AlphaReport;
import org.engagementrubrics.core.report.Audience;
import org.engagementrubrics.core.report.ReportSection;
import org.engagementrubrics.core.scoring.ArchetypeResult;
import org.engagementrubrics.core.scoring.ChecklistCounts;
import org.engagementrubrics.core.scoring.ChecklistResult;
import org.engagementrubrics.core.scoring.ColumnTally;
import org.engagementrubrics.core.scoring.ConditionSummary;
import org.engagementrubrics.core.scoring.MatrixResult;
import org.engagementrubrics.core.scoring.RatingResult;
import org.engagementrubrics.core.scoring.RatingSummary;
import org.engagementrubrics.core.scoring.RollupResult;
import org.engagementrubrics.core.scoring.RowFit;
import org.engagementrubrics.core.scoring.ScoreResult;
import org.engagementrubrics.core.scoring.StageResult;
import org.engagementrubrics.core.scoring.StatusCounts;
import org.engagementrubrics.core.scoring.SurveyResult;
import org.engagementrubrics.core.survey.Survey;

/**
 * The figures a report must show for a section, worked out from the result alone: for every data-table row in
 * document order, the {@code data-value} of each cell (null where a cell has none), as a browser reads them.
 */
final class ReportFigures {

    private ReportFigures() {
    }

    static List<List<String>> expected(ReportSection section, Audience audience) {
        List<List<String>> rows = new ArrayList<>();
        boolean team = audience == Audience.TEAM;
        if (section instanceof ReportSection.Scored scored) {
            scored(rows, scored, team);
        } else if (section instanceof ReportSection.Coverage coverage) {
            coverage(rows, coverage.result());
        } else if (section instanceof ReportSection.Agreement agreement) {
            if (team) {
                AgreementFigures overall = agreement.report().overall();
                List<AgreementResult> results = new ArrayList<>(overall.alphas().stream().map(AlphaReport::alpha)
                        .toList());
                results.add(overall.fleissKappa());
                for (AgreementResult result : results) {
                    rows.add(Arrays.asList(result instanceof AgreementResult.Estimate estimate
                            ? number(estimate.value()) : null, number(result.units()), number(result.raters())));
                }
            }
        } else if (section instanceof ReportSection.Change change) {
            Step overall = change.comparison().overall();
            for (Movement movement : Movement.values()) {
                if (overall.count(movement) > 0) {
                    rows.add(Arrays.asList(number(overall.count(movement))));
                }
            }
            if (team) {
                for (UnitChange unit : overall.changes()) {
                    rows.add(unit.withheld() != null ? Arrays.asList(null, "withheld", "withheld")
                            : Arrays.asList(null, null, null));
                }
            }
        }
        return rows;
    }

    private static void scored(List<List<String>> rows, ReportSection.Scored scored, boolean team) {
        ScoreResult result = scored.result();
        if (result instanceof ArchetypeResult archetype) {
            grid(rows, (MatrixInstrument) scored.instrument(), archetype.rows());
        } else if (result instanceof MatrixResult matrix) {
            grid(rows, (MatrixInstrument) scored.instrument(), matrix.rows());
        } else if (result instanceof StageResult stage) {
            grid(rows, (MatrixInstrument) scored.instrument(), stage.rows());
        } else if (result instanceof RatingResult rating) {
            RatingScale scale = ((ConditionsAssessment) scored.instrument()).scale();
            for (ConditionSummary condition : rating.conditions()) {
                List<String> row = new ArrayList<>(Arrays.asList(number(condition.summary().rated()),
                        number(condition.summary().mean())));
                distribution(row, condition.summary(), scale);
                rows.add(row);
            }
        } else if (result instanceof SurveyResult survey) {
            SmallCellRule rule = SmallCellRule.defaults();
            if (!team && rule.isSmall(survey.responseCount())) {
                return;
            }
            for (RatingSummary statement : survey.statements()) {
                List<String> row = new ArrayList<>();
                if (!team && rule.isSmall(statement.rated())) {
                    row.addAll(List.of("withheld", "withheld"));
                } else {
                    row.addAll(Arrays.asList(number(statement.rated()), number(statement.topTwoShare())));
                }
                if (team) {
                    distribution(row, statement, ((Survey) scored.instrument()).scale());
                }
                rows.add(row);
            }
        } else if (result instanceof ChecklistResult checklist) {
            for (ChecklistCounts counts : checklist.groups()) {
                rows.add(Arrays.asList(number(counts.observed()), number(counts.notObserved()),
                        number(counts.notApplicable()), number(counts.observedShare())));
            }
        } else if (result instanceof RollupResult rollup) {
            for (StatusCounts counts : rollup.dimensions()) {
                rows.add(Arrays.asList(number(counts.none()), number(counts.limited()), number(counts.full()),
                        number(counts.shareFull())));
            }
        } else if (result instanceof org.engagementrubrics.core.scoring.PointsResult points) {
            for (org.engagementrubrics.core.scoring.CriterionPoints criterion : points.criteria()) {
                rows.add(Arrays.asList(number(criterion.rated()), number(criterion.notRated()),
                        number(criterion.notApplicable()), number(criterion.earned()), number(criterion.possible()),
                        number(criterion.weight()), criterion.possible().signum() == 0 ? null
                                : number(criterion.earned().doubleValue() / criterion.possible().doubleValue())));
            }
        }
    }

    private static void grid(List<List<String>> rows, MatrixInstrument instrument, List<RowFit> fits) {
        for (RowFit fit : fits) {
            List<String> row = new ArrayList<>();
            for (MatrixColumn column : instrument.columns()) {
                row.add(fit.tallies().stream().filter(t -> t.columnId().equals(column.id())).findFirst()
                        .map(ColumnTally::marked).map(ReportFigures::number).orElse(null));
            }
            row.add(fit.fit().columnId().orElse(""));
            rows.add(row);
        }
    }

    private static void distribution(List<String> row, RatingSummary summary, RatingScale scale) {
        for (ScalePoint point : scale.points()) {
            row.add(number(summary.distribution().getOrDefault(point.value(), 0)));
        }
    }

    private static void coverage(List<List<String>> rows, CoverageResult result) {
        if (result.periods().isEmpty()) {
            return;
        }
        List<String> all = new ArrayList<>();
        result.periods().forEach(period -> all.add(figure(period.allFamilies())));
        rows.add(all);
        PeriodCoverage latest = result.periods().get(result.periods().size() - 1);
        for (GroupCoverage group : latest.groups()) {
            List<String> row = new ArrayList<>();
            result.periods().forEach(period -> row.add(figure(period.group(group.groupId()).figures())));
            rows.add(row);
        }
    }

    private static String figure(Figures figures) {
        if (figures instanceof Figures.Shown shown) {
            return number(shown.share());
        }
        return figures instanceof Figures.Withheld ? "withheld" : null;
    }

    /**
     * A points rubric's pooled result (the test kit's "Family conference" rubric): a level, points in a range,
     * free-form points, a not-rated and a not-applicable criterion over two responses.
     */
    static ReportSection pointsSection() {
        org.engagementrubrics.core.points.PointsRubric rubric = org.engagementrubrics.testkit.Fixtures.pointsRubric();
        java.util.List<org.engagementrubrics.core.response.Response> responses = java.util.List.of(
                org.engagementrubrics.core.response.Response.of("r-points", rubric.id(), "team-a", "school-12",
                        org.engagementrubrics.testkit.Fixtures.WHEN,
                        org.engagementrubrics.core.response.CriterionRatings.of(java.util.Map.of(
                                "welcome", org.engagementrubrics.core.response.CriterionRating.level("warm"),
                                "listening", org.engagementrubrics.core.response.CriterionRating.points(
                                        new BigDecimal("3.25")),
                                "notes", org.engagementrubrics.core.response.CriterionRating.points(new BigDecimal("2.5")),
                                "translation", org.engagementrubrics.core.response.CriterionRating.notApplicable()))),
                org.engagementrubrics.core.response.Response.of("r-points-2", rubric.id(), "team-b", "school-12",
                        org.engagementrubrics.testkit.Fixtures.WHEN,
                        org.engagementrubrics.core.response.CriterionRatings.of(java.util.Map.of(
                                "listening", org.engagementrubrics.core.response.CriterionRating.level("partial"),
                                "notes", org.engagementrubrics.core.response.CriterionRating.notRated(),
                                "translation", org.engagementrubrics.core.response.CriterionRating.level("yes")))));
        return new ReportSection.Scored(rubric,
                org.engagementrubrics.core.scoring.ScoringEngine.defaults().summarize(rubric, responses));
    }

    static String number(Number value) {
        if (value == null) {
            return null;
        }
        double number = value.doubleValue();
        if (number == Math.rint(number)) {
            return Long.toString((long) number);
        }
        return new BigDecimal(number).setScale(4, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }
}
