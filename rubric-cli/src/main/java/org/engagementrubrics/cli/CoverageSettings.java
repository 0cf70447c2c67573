package org.engagementrubrics.cli;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;
import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.core.coverage.CoverageGoal;
import org.engagementrubrics.core.coverage.SchoolCalendar;
import org.engagementrubrics.core.privacy.SmallCellRule;
import org.engagementrubrics.core.survey.ContactGoal;
import org.engagementrubrics.core.survey.Survey;
import org.engagementrubrics.examples.ExampleDistrict;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;

/**
 * The goal and the small-cell rule of {@code rubric coverage}, from its options: each combination or value the
 * library would refuse is a usage error naming the option (exit {@value ExitCodes#USAGE}).
 *
 * @param goal the goal measured against
 * @param rule the small-cell rule
 */
record CoverageSettings(CoverageGoal goal, SmallCellRule rule) {

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern MONTH_DAY = Pattern.compile("\\d{2}-\\d{2}");

    /**
     * Checks the coverage options of a command and makes its goal and rule.
     *
     * @param command the options, parsed
     * @param instrument the survey's id or file, as given
     * @param commandLine the command, for its usage errors
     * @return the settings
     * @throws ParameterException if options that go together are not given together, or a value is out of range
     * @throws org.engagementrubrics.json.FormatException if the survey file cannot be read (exit 1)
     */
    static CoverageSettings of(CoverageOptions command, String instrument, CommandLine commandLine) {
        if (command.minCell != null && command.noSuppression) {
            throw new ParameterException(commandLine, "--min-cell and --no-suppression exclude each other: give one");
        }
        if (command.minCell != null && command.minCell < 2) {
            throw new ParameterException(commandLine, "--min-cell: must be at least 2 (--no-suppression withholds "
                    + "nothing); was " + command.minCell);
        }
        if ((command.from == null) != (command.to == null)) {
            throw new ParameterException(commandLine, "--from and --to go together: give both, or neither");
        }
        if (command.from != null && command.to.isBefore(command.from)) {
            throw new ParameterException(commandLine, "--to: must not be before --from " + command.from + "; was "
                    + command.to);
        }
        requireRange(commandLine, "--target", command.target, 1, 100);
        requireRange(commandLine, "--gap-threshold", command.gapThreshold, 0, 100);
        SmallCellRule rule = command.noSuppression ? SmallCellRule.off()
                : command.minCell == null ? SmallCellRule.defaults() : SmallCellRule.minimum(command.minCell);
        return new CoverageSettings(goal(command, instrument, commandLine), rule);
    }

    /** The survey's goal, its groups named as rosters name them, with the options' changes. */
    private static CoverageGoal goal(CoverageOptions command, String instrumentOption, CommandLine commandLine) {
        Instrument instrument = InstrumentOption.instrument(instrumentOption, commandLine);
        if (!(instrument instanceof Survey survey)) {
            throw new ParameterException(commandLine, "--instrument: '" + instrument.id() + "' is not a survey (its kind"
                    + " is " + instrument.kind().kindName() + "); only a survey has contact goals");
        }
        CoverageGoal base = CoverageGoal.builder().build();
        if (command.goal != null || !survey.goals().isEmpty()) {
            ContactGoal contactGoal = survey.goals().stream()
                    .filter(g -> command.goal == null || g.id().equals(command.goal)).findFirst()
                    .orElseThrow(() -> new ParameterException(commandLine, "--goal: survey '" + survey.id()
                            + "' has no contact goal '" + command.goal + "'; its goals are "
                            + survey.goals().stream().map(ContactGoal::id).toList()));
            base = CoverageGoal.from(contactGoal, ExampleDistrict.rosterGroups());
        }
        List<String> groups = command.groups == null ? base.monitoredGroups()
                : command.groups.stream().map(String::strip).filter(id -> !id.isEmpty()).toList();
        try {
            return new CoverageGoal(command.target == null ? base.targetPercent() : command.target,
                    command.period == null ? base.period() : command.period, groups,
                    command.gapThreshold == null ? base.gapThreshold() : command.gapThreshold);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(commandLine, "--groups: " + e.getMessage().replace("monitoredGroups: ", ""));
        }
    }

    private static void requireRange(CommandLine commandLine, String option, Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            throw new ParameterException(commandLine, option + ": must be " + min + " to " + max + "; was " + value);
        }
    }

    /**
     * A family id as a CSV cell: one that a spreadsheet would run as a formula (starting with {@code =},
     * {@code +}, {@code -}, {@code @}, a tab or a carriage return) gets a leading {@code '} (SECURITY.md), and a
     * cell holding a comma, a quote or a line break is quoted.
     */
    static String csvCell(String text) {
        String cell = !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        boolean quote = cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
                || cell.indexOf('\r') >= 0;
        return quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
    }

    /** Converts --from and --to: a day as yyyy-MM-dd. */
    static final class DateConverter implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                if (DATE.matcher(value).matches()) {
                    return LocalDate.parse(value);
                }
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("'" + value + "' is not a day of the calendar; expected yyyy-MM-dd,"
                        + " such as 2025-08-01");
            }
            throw new TypeConversionException("'" + value + "' is not a date; expected yyyy-MM-dd, such as 2025-08-01");
        }
    }

    /** Converts --year-start: {@code MM-DD}, day 01 to 28, into the calendar of such school years. */
    static final class CalendarConverter implements ITypeConverter<SchoolCalendar> {
        @Override
        public SchoolCalendar convert(String value) {
            if (!MONTH_DAY.matcher(value).matches()) {
                throw new TypeConversionException("'" + value + "' is not a day of the year; expected MM-DD, such as"
                        + " 08-01");
            }
            MonthDay day;
            try {
                day = MonthDay.of(Integer.parseInt(value.substring(0, 2)), Integer.parseInt(value.substring(3)));
            } catch (DateTimeException e) {
                throw new TypeConversionException("'" + value + "' is not a day of the year; expected MM-DD, such as"
                        + " 08-01");
            }
            try {
                return SchoolCalendar.of(day);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("'" + value + "': a school year must start on day 01 to 28 of a "
                        + "month, so that every month and quarter has its first day");
            }
        }
    }
}
