package org.engagementrubrics.core.report;

import java.util.Objects;

import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.core.change.Comparison;
import org.engagementrubrics.core.coverage.CoverageResult;
import org.engagementrubrics.core.raters.AgreementReport;
import org.engagementrubrics.core.scoring.ScoreResult;
import org.engagementrubrics.core.survey.Survey;

/**
 * One part of a report: a score result, contact coverage, rater agreement or change over time, each with the
 * instrument whose text labels it.
 *
 * <p>All implementations are immutable and thread-safe records.
 */
public sealed interface ReportSection
        permits ReportSection.Scored, ReportSection.Coverage, ReportSection.Agreement, ReportSection.Change {

    /**
     * Returns the instrument whose text labels the section.
     *
     * @return the instrument
     */
    Instrument instrument();

    /**
     * A score result of any kind, with the instrument it was scored on.
     *
     * @param instrument the instrument the result was scored on, not null
     * @param result the result, not null
     */
    record Scored(Instrument instrument, ScoreResult result) implements ReportSection {
        /**
         * Creates the section, checking that the result is the instrument's.
         *
         * @param instrument the instrument the result was scored on, not null
         * @param result the result, not null
         * @throws IllegalArgumentException if the result was scored on another instrument
         */
        public Scored {
            Objects.requireNonNull(instrument, "instrument");
            Objects.requireNonNull(result, "result");
            requireSame(instrument, result.instrument().id(), result.instrument().version());
        }
    }

    /**
     * Contact coverage against a survey's contact goal.
     *
     * @param instrument the survey whose goal was measured, not null
     * @param result the coverage, not null
     */
    record Coverage(Survey instrument, CoverageResult result) implements ReportSection {
        /**
         * Creates the section.
         *
         * @param instrument the survey whose goal was measured, not null
         * @param result the coverage, not null
         */
        public Coverage {
            Objects.requireNonNull(instrument, "instrument");
            Objects.requireNonNull(result, "result");
        }
    }

    /**
     * Agreement among a panel of raters.
     *
     * @param instrument the instrument the panel rated, not null
     * @param report the agreement, not null
     */
    record Agreement(Instrument instrument, AgreementReport report) implements ReportSection {
        /**
         * Creates the section, checking that the report is the instrument's.
         *
         * @param instrument the instrument the panel rated, not null
         * @param report the agreement, not null
         * @throws IllegalArgumentException if the panel rated another instrument
         */
        public Agreement {
            Objects.requireNonNull(instrument, "instrument");
            Objects.requireNonNull(report, "report");
            requireSame(instrument, report.instrument().id(), report.instrument().version());
        }
    }

    /**
     * Change between reviews over time.
     *
     * @param instrument the instrument of the latest review, not null
     * @param comparison the comparison, not null
     */
    record Change(Instrument instrument, Comparison comparison) implements ReportSection {
        /**
         * Creates the section.
         *
         * @param instrument the instrument of the latest review, not null
         * @param comparison the comparison, not null
         */
        public Change {
            Objects.requireNonNull(instrument, "instrument");
            Objects.requireNonNull(comparison, "comparison");
        }
    }

    private static void requireSame(Instrument instrument, String id, String version) {
        if (!instrument.id().equals(id) || !instrument.version().equals(version)) {
            throw new IllegalArgumentException("instrument: the result is of " + id + "@" + version + ", not of "
                    + instrument.id() + "@" + instrument.version());
        }
    }
}
