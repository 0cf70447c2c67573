package org.engagementrubrics.core.scoring;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.engagementrubrics.core.district.DistrictIndicator;
import org.engagementrubrics.core.district.DistrictIndicators;
import org.engagementrubrics.core.district.ImplementationStatus;
import org.engagementrubrics.core.response.IndicatorAssessment;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.core.response.Statuses;

/**
 * Rolls up district indicator statuses over one or more responses: per dimension (in order of first
 * appearance) and overall, with the share at Full and the count of None indicators marked as a priority.
 *
 * <p>This class is immutable and thread-safe.
 */
final class RollupScorer extends InstrumentScorer.Pooled<DistrictIndicators, RollupResult> {

    /** The indicator ids of each dimension code, dimensions in order of first appearance. */
    private final Map<String, List<String>> indicatorIdsByDimension;
    private final List<String> dimensionCodes;
    private final int largestDimension;
    private final String title;

    RollupScorer(DistrictIndicators district) {
        super(district);
        Map<String, List<String>> byDimension = new LinkedHashMap<>();
        for (DistrictIndicator indicator : district.indicators()) {
            byDimension.computeIfAbsent(indicator.dimension().code(), code -> new ArrayList<>()).add(indicator.id());
        }
        Map<String, List<String>> copy = new LinkedHashMap<>();
        byDimension.forEach((code, ids) -> copy.put(code, List.copyOf(ids)));
        this.indicatorIdsByDimension = Collections.unmodifiableMap(copy);
        this.dimensionCodes = List.copyOf(copy.keySet());
        this.largestDimension = copy.values().stream().mapToInt(List::size).max().orElse(0);
        this.title = district.title().text();
    }

    @Override
    Accumulator<RollupResult> accumulator() {
        return new Counts();
    }

    /** The statuses counted per dimension; the overall counts are their sum. */
    private final class Counts extends Accumulator<RollupResult> {

        private final List<StatusTally> byDimension = new ArrayList<>();

        Counts() {
            super(largestDimension);
            dimensionCodes.forEach(code -> byDimension.add(new StatusTally()));
        }

        @Override
        void count(Response response) {
            Map<String, IndicatorAssessment> assessments = ((Statuses) response.evidence()).byIndicator();
            for (int i = 0; i < dimensionCodes.size(); i++) {
                for (String indicatorId : indicatorIdsByDimension.get(dimensionCodes.get(i))) {
                    byDimension.get(i).add(assessments.get(indicatorId));
                }
            }
        }

        @Override
        void mergeCounts(Accumulator<?> other) {
            List<StatusTally> others = ((Counts) other).byDimension;
            for (int i = 0; i < byDimension.size(); i++) {
                byDimension.get(i).add(others.get(i).counts("merged"));
            }
        }

        @Override
        void check(TallyState state) {
            RollupTallyState rollup = requireKind(state, RollupTallyState.class, "district indicators");
            requireKeys("dimensions", rollup.dimensions().stream().map(StatusCounts::key).toList(), dimensionCodes);
            long responses = rollup.responses().count();
            for (StatusCounts counts : rollup.dimensions()) {
                long indicators = indicatorIdsByDimension.get(counts.key()).size();
                long found = (long) counts.assessed() + counts.notAssessed();
                if (found != responses * indicators) {
                    throw new IllegalArgumentException("the tally state counts " + found + " statuses in dimension '"
                            + counts.key() + "'; " + responses + " responses on its " + indicators
                            + " indicators give " + responses * indicators);
                }
            }
        }

        @Override
        void restoreCounts(TallyState state) {
            List<StatusCounts> counts = ((RollupTallyState) state).dimensions();
            for (int i = 0; i < byDimension.size(); i++) {
                byDimension.get(i).add(counts.get(i));
            }
        }

        @Override
        TallyState state(InstrumentRef ref) {
            List<StatusCounts> counts = new ArrayList<>(byDimension.size());
            for (int i = 0; i < byDimension.size(); i++) {
                counts.add(byDimension.get(i).counts(dimensionCodes.get(i)));
            }
            return new RollupTallyState(ref, pool(), counts);
        }

        @Override
        RollupResult result(InstrumentRef ref) {
            StatusTally overall = new StatusTally();
            List<StatusCounts> dimensions = new ArrayList<>();
            for (int i = 0; i < byDimension.size(); i++) {
                StatusCounts counts = byDimension.get(i).counts(dimensionCodes.get(i));
                overall.add(counts);
                dimensions.add(counts);
            }
            StatusCounts total = overall.counts("overall");
            return new RollupResult(ref, pool(), dimensions, total, explain(dimensions, total));
        }
    }

    @Override
    RollupResult explained(ScoreResult result, String tiePolicy) {
        RollupResult rollup = requireResult(result, RollupResult.class);
        requireParts("dimensions", rollup.dimensions().stream().map(StatusCounts::key).toList(), dimensionCodes);
        return new RollupResult(rollup.instrument(), rollup.responses(), rollup.dimensions(), rollup.overall(),
                explain(rollup.dimensions(), rollup.overall()));
    }

    private Explanation explain(List<StatusCounts> dimensions, StatusCounts overall) {
        List<Explanation> parts = dimensions.stream().map(counts -> Explanations.dimension(counts.key(), counts)).toList();
        return Explanations.rollup(title, overall, parts);
    }

    /** Counts assessments by status, the indicators not assessed, and the None ones marked priority. */
    private static final class StatusTally {
        private final Map<ImplementationStatus, Integer> byStatus = new EnumMap<>(ImplementationStatus.class);
        private int notAssessed;
        private int priorities;

        void add(IndicatorAssessment assessment) {
            if (assessment == null) {
                notAssessed++;
                return;
            }
            byStatus.merge(assessment.status(), 1, Integer::sum);
            if (assessment.priority()) {
                priorities++;
            }
        }

        /**
         * Adds counts made elsewhere.
         *
         * @throws ArithmeticException if a count passes {@link Integer#MAX_VALUE}
         */
        void add(StatusCounts counts) {
            byStatus.merge(ImplementationStatus.NONE, counts.none(), Math::addExact);
            byStatus.merge(ImplementationStatus.LIMITED, counts.limited(), Math::addExact);
            byStatus.merge(ImplementationStatus.FULL, counts.full(), Math::addExact);
            notAssessed = Math.addExact(notAssessed, counts.notAssessed());
            priorities = Math.addExact(priorities, counts.priorities());
        }

        StatusCounts counts(String key) {
            return new StatusCounts(key, count(ImplementationStatus.NONE), count(ImplementationStatus.LIMITED),
                    count(ImplementationStatus.FULL), notAssessed, priorities);
        }

        private int count(ImplementationStatus status) {
            return byStatus.getOrDefault(status, 0);
        }
    }
}
