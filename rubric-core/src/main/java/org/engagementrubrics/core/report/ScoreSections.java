package org.engagementrubrics.core.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.core.LocalizedText;
import org.engagementrubrics.core.RatingScale;
import org.engagementrubrics.core.ScalePoint;
import org.engagementrubrics.core.checklist.Checklist;
import org.engagementrubrics.core.checklist.ChecklistGroup;
import org.engagementrubrics.core.conditions.Condition;
import org.engagementrubrics.core.conditions.ConditionsAssessment;
import org.engagementrubrics.core.matrix.ArchetypeMatrix;
import org.engagementrubrics.core.matrix.MatrixColumn;
import org.engagementrubrics.core.matrix.MatrixInstrument;
import org.engagementrubrics.core.matrix.MatrixRow;
import org.engagementrubrics.core.matrix.ProfileRule;
import org.engagementrubrics.core.matrix.Statement;
import org.engagementrubrics.core.privacy.SmallCellRule;
import org.engagementrubrics.core.report.Html.Attr;
import org.engagementrubrics.core.report.Html.Tag;
import org.engagementrubrics.core.scoring.ArchetypeResult;
import org.engagementrubrics.core.scoring.ChecklistCounts;
import org.engagementrubrics.core.points.PointsRubric;
import org.engagementrubrics.core.scoring.ChecklistResult;
import org.engagementrubrics.core.scoring.PointsResult;
import org.engagementrubrics.core.scoring.ColumnTally;
import org.engagementrubrics.core.scoring.ConditionSummary;
import org.engagementrubrics.core.scoring.Fit;
import org.engagementrubrics.core.scoring.MatrixResult;
import org.engagementrubrics.core.scoring.Profile;
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
 * The sections of score results, one shape per result kind: the matrix grid with each row's best fit, the
 * stage ladders, rating distributions, survey top-two shares, checklist and district shares, each chart with
 * its data table.
 *
 * <p>This class holds no state.
 */
final class ScoreSections {

    private ScoreSections() {
    }

    static void write(Page page, Instrument instrument, ScoreResult result, SmallCellRule rule) {
        if (page.team()) {
            page.note(page.text("scored.by", result.instrument().toString(), page.messages().count(
                    result.responseCount()), subjectAndRater(result)));
        }
        if (result instanceof ArchetypeResult) {
            ArchetypeResult archetype = (ArchetypeResult) result;
            profile(page, (ArchetypeMatrix) instrument, archetype.profile());
            grid(page, (MatrixInstrument) instrument, archetype.rows());
        } else if (result instanceof MatrixResult) {
            grid(page, (MatrixInstrument) instrument, ((MatrixResult) result).rows());
        } else if (result instanceof StageResult) {
            StageResult stage = (StageResult) result;
            ladder(page, (MatrixInstrument) instrument, stage);
            grid(page, (MatrixInstrument) instrument, stage.rows());
        } else if (result instanceof RatingResult) {
            ratings(page, (ConditionsAssessment) instrument, (RatingResult) result);
        } else if (result instanceof SurveyResult) {
            survey(page, (Survey) instrument, (SurveyResult) result, rule);
        } else if (result instanceof ChecklistResult) {
            checklist(page, (Checklist) instrument, (ChecklistResult) result);
        } else if (result instanceof PointsResult) {
            PointsSection.write(page, (PointsRubric) instrument, (PointsResult) result);
        } else {
            rollup(page, (RollupResult) result);
        }
    }

    private static String subjectAndRater(ScoreResult result) {
        if (result instanceof MatrixResult) {
            return ((MatrixResult) result).raterId();
        } else if (result instanceof ArchetypeResult) {
            return ((ArchetypeResult) result).raterId();
        } else if (result instanceof StageResult) {
            return ((StageResult) result).raterId();
        }
        return "\u2014";
    }

    private static void profile(Page page, ArchetypeMatrix matrix, Profile profile) {
        Html html = page.html();
        html.open(Tag.P).open(Tag.STRONG).text(page.text("profile")).close().text(" ");
        if (profile instanceof Profile.Classified) {
            Profile.Classified classified = (Profile.Classified) profile;
            LocalizedText label = matrix.profileRules().stream().filter(rule -> rule.id().equals(classified.ruleId()))
                    .map(ProfileRule::label).findFirst().orElse(LocalizedText.of(classified.label()));
            html.open(Tag.SPAN).attr(Attr.DATA_KIND, "profile").attr(Attr.DATA_VALUE, classified.ruleId());
            page.messages().write(html, label);
            html.close();
        } else if (profile instanceof Profile.Unclassified) {
            html.text(page.text("profile.unclassified"));
        } else {
            html.text(page.text("profile.none"));
        }
        html.close();
    }

    /** The grid: one row per row of the instrument, marks per column, the best-fit cell marked in words too. */
    private static void grid(Page page, MatrixInstrument instrument, List<RowFit> fits) {
        List<? extends MatrixColumn> columns = instrument.columns();
        Object[] headers = new Object[columns.size() + 2];
        headers[0] = page.text("grid.row");
        for (int c = 0; c < columns.size(); c++) {
            headers[c + 1] = columns.get(c).label();
        }
        headers[headers.length - 1] = page.text("grid.best");
        page.paragraph(page.text("grid.intro"));
        page.tableStart(page.text("grid.caption"), headers);
        Html html = page.html();
        for (RowFit fit : fits) {
            page.rowStart(rowLabel(instrument, fit.rowId()));
            String best = fit.fit().columnId().orElse(null);
            for (MatrixColumn column : columns) {
                ColumnTally tally = fit.tallies().stream().filter(t -> t.columnId().equals(column.id())).findFirst()
                        .orElse(null);
                boolean isBest = column.id().equals(best);
                html.open(Tag.TD).attr(Attr.CLASS, isBest ? "num best" : "num");
                if (tally != null) {
                    html.attr(Attr.DATA_VALUE, tally.marked());
                    html.text(page.text("grid.marks", page.messages().count(tally.marked()),
                            page.messages().count(tally.total())));
                }
                if (isBest) {
                    html.text(" \u2605 ").open(Tag.STRONG).text(page.text("grid.bestMark")).close();
                }
                html.close();
            }
            html.open(Tag.TD).attr(Attr.DATA_KIND, "best-fit").attr(Attr.DATA_VALUE, best == null ? "" : best)
                    .text(fitText(page, instrument, fit.fit())).close();
            page.rowEnd();
        }
        page.tableEnd();
    }

    private static void ladder(Page page, MatrixInstrument instrument, StageResult result) {
        List<String> stages = new ArrayList<>();
        instrument.columns().forEach(column -> stages.add(column.label().text(page.messages().locale())));
        List<Charts.Ladder> ladders = new ArrayList<>();
        StringBuilder words = new StringBuilder();
        int number = 0;
        for (RowFit fit : result.rows()) {
            number++;
            String placed = fit.fit().columnId().orElse(null);
            int index = -1;
            for (int c = 0; c < instrument.columns().size(); c++) {
                if (instrument.columns().get(c).id().equals(placed)) {
                    index = c;
                }
            }
            ladders.add(new Charts.Ladder(String.valueOf(number), index));
            words.append(page.text("ladder.item", String.valueOf(number),
                    rowLabel(instrument, fit.rowId()).text(page.messages().locale()),
                    fitText(page, instrument, fit.fit()))).append(' ');
        }
        page.heading(Tag.H3, page.text("ladder.heading"));
        Charts.ladders(page.html(), page.id("ladder"), page.text("ladder.title"), words.toString().trim(), stages,
                ladders);
    }

    private static LocalizedText rowLabel(MatrixInstrument instrument, String rowId) {
        return instrument.rows().stream().filter(row -> row.id().equals(rowId)).map(MatrixRow::label).findFirst()
                .orElse(LocalizedText.of(rowId));
    }

    private static String columnLabel(Page page, MatrixInstrument instrument, String columnId) {
        return instrument.columns().stream().filter(column -> column.id().equals(columnId))
                .map(column -> column.label().text(page.messages().locale())).findFirst().orElse(columnId);
    }

    private static String fitText(Page page, MatrixInstrument instrument, Fit fit) {
        if (fit instanceof Fit.Winner) {
            return columnLabel(page, instrument, ((Fit.Winner) fit).column());
        } else if (fit instanceof Fit.Resolved) {
            Fit.Resolved resolved = (Fit.Resolved) fit;
            return page.text("fit.resolved", columnLabel(page, instrument, resolved.column()), tied(page, instrument,
                    resolved.tied()));
        } else if (fit instanceof Fit.Tie) {
            return page.text("fit.tie", tied(page, instrument, ((Fit.Tie) fit).tied()));
        } else if (fit instanceof Fit.BelowThreshold) {
            return page.text("fit.below");
        }
        return page.text("fit.none");
    }

    private static String tied(Page page, MatrixInstrument instrument, List<String> columns) {
        List<String> labels = new ArrayList<>();
        columns.forEach(column -> labels.add(columnLabel(page, instrument, column)));
        return String.join(" / ", labels);
    }

    private static void ratings(Page page, ConditionsAssessment instrument, RatingResult result) {
        RatingScale scale = instrument.scale();
        List<Charts.Bar> bars = new ArrayList<>();
        for (ConditionSummary condition : result.conditions()) {
            RatingSummary summary = condition.summary();
            Condition named = instrument.conditions().stream().filter(c -> c.id().equals(condition.conditionId()))
                    .findFirst().orElse(null);
            String label = named == null ? condition.conditionId()
                    : page.text("rating.condition", String.valueOf(named.number()));
            Double meanShare = summary.mean() == null ? null
                    : (summary.mean() - scale.min()) / (double) (scale.max() - scale.min());
            bars.add(new Charts.Bar(label, meanShare, summary.mean() == null ? page.text("none")
                    : page.messages().decimal(summary.mean()), page.text("n", page.messages().count(summary.rated()))));
        }
        Charts.bars(page.html(), page.id("ratings"), page.text("rating.title"), page.text("rating.desc",
                page.messages().count(scale.min()), page.messages().count(scale.max())), bars, null, "");
        List<Object> headers = new ArrayList<>(List.of(page.text("rating.item"), page.text("n.header"),
                page.text("mean")));
        headers.addAll(scaleHeaders(scale));
        page.tableStart(page.text("rating.caption"), headers.toArray());
        for (ConditionSummary condition : result.conditions()) {
            Condition named = instrument.conditions().stream().filter(c -> c.id().equals(condition.conditionId()))
                    .findFirst().orElse(null);
            distributionRow(page, named == null ? LocalizedText.of(condition.conditionId()) : named.name(),
                    condition.summary(), scale);
        }
        page.tableEnd();
    }

    /** The scale points as column headers: "value label", the label in the instrument's language. */
    private static List<LocalizedText> scaleHeaders(RatingScale scale) {
        List<LocalizedText> headers = new ArrayList<>();
        for (ScalePoint point : scale.points()) {
            LocalizedText label = point.label();
            Map<String, String> numbered = new TreeMap<>();
            label.values().forEach((language, text) -> numbered.put(language, point.value() + " " + text));
            headers.add(LocalizedText.of(numbered, label.defaultLanguage()));
        }
        return headers;
    }

    private static void distributionRow(Page page, LocalizedText label, RatingSummary summary, RatingScale scale) {
        page.rowStart(label);
        page.count(summary.rated());
        page.figure(summary.mean() == null ? page.text("none") : page.messages().decimal(summary.mean()),
                summary.mean());
        for (ScalePoint point : scale.points()) {
            page.count(summary.distribution().getOrDefault(point.value(), 0));
        }
        page.rowEnd();
    }

    private static void survey(Page page, Survey instrument, SurveyResult result, SmallCellRule rule) {
        if (!page.team() && rule.isSmall(result.responseCount())) {
            page.paragraph(page.text("withheld.survey", page.messages().count(rule.minimum())));
            return;
        }
        page.paragraph(page.text(page.team() ? "survey.intro" : "survey.intro.family",
                page.messages().count(result.responseCount())));
        List<Charts.Bar> bars = new ArrayList<>();
        int number = 0;
        for (RatingSummary summary : result.statements()) {
            number++;
            boolean withheld = !page.team() && rule.isSmall(summary.rated());
            bars.add(new Charts.Bar(page.text("survey.statement", String.valueOf(number)),
                    withheld ? null : summary.topTwoShare(),
                    withheld ? page.text("withheld.short") : summary.topTwoShare() == null ? page.text("none")
                            : page.messages().percent(summary.topTwoShare()),
                    withheld ? "" : page.text("n", page.messages().count(summary.rated()))));
        }
        Charts.bars(page.html(), page.id("survey"), page.text("survey.title"), page.text("survey.desc"), bars, null,
                "");
        List<Object> headers = new ArrayList<>(List.of(page.text("survey.item"), page.text("n.header"),
                page.text("survey.topTwo")));
        if (page.team()) {
            headers.addAll(scaleHeaders(instrument.scale()));
        }
        page.tableStart(page.text("survey.caption"), headers.toArray());
        for (RatingSummary summary : result.statements()) {
            Statement statement = instrument.statements().stream().filter(s -> s.id().equals(summary.itemId()))
                    .findFirst().orElse(null);
            page.rowStart(statement == null ? LocalizedText.of(summary.itemId()) : statement.text());
            if (!page.team() && rule.isSmall(summary.rated())) {
                page.withheldCell(page.text("withheld.cell", page.messages().count(rule.minimum())));
                page.withheldCell(page.text("withheld.short"));
            } else {
                page.count(summary.rated());
                page.share(summary.topTwoShare());
            }
            if (page.team()) {
                for (ScalePoint point : instrument.scale().points()) {
                    page.count(summary.distribution().getOrDefault(point.value(), 0));
                }
            }
            page.rowEnd();
        }
        page.tableEnd();
    }

    private static void checklist(Page page, Checklist instrument, ChecklistResult result) {
        List<Charts.Bar> bars = new ArrayList<>();
        for (ChecklistCounts counts : result.groups()) {
            bars.add(shareBar(page, groupTitle(instrument, counts.key()).text(page.messages().locale()),
                    counts.observedShare(), counts.observed() + counts.notObserved()));
        }
        Charts.bars(page.html(), page.id("checklist"), page.text("checklist.title"), page.text("checklist.desc"),
                bars, null, "");
        page.tableStart(page.text("checklist.caption"), page.text("checklist.group"), page.text("checklist.observed"),
                page.text("checklist.notObserved"), page.text("checklist.notApplicable"), page.text("share"));
        for (ChecklistCounts counts : result.groups()) {
            page.rowStart(groupTitle(instrument, counts.key()));
            page.count(counts.observed());
            page.count(counts.notObserved());
            page.count(counts.notApplicable());
            page.share(counts.observedShare());
            page.rowEnd();
        }
        page.tableEnd();
    }

    private static LocalizedText groupTitle(Checklist instrument, String groupId) {
        return instrument.groups().stream().filter(g -> g.id().equals(groupId)).map(ChecklistGroup::title)
                .findFirst().orElse(LocalizedText.of(groupId));
    }

    private static void rollup(Page page, RollupResult result) {
        List<Charts.Bar> bars = new ArrayList<>();
        for (StatusCounts counts : result.dimensions()) {
            bars.add(shareBar(page, counts.key(), counts.shareFull(), counts.assessed()));
        }
        Charts.bars(page.html(), page.id("rollup"), page.text("rollup.title"), page.text("rollup.desc"), bars, null,
                "");
        page.tableStart(page.text("rollup.caption"), page.text("rollup.dimension"), page.text("rollup.none"),
                page.text("rollup.limited"), page.text("rollup.full"), page.text("share"));
        for (StatusCounts counts : result.dimensions()) {
            page.rowStart(counts.key());
            page.count(counts.none());
            page.count(counts.limited());
            page.count(counts.full());
            page.share(counts.shareFull());
            page.rowEnd();
        }
        page.tableEnd();
    }

    private static Charts.Bar shareBar(Page page, String label, Double share, long n) {
        return new Charts.Bar(label, share, share == null ? page.text("none") : page.messages().percent(share),
                page.text("n", page.messages().count(n)));
    }

}
