package org.engagementrubrics.core.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.engagementrubrics.core.internal.Arguments;

/**
 * What a report shows: its date and its sections, in the order given.
 *
 * <pre>{@code
 * Report report = Report.of(LocalDate.of(2026, 5, 1),
 *         new ReportSection.Scored(survey, engine.summarize(survey, responses)));
 * String html = ReportRenderer.of(Audience.FAMILY, Locale.forLanguageTag("es")).render(report);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param date the date the report is made for, shown in the locale's format, not null
 * @param sections the sections, at least one
 */
public record Report(LocalDate date, List<ReportSection> sections) {

    /**
     * Creates a report, copying the sections.
     *
     * @param date the date the report is made for, shown in the locale's format, not null
     * @param sections the sections, at least one
     * @throws IllegalArgumentException if there are no sections
     */
    public Report {
        Objects.requireNonNull(date, "date");
        sections = Arguments.copyOf(sections, "sections");
        if (sections.isEmpty()) {
            throw new IllegalArgumentException("sections: a report needs at least one section");
        }
    }

    /**
     * Obtains a report.
     *
     * @param date the date the report is made for
     * @param sections the sections, at least one
     * @return the report
     */
    public static Report of(LocalDate date, ReportSection... sections) {
        return new Report(date, Arguments.copyOf("sections", sections));
    }
}
