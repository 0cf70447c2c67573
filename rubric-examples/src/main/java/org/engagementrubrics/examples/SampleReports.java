package org.engagementrubrics.examples;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.core.agreement.Bootstrap;
import org.engagementrubrics.core.change.ChangeComparer;
import org.engagementrubrics.core.change.Comparison;
import org.engagementrubrics.core.change.Review;
import org.engagementrubrics.core.privacy.SmallCellRule;
import org.engagementrubrics.core.raters.AgreementReport;
import org.engagementrubrics.core.raters.Panel;
import org.engagementrubrics.core.report.Report;
import org.engagementrubrics.core.report.ReportSection;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.core.scoring.PreparedInstrument;
import org.engagementrubrics.core.scoring.ScoreResult;
import org.engagementrubrics.core.scoring.ScoringEngine;

/**
 * The demo report: every result the demo prints (each seed instrument scored on its sample responses, the
 * guardian survey pooled, the example district's contact coverage), with the agreement of Maple Grove's
 * 4 Versions panel and the change across the Family Engagement Rubric reviews.
 *
 * <pre>{@code
 * String html = ReportRenderer.of(Audience.FAMILY, Locale.forLanguageTag("es")).render(SampleReports.demo());
 * }</pre>
 *
 * <p>This class is thread-safe: it holds no state, and every call makes the report anew from the seeds.
 */
public final class SampleReports {

    /** The date of the demo report, fixed so that the report is the same on every run. */
    public static final LocalDate DATE = LocalDate.of(2026, 10, 30);

    private SampleReports() {
    }

    /**
     * Returns the demo report: every section below.
     *
     * @return a new report
     */
    public static Report demo() {
        return new Report(DATE, sections());
    }

    /**
     * Returns the demo report's sections, one of each kind: the 4 Versions matrix, the Family Engagement Rubric
     * stages, the Condition 4 ratings, the district indicators, the checklist visit, the guardian survey, the
     * example district's coverage, the 4 Versions panel's agreement and the Family Engagement Rubric's change.
     *
     * @return a new list of sections
     */
    public static List<ReportSection> sections() {
        ScoringEngine engine = ScoringEngine.defaults();
        List<ReportSection> sections = new ArrayList<>();
        scored(sections, engine, SeedInstruments.fourVersions(), SampleResponses.fourVersionsTeam());
        scored(sections, engine, SeedInstruments.familyEngagementRubric(), SampleResponses.familyEngagementTeam());
        scored(sections, engine, SeedInstruments.schoolConditions(), SampleResponses.schoolConditionsTeam());
        scored(sections, engine, SeedInstruments.districtIndicators(), SampleResponses.districtSelfAssessment());
        scored(sections, engine, SeedInstruments.studentCenteredChecklist(), SampleResponses.checklistVisit());
        sections.add(new ReportSection.Scored(SeedInstruments.guardianSurvey(),
                engine.summarize(SeedInstruments.guardianSurvey(), SampleResponses.guardianSurveyResponses())));
        sections.add(new ReportSection.Coverage(SeedInstruments.guardianSurvey(),
                ExampleDistrict.generate(ExampleDistrict.DEFAULT_SEED).coverage(SmallCellRule.defaults())));
        sections.add(new ReportSection.Agreement(SeedInstruments.fourVersions(), agreement(engine)));
        sections.add(new ReportSection.Change(SeedInstruments.familyEngagementRubric(), change(engine)));
        return sections;
    }

    private static void scored(List<ReportSection> sections, ScoringEngine engine, Instrument instrument,
            Response response) {
        sections.add(new ReportSection.Scored(instrument, engine.score(instrument, response)));
    }

    private static AgreementReport agreement(ScoringEngine engine) {
        PreparedInstrument<Instrument, ScoreResult> prepared = engine.prepare((Instrument) SeedInstruments.fourVersions());
        Panel.Builder panel = Panel.builder(prepared);
        SampleResponses.fourVersionsPanel().stream()
                .filter(response -> response.subjectId().equals(SampleResponses.SCHOOL))
                .forEach(response -> panel.add(prepared.check(response)));
        return AgreementReport.of(panel.build(), Bootstrap.defaults());
    }

    /** Reviews by the UTC date of each response, as {@code rubric compare} groups them. */
    private static Comparison change(ScoringEngine engine) {
        PreparedInstrument<Instrument, ScoreResult> prepared =
                engine.prepare((Instrument) SeedInstruments.familyEngagementRubric());
        Map<LocalDate, List<ScoreResult>> byDate = new TreeMap<>();
        for (Response response : SampleResponses.familyEngagementReviews()) {
            LocalDate day = response.recordedAt().atZone(ZoneOffset.UTC).toLocalDate();
            byDate.computeIfAbsent(day, d -> new ArrayList<>()).add(prepared.score(response));
        }
        List<Review> reviews = new ArrayList<>();
        byDate.forEach((date, results) -> reviews.add(new Review(date, results)));
        return ChangeComparer.defaults().compare(reviews);
    }
}
