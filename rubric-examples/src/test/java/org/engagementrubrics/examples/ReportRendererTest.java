package org.engagementrubrics.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.engagementrubrics.core.coverage.CoverageResult;
import org.engagementrubrics.core.coverage.Figures;
import org.engagementrubrics.core.privacy.SmallCellRule;
import org.engagementrubrics.core.report.Audience;
import org.engagementrubrics.core.report.Report;
import org.engagementrubrics.core.report.ReportRenderer;
import org.engagementrubrics.core.report.ReportSection;
import org.engagementrubrics.core.scoring.ArchetypeResult;
import org.engagementrubrics.core.scoring.RatingSummary;
import org.engagementrubrics.core.scoring.ScoringEngine;
import org.engagementrubrics.core.scoring.SurveyResult;
import org.junit.jupiter.api.Test;

/** The report renderer on the demo data, without a browser: figures, withheld cells, languages, bytes. */
class ReportRendererTest {

    private static final Locale SPANISH = Locale.forLanguageTag("es");

    private static String render(Audience audience, Locale locale) {
        return ReportRenderer.of(audience, locale).render(SampleReports.demo());
    }

    @Test
    void surveyTopTwoSharesAndCountsAppearAsTheResultHasThem() {
        String html = render(Audience.TEAM, Locale.ENGLISH);
        SurveyResult survey = (SurveyResult) ScoringEngine.defaults().summarize(SeedInstruments.guardianSurvey(),
                SampleResponses.guardianSurveyResponses());
        for (RatingSummary statement : survey.statements()) {
            assertThat(html).contains("data-value=\"" + statement.rated() + "\"");
            if (statement.topTwoShare() != null) {
                assertThat(html).contains("data-value=\"" + plain(statement.topTwoShare()) + "\"");
            }
        }
    }

    @Test
    void archetypeGridMarksEachRowsBestFitInWordsAndNamesTheProfile() {
        ArchetypeResult result = (ArchetypeResult) ScoringEngine.defaults().score(SeedInstruments.fourVersions(),
                SampleResponses.fourVersionsTeam());
        String html = ReportRenderer.of(Audience.TEAM, Locale.ENGLISH).render(Report.of(SampleReports.DATE,
                new ReportSection.Scored(SeedInstruments.fourVersions(), result)));
        long bestCells = Pattern.compile("class=\"num best\"").matcher(html).results().count();
        long winners = result.rows().stream().filter(row -> row.fit().columnId().isPresent()).count();
        assertThat(bestCells).isEqualTo(winners);
        assertThat(html).contains("\u2605 <strong>best fit</strong>").contains("data-kind=\"profile\"");
    }

    @Test
    void withheldCoverageCellsSayWhy() {
        CoverageResult coverage = ExampleDistrict.generate(ExampleDistrict.DEFAULT_SEED)
                .coverage(SmallCellRule.defaults());
        long withheld = coverage.periods().stream().flatMap(period -> period.groups().stream())
                .filter(group -> group.figures() instanceof Figures.Withheld).count();
        String html = render(Audience.FAMILY, Locale.ENGLISH);
        long cells = Pattern.compile("class=\"withheld\" data-value=\"withheld\">withheld: ").matcher(html).results()
                .count();
        assertThat(cells).isGreaterThanOrEqualTo(withheld);
    }

    @Test
    void familyReportHasNoRaterIdsNoAgreementAndStatesTheSchoolsGoal() {
        String html = render(Audience.FAMILY, Locale.ENGLISH);
        assertThat(html).doesNotContain("maple-grove-engagement-team").doesNotContain("sha256:")
                .doesNotContain("Agreement among raters")
                .contains("What the school will do next")
                .contains("Ensure that 100% of families connect with their teachers.");
        assertThat(render(Audience.TEAM, Locale.ENGLISH)).contains("maple-grove-engagement-team")
                .contains("Agreement among raters");
    }

    @Test
    void familySurveyOfFewerRespondentsThanTheMinimumIsWithheld() {
        List<org.engagementrubrics.core.response.Response> few = SampleResponses.guardianSurveyResponses();
        SurveyResult survey = (SurveyResult) ScoringEngine.defaults().summarize(SeedInstruments.guardianSurvey(), few);
        SmallCellRule rule = SmallCellRule.minimum((int) survey.responseCount() + 1);
        Report report = Report.of(SampleReports.DATE, new ReportSection.Scored(SeedInstruments.guardianSurvey(), survey));
        String family = ReportRenderer.of(Audience.FAMILY, Locale.ENGLISH).withSmallCellRule(rule).render(report);
        assertThat(family).contains("The answers are not shown").doesNotContain("data-value=\""
                + plain(survey.statements().get(0).topTwoShare()) + "\"");
    }

    @Test
    void spanishReportHasSpanishChromeAndEnglishInstrumentTextMarkedAsEnglish() {
        String html = render(Audience.FAMILY, SPANISH);
        assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"es\">")
                .contains("Lo que nos dijeron las familias")
                .contains("30 de octubre de 2026")
                .contains("<span lang=\"en\">Engaging Families</span>");
        assertThat(render(Audience.TEAM, Locale.ENGLISH)).startsWith("<!DOCTYPE html>\n<html lang=\"en\">")
                .contains("October 30, 2026").doesNotContain("lang=\"en\">Engaging");
    }

    @Test
    void spanishNumbersUseTheSpanishDecimalComma() {
        assertThat(render(Audience.TEAM, SPANISH)).contains("0,80");
        assertThat(render(Audience.TEAM, Locale.ENGLISH)).contains("0.80");
    }

    @Test
    void sameReportGivesSameBytes() {
        for (Audience audience : Audience.values()) {
            for (Locale locale : List.of(Locale.ENGLISH, SPANISH)) {
                assertThat(render(audience, locale)).isEqualTo(render(audience, locale));
            }
        }
    }

    @Test
    void reportIsSelfContained() {
        for (Audience audience : Audience.values()) {
            String html = render(audience, Locale.ENGLISH);
            assertThat(html).doesNotContain("<script").doesNotContain("http:").doesNotContain("https:")
                    .doesNotContain("src=").doesNotContain("<link").doesNotContain("url(");
        }
    }

    @Test
    void familyReportRefusesCoverageWithSuppressionOff() {
        CoverageResult open = ExampleDistrict.generate(ExampleDistrict.DEFAULT_SEED).coverage(SmallCellRule.off());
        Report report = Report.of(SampleReports.DATE, new ReportSection.Coverage(SeedInstruments.guardianSurvey(), open));
        assertThatThrownBy(() -> ReportRenderer.of(Audience.FAMILY, Locale.ENGLISH).render(report))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("suppression off");
        assertThat(ReportRenderer.of(Audience.TEAM, Locale.ENGLISH).render(report)).contains("Families reached");
    }

    @Test
    void unsupportedLanguageIsRefused() {
        assertThatThrownBy(() -> ReportRenderer.of(Audience.TEAM, Locale.FRENCH))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("en or es");
    }

    static String plain(double value) {
        return value == Math.rint(value) ? Long.toString((long) value)
                : new java.math.BigDecimal(value).setScale(4, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros()
                        .toPlainString();
    }
}
