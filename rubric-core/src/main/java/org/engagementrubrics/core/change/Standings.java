package org.engagementrubrics.core.change;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.engagementrubrics.core.scoring.ArchetypeResult;
import org.engagementrubrics.core.scoring.ChecklistCounts;
import org.engagementrubrics.core.scoring.ChecklistResult;
import org.engagementrubrics.core.scoring.ColumnTally;
import org.engagementrubrics.core.scoring.CriterionPoints;
import org.engagementrubrics.core.scoring.ConditionSummary;
import org.engagementrubrics.core.scoring.Fit;
import org.engagementrubrics.core.scoring.MatrixResult;
import org.engagementrubrics.core.scoring.PointsResult;
import org.engagementrubrics.core.scoring.RatingResult;
import org.engagementrubrics.core.scoring.RatingSummary;
import org.engagementrubrics.core.scoring.RollupResult;
import org.engagementrubrics.core.scoring.RowFit;
import org.engagementrubrics.core.scoring.ScoreResult;
import org.engagementrubrics.core.scoring.StageResult;
import org.engagementrubrics.core.scoring.StatusCounts;
import org.engagementrubrics.core.scoring.SurveyResult;

/** Reads the standing of every unit of a review from its results, in the instrument's order of units. */
final class Standings {

    /** A unit: its kind and id. */
    record Unit(UnitKind kind, String id) {
    }

    private Standings() {
    }

    static Map<Unit, Standing> of(Review review) {
        Map<Unit, Standing> standings = new LinkedHashMap<>();
        ScoreResult first = review.results().get(0);
        if (first instanceof StageResult) {
            placements(review, standings);
        } else if (Review.perResponse(first)) {
            bestFits(review, standings);
        } else if (first instanceof RatingResult rating) {
            for (ConditionSummary condition : rating.conditions()) {
                standings.put(new Unit(UnitKind.CONDITION, condition.conditionId()), mean(condition.summary()));
                for (RatingSummary indicator : condition.indicators()) {
                    standings.put(new Unit(UnitKind.INDICATOR, indicator.itemId()), mean(indicator));
                }
            }
        } else if (first instanceof RollupResult rollup) {
            for (StatusCounts counts : rollup.dimensions()) {
                Map<String, Integer> byStatus = new LinkedHashMap<>();
                byStatus.put("none", counts.none());
                byStatus.put("limited", counts.limited());
                byStatus.put("full", counts.full());
                byStatus.put("not assessed", counts.notAssessed());
                byStatus.put("priorities", counts.priorities());
                standings.put(new Unit(UnitKind.DIMENSION, counts.key()), new Standing.Counts(byStatus));
            }
        } else if (first instanceof ChecklistResult checklist) {
            for (ChecklistCounts counts : checklist.groups()) {
                Map<String, Integer> byMark = new LinkedHashMap<>();
                byMark.put("observed", counts.observed());
                byMark.put("not observed", counts.notObserved());
                byMark.put("not applicable", counts.notApplicable());
                byMark.put("unanswered", counts.unanswered());
                standings.put(new Unit(UnitKind.GROUP, counts.key()), new Standing.Counts(byMark));
            }
        } else if (first instanceof PointsResult points) {
            for (CriterionPoints criterion : points.criteria()) {
                long applicable = criterion.applicable();
                Double mean = applicable == 0 ? null : criterion.earned().doubleValue() / applicable;
                standings.put(new Unit(UnitKind.CRITERION, criterion.criterionId()),
                        new Standing.Mean(mean, Math.toIntExact(applicable)));
            }
        } else {
            for (RatingSummary statement : ((SurveyResult) first).statements()) {
                standings.put(new Unit(UnitKind.STATEMENT, statement.itemId()),
                        new Standing.Statement(statement.mean(), statement.topTwoShare(), statement.rated()));
            }
        }
        return standings;
    }

    private static Standing mean(RatingSummary summary) {
        return new Standing.Mean(summary.mean(), summary.rated());
    }

    private static void placements(Review review, Map<Unit, Standing> standings) {
        List<RowFit> layout = ((StageResult) review.results().get(0)).rows();
        for (int r = 0; r < layout.size(); r++) {
            List<Integer> positions = new ArrayList<>();
            for (ScoreResult result : review.results()) {
                RowFit row = ((StageResult) result).rows().get(r);
                row.fit().columnId().ifPresent(stage -> positions.add(rank(row.tallies(), stage)));
            }
            Double median = Consensus.median(positions);
            String rowId = layout.get(r).rowId();
            if (median == null) {
                standings.put(new Unit(UnitKind.STANDARD, rowId), new Standing.NotPlaced());
            } else {
                String stage = null;
                for (ColumnTally tally : layout.get(r).tallies()) {
                    if (tally.rank() == median) {
                        stage = tally.columnId();
                    }
                }
                standings.put(new Unit(UnitKind.STANDARD, rowId),
                        new Standing.Placed(median, stage, positions.size()));
            }
        }
    }

    private static void bestFits(Review review, Map<Unit, Standing> standings) {
        List<RowFit> layout = rows(review.results().get(0));
        for (int r = 0; r < layout.size(); r++) {
            List<String> votes = new ArrayList<>();
            for (ScoreResult result : review.results()) {
                Fit fit = rows(result).get(r).fit();
                if (fit instanceof Fit.Tie tie) {
                    votes.addAll(tie.tied());
                } else {
                    fit.columnId().ifPresent(votes::add);
                }
            }
            List<ColumnTally> tallies = layout.get(r).tallies();
            List<String> best = Consensus.modal(tallies.stream().map(ColumnTally::columnId).toList(), votes);
            Unit unit = new Unit(UnitKind.ROW, layout.get(r).rowId());
            standings.put(unit, best.isEmpty() ? new Standing.NotPlaced()
                    : new Standing.BestFit(best, best.size() == 1 ? rank(tallies, best.get(0)) : 0));
        }
    }

    private static List<RowFit> rows(ScoreResult result) {
        return result instanceof ArchetypeResult archetype ? archetype.rows() : ((MatrixResult) result).rows();
    }

    private static int rank(List<ColumnTally> tallies, String column) {
        for (ColumnTally tally : tallies) {
            if (tally.columnId().equals(column)) {
                return tally.rank();
            }
        }
        throw new ComparisonException("column '" + column + "' is not among the row's columns");
    }
}
