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
        this.title = district.title().text();
    }

    @Override
    RollupResult summarize(InstrumentRef ref, List<Response> sorted) {
        StatusTally overall = new StatusTally();
        List<StatusCounts> dimensions = new ArrayList<>();
        List<Explanation> parts = new ArrayList<>();
        indicatorIdsByDimension.forEach((code, indicatorIds) -> {
            StatusTally tally = new StatusTally();
            for (String indicatorId : indicatorIds) {
                for (Response response : sorted) {
                    IndicatorAssessment assessment = ((Statuses) response.evidence()).byIndicator().get(indicatorId);
                    tally.add(assessment);
                    overall.add(assessment);
                }
            }
            StatusCounts counts = tally.counts(code);
            dimensions.add(counts);
            parts.add(Explanations.dimension(code, counts));
        });
        StatusCounts total = overall.counts("overall");
        return new RollupResult(ref, ids(sorted), dimensions, total, Explanations.rollup(title, total, parts));
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

        StatusCounts counts(String key) {
            return new StatusCounts(key, count(ImplementationStatus.NONE), count(ImplementationStatus.LIMITED),
                    count(ImplementationStatus.FULL), notAssessed, priorities);
        }

        private int count(ImplementationStatus status) {
            return byStatus.getOrDefault(status, 0);
        }
    }
}
