package org.engagementrubrics.core.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.core.agreement.AgreementResult;
import org.engagementrubrics.core.change.Comparison;
import org.engagementrubrics.core.change.Movement;
import org.engagementrubrics.core.change.Standing;
import org.engagementrubrics.core.change.Step;
import org.engagementrubrics.core.change.UnitChange;
import org.engagementrubrics.core.coverage.CoverageResult;
import org.engagementrubrics.core.coverage.Figures;
import org.engagementrubrics.core.coverage.GroupCoverage;
import org.engagementrubrics.core.coverage.PeriodCoverage;
import org.engagementrubrics.core.privacy.SuppressionReason;
import org.engagementrubrics.core.raters.AgreementFigures;
import org.engagementrubrics.core.raters.AgreementReport;
import org.engagementrubrics.core.raters.AlphaReport;
import org.engagementrubrics.core.report.Html.Tag;
import org.engagementrubrics.core.survey.ContactGoal;
import org.engagementrubrics.core.survey.Survey;

/**
 * The sections that put scores in context: contact coverage against the goal, agreement among raters, change
 * since the last review, and what the school will do next.
 *
 * <p>This class holds no state.
 */
final class ContextSections {

    private ContextSections() {
    }

    /** Coverage by group against the goal line: the latest period as a chart, every period in the table. */
    static void coverage(Page page, CoverageResult result) {
        Messages messages = page.messages();
        double goal = result.goal().targetPercent() / 100.0;
        page.paragraph(page.text("coverage.intro", messages.count(result.families()),
                messages.percent(goal), page.text("period." + result.goal().period().name().toLowerCase(Locale.ROOT))));
        if (result.periods().isEmpty()) {
            page.paragraph(page.text("coverage.empty"));
            return;
        }
        PeriodCoverage latest = result.periods().get(result.periods().size() - 1);
        List<Charts.Bar> bars = new ArrayList<>();
        bars.add(coverageBar(page, page.text("coverage.all"), latest.allFamilies()));
        for (GroupCoverage group : latest.groups()) {
            bars.add(coverageBar(page, group.groupId(), group.figures()));
        }
        Charts.bars(page.html(), page.id("coverage"), page.text("coverage.title", latest.period().label()),
                page.text("coverage.desc", messages.percent(goal)), bars, goal,
                page.text("coverage.goal", messages.percent(goal)));
        Object[] headers = new Object[result.periods().size() + 1];
        headers[0] = page.text("coverage.group");
        for (int p = 0; p < result.periods().size(); p++) {
            headers[p + 1] = result.periods().get(p).period().label();
        }
        page.tableStart(page.text("coverage.caption"), headers);
        page.rowStart(page.text("coverage.all"));
        result.periods().forEach(period -> coverageCell(page, period.allFamilies()));
        page.rowEnd();
        for (GroupCoverage group : latest.groups()) {
            page.rowStart(group.groupId());
            result.periods().forEach(period -> coverageCell(page, period.group(group.groupId()).figures()));
            page.rowEnd();
        }
        page.tableEnd();
        if (!result.rule().isOff()) {
            page.note(page.text("coverage.rule", messages.count(result.rule().minimum())));
        }
    }

    private static Charts.Bar coverageBar(Page page, String label, Figures figures) {
        if (figures instanceof Figures.Shown) {
            Figures.Shown shown = (Figures.Shown) figures;
            return new Charts.Bar(label, shown.share(), page.messages().percent(shown.share()),
                    page.text("coverage.reached", page.messages().count(shown.reached()),
                            page.messages().count(shown.families())));
        } else if (figures instanceof Figures.Withheld) {
            return new Charts.Bar(label, null, reason(page, ((Figures.Withheld) figures).reason()), "");
        }
        return new Charts.Bar(label, null, page.text("coverage.noFamilies"), "");
    }

    private static void coverageCell(Page page, Figures figures) {
        if (figures instanceof Figures.Shown) {
            Figures.Shown shown = (Figures.Shown) figures;
            page.figure(page.messages().percent(shown.share()) + " (" + page.text("coverage.reached",
                    page.messages().count(shown.reached()), page.messages().count(shown.families())) + ")",
                    shown.share());
        } else if (figures instanceof Figures.Withheld) {
            page.withheldCell(reason(page, ((Figures.Withheld) figures).reason()));
        } else {
            page.cell(page.text("coverage.noFamilies"));
        }
    }

    private static String reason(Page page, SuppressionReason reason) {
        return page.text(reason == SuppressionReason.SMALL_GROUP ? "withheld.small" : "withheld.complementary");
    }

    /** Agreement among raters, for the team only: rater-level statistics. */
    static void agreement(Page page, AgreementReport report) {
        AgreementFigures overall = report.overall();
        Messages messages = page.messages();
        page.paragraph(page.text("agreement.intro", messages.count(overall.raters()), messages.count(overall.units())));
        List<AgreementResult> results = new ArrayList<>();
        overall.alphas().stream().map(AlphaReport::alpha).forEach(results::add);
        results.add(overall.fleissKappa());
        List<Charts.Bar> bars = new ArrayList<>();
        for (AgreementResult result : results) {
            Double value = value(result);
            bars.add(new Charts.Bar(coefficient(page, result), value == null ? null : Math.max(0, value),
                    value == null ? page.text("agreement.undefined") : messages.decimal(value),
                    page.text("n", messages.count(result.units()))));
        }
        Charts.bars(page.html(), page.id("agreement"), page.text("agreement.title"), page.text("agreement.desc"),
                bars, 0.8, page.text("agreement.goal", messages.decimal(0.8)));
        page.tableStart(page.text("agreement.caption"), page.text("agreement.coefficient"), page.text("agreement.value"),
                page.text("agreement.units"), page.text("agreement.raters"));
        for (AgreementResult result : results) {
            page.rowStart(coefficient(page, result));
            Double value = value(result);
            page.figure(value == null ? page.text("agreement.undefined") : messages.decimal(value), value);
            page.count(result.units());
            page.count(result.raters());
            page.rowEnd();
        }
        page.tableEnd();
    }

    private static Double value(AgreementResult result) {
        return result instanceof AgreementResult.Estimate ? ((AgreementResult.Estimate) result).value() : null;
    }

    private static String coefficient(Page page, AgreementResult result) {
        return page.text("coefficient." + result.coefficient().name().toLowerCase(Locale.ROOT));
    }

    /** Change from the first review to the last: counts by movement for all, each unit's move for the team. */
    static void change(Page page, Comparison comparison) {
        Messages messages = page.messages();
        Step overall = comparison.overall();
        page.paragraph(page.text("change.intro", messages.date(overall.from()), messages.date(overall.to()),
                messages.count(comparison.reviews().size())));
        Map<Movement, Long> counts = new EnumMap<>(Movement.class);
        for (Movement movement : Movement.values()) {
            long count = overall.count(movement);
            if (count > 0) {
                counts.put(movement, count);
            }
        }
        long units = overall.changes().size();
        List<Charts.Bar> bars = new ArrayList<>();
        counts.forEach((movement, count) -> bars.add(new Charts.Bar(movement(page, movement),
                units == 0 ? null : count / (double) units, messages.count(count), "")));
        Charts.bars(page.html(), page.id("change"), page.text("change.title"), page.text("change.desc",
                messages.count(units)), bars, null, "");
        page.tableStart(page.text("change.countsCaption"), page.text("change.movement"), page.text("change.units"));
        counts.forEach((movement, count) -> {
            page.rowStart(movement(page, movement));
            page.count(count);
            page.rowEnd();
        });
        page.tableEnd();
        if (!page.team()) {
            return;
        }
        page.tableStart(page.text("change.caption"), page.text("change.unit"), page.text("change.movement"),
                page.text("change.before"), page.text("change.after"));
        for (UnitChange change : overall.changes()) {
            page.rowStart(change.unitId());
            page.cell(movement(page, change.movement()));
            if (change.withheld() != null) {
                page.withheldCell(page.text("withheld.small"));
                page.withheldCell(page.text("withheld.small"));
            } else {
                page.cell(standing(page, change.before()));
                page.cell(standing(page, change.after()));
            }
            page.rowEnd();
        }
        page.tableEnd();
    }

    private static String movement(Page page, Movement movement) {
        return page.text("movement." + movement.name().toLowerCase(Locale.ROOT));
    }

    private static String standing(Page page, Standing standing) {
        Messages messages = page.messages();
        if (standing == null || standing instanceof Standing.NotPlaced) {
            return "\u2014";
        } else if (standing instanceof Standing.Placed) {
            return ((Standing.Placed) standing).stageId();
        } else if (standing instanceof Standing.BestFit) {
            return String.join(" / ", ((Standing.BestFit) standing).columns());
        } else if (standing instanceof Standing.Mean) {
            Double mean = ((Standing.Mean) standing).mean();
            return mean == null ? "\u2014" : messages.decimal(mean);
        } else if (standing instanceof Standing.Statement) {
            Double share = ((Standing.Statement) standing).topTwoShare();
            return share == null ? "\u2014" : messages.percent(share);
        }
        List<String> parts = new ArrayList<>();
        ((Standing.Counts) standing).counts().forEach((key, count) -> parts.add(key + " " + messages.count(count)));
        return String.join(", ", parts);
    }

    /**
     * What the school will do next, as its instruments say it: the contact goals of the surveys in the report,
     * word for word; if none states one, the report says so rather than invent a promise.
     */
    static void nextSteps(Page page, List<Instrument> instruments) {
        page.heading(Tag.H2, page.text("next.heading"));
        boolean any = false;
        for (Instrument instrument : instruments) {
            if (instrument instanceof Survey && !((Survey) instrument).goals().isEmpty()) {
                page.html().open(Tag.P).text(page.text("next.source") + " ");
                page.messages().write(page.html(), instrument.title());
                page.html().close().open(Tag.UL);
                for (ContactGoal goal : ((Survey) instrument).goals()) {
                    page.html().open(Tag.LI);
                    page.messages().write(page.html(), goal.description());
                    page.html().close();
                }
                page.html().close();
                any = true;
            }
        }
        if (!any) {
            page.paragraph(page.text("next.none"));
        }
    }
}
