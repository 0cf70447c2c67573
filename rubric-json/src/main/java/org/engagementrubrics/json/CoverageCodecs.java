package org.engagementrubrics.json;

import static org.engagementrubrics.json.Field.required;
import static org.engagementrubrics.json.ObjectCodec.DOCUMENT_PREFIX;
import static org.engagementrubrics.json.ObjectCodec.OUTCOME_PREFIX;
import static org.engagementrubrics.json.ObjectCodec.VARIANT_PREFIX;
import static org.engagementrubrics.json.ObjectCodec.fields;
import static org.engagementrubrics.json.ValueCodecs.BOOLEAN;
import static org.engagementrubrics.json.ValueCodecs.DOUBLE;
import static org.engagementrubrics.json.ValueCodecs.INT;
import static org.engagementrubrics.json.ValueCodecs.LONG;
import static org.engagementrubrics.json.ValueCodecs.STRING;
import static org.engagementrubrics.json.ValueCodecs.enumeration;
import static org.engagementrubrics.json.ValueCodecs.list;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.engagementrubrics.core.coverage.CoverageGoal;
import org.engagementrubrics.core.coverage.CoverageResult;
import org.engagementrubrics.core.coverage.Figures;
import org.engagementrubrics.core.coverage.GroupCoverage;
import org.engagementrubrics.core.coverage.PeriodCoverage;
import org.engagementrubrics.core.coverage.SchoolCalendar;
import org.engagementrubrics.core.privacy.SmallCellRule;
import org.engagementrubrics.core.privacy.SuppressionReason;
import org.engagementrubrics.core.scoring.Explanation;
import org.engagementrubrics.core.survey.ContactPeriod;
import tools.jackson.core.JsonGenerator;

/**
 * The JSON shape of a contact coverage result ({@code coverage-result}) and of its parts: the goal, the
 * small-cell rule, the calendar, each period's figures. A period is written by its label and days; reading
 * makes it again from the calendar, and {@link CoverageRules} checks that what was written is what the
 * calendar makes. A period's explanation is the matching part of the result's explanation, so it is not
 * written twice.
 */
final class CoverageCodecs {

    private CoverageCodecs() {
    }

    /** A day as {@code yyyy-MM-dd}, the form of contact records. */
    static final Codec<LocalDate> DATE = new ValueCodecs.Scalar<>(ContactRows.DATE_FORM, Node.Type.STRING) {
        @Override
        LocalDate convert(Node node, Problems problems) {
            LocalDate date = ContactRows.date(node.text);
            if (date == null) {
                problems.add(node, FormatCodes.INVALID_VALUE, node.describe() + ContactRows.dateProblem(node.text));
            }
            return date;
        }

        @Override
        public void write(JsonGenerator out, LocalDate value) {
            out.writeString(value.toString());
        }
    };

    private static final Pattern MONTH_DAY_FORM = Pattern.compile("\\d{2}-\\d{2}");
    private static final String MONTH_DAY_EXPECTED = "a day of the year as MM-dd, such as 08-01";

    /** A day of the year as {@code MM-dd}, such as {@code 08-01} for 1 August. */
    static final Codec<MonthDay> MONTH_DAY = new ValueCodecs.Scalar<>(MONTH_DAY_EXPECTED, Node.Type.STRING) {
        @Override
        MonthDay convert(Node node, Problems problems) {
            if (MONTH_DAY_FORM.matcher(node.text).matches()) {
                try {
                    return MonthDay.of(Integer.parseInt(node.text.substring(0, 2)),
                            Integer.parseInt(node.text.substring(3)));
                } catch (DateTimeException e) {
                    problems.add(node, FormatCodes.INVALID_VALUE, node.describe()
                            + ", which is not a day of the year; expected " + MONTH_DAY_EXPECTED);
                    return null;
                }
            }
            problems.add(node, FormatCodes.INVALID_VALUE, node.describe() + "; expected " + MONTH_DAY_EXPECTED);
            return null;
        }

        @Override
        public void write(JsonGenerator out, MonthDay value) {
            out.writeString(String.format(Locale.ROOT, "%02d-%02d", value.getMonthValue(), value.getDayOfMonth()));
        }
    };

    static final ObjectCodec<CoverageGoal> GOAL = ObjectCodec.of("coverage goal", fields(
            required("targetPercent", INT, CoverageGoal::targetPercent),
            required("period", enumeration(ContactPeriod.class), CoverageGoal::period),
            required("monitoredGroups", list(STRING), CoverageGoal::monitoredGroups),
            required("gapThreshold", INT, CoverageGoal::gapThreshold)),
            v -> new CoverageGoal(v.getInt("targetPercent"), v.get("period"), v.get("monitoredGroups"),
                    v.getInt("gapThreshold")));

    /** The small-cell rule: {@code {"kind": "minimum", "minimum": 10}} or {@code {"kind": "off"}}. */
    static final Codec<SmallCellRule> RULE = Variants.of("rule", "kind", Map.of(
            "minimum", ObjectCodec.withPrefix("small-cell minimum", VARIANT_PREFIX, fields(
                    Field.<SmallCellRule, Integer>required("minimum", INT, SmallCellRule::minimum)),
                    v -> SmallCellRule.minimum(v.getInt("minimum"))),
            "off", ObjectCodec.withPrefix("small-cell rule off", VARIANT_PREFIX, fields(),
                    v -> SmallCellRule.off())),
            rule -> rule.isOff() ? "off" : "minimum");

    static final ObjectCodec<SchoolCalendar> CALENDAR = ObjectCodec.of("school calendar", fields(
            required("yearStart", MONTH_DAY, SchoolCalendar::yearStart)),
            v -> SchoolCalendar.of(v.get("yearStart")));

    /** Figures shown, a row with no families, or figures withheld and why; told apart by {@code outcome}. */
    static final Codec<Figures> FIGURES = Variants.of("figures", "outcome", Map.of(
            "shown", ObjectCodec.withPrefix("shown row", OUTCOME_PREFIX, fields(
                    required("families", INT, Figures.Shown::families),
                    required("reached", INT, Figures.Shown::reached),
                    required("share", DOUBLE, Figures.Shown::share),
                    required("pointsBelowTarget", DOUBLE, Figures.Shown::pointsBelowTarget),
                    required("pointsBelowAllFamilies", DOUBLE, Figures.Shown::pointsBelowAllFamilies),
                    required("flagged", BOOLEAN, Figures.Shown::flagged)),
                    v -> new Figures.Shown(v.getInt("families"), v.getInt("reached"), v.<Double>get("share"),
                            v.<Double>get("pointsBelowTarget"), v.<Double>get("pointsBelowAllFamilies"),
                            v.<Boolean>get("flagged"))),
            "no-families", ObjectCodec.withPrefix("row with no families", OUTCOME_PREFIX, fields(),
                    v -> new Figures.NoFamilies()),
            "withheld", ObjectCodec.withPrefix("withheld row", OUTCOME_PREFIX, fields(
                    required("reason", enumeration(SuppressionReason.class), Figures.Withheld::reason)),
                    v -> new Figures.Withheld(v.get("reason")))),
            CoverageCodecs::outcome);

    static String outcome(Figures figures) {
        if (figures instanceof Figures.Shown) {
            return "shown";
        }
        return figures instanceof Figures.NoFamilies ? "no-families" : "withheld";
    }

    static final ObjectCodec<GroupCoverage> GROUP = ObjectCodec.of("group coverage", fields(
            required("groupId", STRING, GroupCoverage::groupId),
            required("figures", FIGURES, GroupCoverage::figures)),
            v -> new GroupCoverage(v.get("groupId"), v.get("figures")));

    /**
     * A period's coverage as the format holds it: the period by its label and days (made again from the
     * calendar on reading), the explanation left to the result's.
     */
    record PeriodEntry(String label, LocalDate start, LocalDate end, long contacts, long unrosteredContacts,
            Figures allFamilies, List<GroupCoverage> groups) {

        static PeriodEntry of(PeriodCoverage coverage) {
            return new PeriodEntry(coverage.period().label(), coverage.period().start(), coverage.period().end(),
                    coverage.contacts(), coverage.unrosteredContacts(), coverage.allFamilies(), coverage.groups());
        }
    }

    static final ObjectCodec<PeriodEntry> PERIOD = ObjectCodec.of("period coverage", fields(
            required("label", STRING, PeriodEntry::label),
            required("start", DATE, PeriodEntry::start),
            required("end", DATE, PeriodEntry::end),
            required("contacts", LONG, PeriodEntry::contacts),
            required("unrosteredContacts", LONG, PeriodEntry::unrosteredContacts),
            required("allFamilies", FIGURES, PeriodEntry::allFamilies),
            required("groups", list(GROUP), PeriodEntry::groups)),
            v -> new PeriodEntry(v.get("label"), v.get("start"), v.get("end"), v.<Long>get("contacts"),
                    v.<Long>get("unrosteredContacts"), v.get("allFamilies"), v.get("groups")))
            .withRules(CoverageRules::checkPeriod);

    static final ObjectCodec<CoverageResult> COVERAGE_RESULT = ObjectCodec.withPrefix("coverage result",
            DOCUMENT_PREFIX, fields(
                    required("goal", GOAL, CoverageResult::goal),
                    required("rule", RULE, CoverageResult::rule),
                    required("calendar", CALENDAR, CoverageResult::calendar),
                    required("families", INT, CoverageResult::families),
                    required("periods", list(PERIOD), CoverageCodecs::entries),
                    required("contactsOutsidePeriods", LONG, CoverageResult::contactsOutsidePeriods),
                    required("explanation", ResultCodecs.EXPLANATION, CoverageResult::explanation)),
            CoverageCodecs::result)
            .withRules(CoverageRules::checkResult);

    private static List<PeriodEntry> entries(CoverageResult result) {
        return result.periods().stream().map(PeriodEntry::of).toList();
    }

    /** Makes the result once {@link CoverageRules} found each period to be one the calendar makes. */
    private static CoverageResult result(ObjectCodec.Values v) {
        CoverageGoal goal = v.get("goal");
        SchoolCalendar calendar = v.get("calendar");
        List<PeriodEntry> entries = v.get("periods");
        Explanation explanation = v.get("explanation");
        List<PeriodCoverage> periods = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            PeriodEntry entry = entries.get(i);
            periods.add(new PeriodCoverage(calendar.periodOf(entry.start(), goal.period()), entry.contacts(),
                    entry.unrosteredContacts(), entry.allFamilies(), entry.groups(), explanation.parts().get(i)));
        }
        return new CoverageResult(goal, v.get("rule"), calendar, v.getInt("families"), periods,
                v.<Long>get("contactsOutsidePeriods"), explanation);
    }
}
