package org.engagementrubrics.cli;

import java.time.LocalDate;
import java.util.List;
import org.engagementrubrics.core.coverage.CoverageGoal;
import org.engagementrubrics.core.coverage.SchoolCalendar;
import org.engagementrubrics.core.privacy.SmallCellRule;
import org.engagementrubrics.core.survey.ContactPeriod;
import picocli.CommandLine.Option;

/**
 * The options of a coverage report beside its roster, contacts and survey: the goal and its changes, the school
 * calendar, the small-cell rule and the periods; shared by {@code rubric coverage} and {@code rubric report}
 * (a picocli mixin), checked by {@link CoverageSettings}.
 */
final class CoverageOptions {

    @Option(names = "--goal", paramLabel = "ID",
            description = "The id of the survey's contact goal (default: its first).")
    String goal;

    @Option(names = "--target", paramLabel = "PERCENT",
            description = "The share of families to reach in every period, 1 to 100 (default: the goal's).")
    Integer target;

    @Option(names = "--groups", paramLabel = "GROUP", split = ",",
            description = "The monitored groups, instead of the goal's: a flag group such as iep, or a partition "
                    + "such as race-ethnicity (each of its values is a row); --groups '' monitors none.")
    List<String> groups;

    @Option(names = "--period", paramLabel = "PERIOD",
            description = "week, month, quarter, term or year (default: the goal's).")
    ContactPeriod period;

    @Option(names = "--year-start", paramLabel = "MM-DD", defaultValue = "08-01",
            converter = CoverageSettings.CalendarConverter.class,
            description = "The first day of every school year, day 01 to 28 (default: ${DEFAULT-VALUE}).")
    SchoolCalendar calendar;

    @Option(names = "--min-cell", paramLabel = "K",
            description = "Withhold the figures of groups of fewer than K families, K at least 2 (default: "
                    + SmallCellRule.DEFAULT_MINIMUM + ").")
    Integer minCell;

    @Option(names = "--no-suppression",
            description = "Withhold nothing, however small a group: for internal use only, never for publication.")
    boolean noSuppression;

    @Option(names = "--gap-threshold", paramLabel = "POINTS",
            description = "Flag a group more than POINTS percentage points below all families, 0 to 100 "
                    + "(default: " + CoverageGoal.DEFAULT_GAP_THRESHOLD + ").")
    Integer gapThreshold;

    @Option(names = "--from", paramLabel = "DATE", converter = CoverageSettings.DateConverter.class,
            description = "With --to: report every period from the one holding DATE (yyyy-MM-dd), contacts or "
                    + "not, and count the contacts of other periods as outside (default: from the first contact).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", converter = CoverageSettings.DateConverter.class,
            description = "With --from: the last period reported is the one holding DATE (default: that of the "
                    + "last contact).")
    LocalDate to;
}
