package org.engagementrubrics.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.engagementrubrics.core.report.Audience;
import org.engagementrubrics.core.report.ReportRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rubric report}, and hostile text in every field of the instruments and the responses. */
class ReportCommandTest {

    @TempDir
    Path folder;

    private Cli.Run report(Path out, String... options) {
        List<String> args = new java.util.ArrayList<>(List.of("report", "--instrument", "guardian-survey",
                "--response", ExampleFiles.FOLDER.resolve(ExampleFiles.GUARDIAN_RESPONSES).toString(),
                "--out", out.toString(), "--date", "2026-10-30"));
        args.addAll(List.of(options));
        return Cli.run(args.toArray(String[]::new));
    }

    @Test
    void writesTheFamilyReportInSpanishAndSaysWhere() throws IOException {
        Path out = folder.resolve("familias.html");

        Cli.Run run = report(out, "--audience", "family", "--lang", "es");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("rubric: wrote the family report (es, 1 result) to " + out + "\n");
        String html = Files.readString(out);
        assertThat(html).contains("<html lang=\"es\">", "Lo que nos dijeron las familias",
                "Lo que hará la escuela a continuación", "<span lang=\"en\">Ensure that 100% of families");
    }

    @Test
    void sameInputAndDateGiveTheSameBytes() throws IOException {
        Path first = folder.resolve("a.html");
        Path second = folder.resolve("b.html");
        assertThat(report(first).exitCode()).isZero();
        assertThat(report(second).exitCode()).isZero();
        assertThat(Files.readAllBytes(first)).isEqualTo(Files.readAllBytes(second));
    }

    @Test
    void rosterAndContactsAddCoverageByGroupAsRubricCoverageReadsThem() throws IOException {
        Path out = folder.resolve("team.html");

        Cli.Run run = report(out, "--roster", ExampleFiles.path(ExampleFiles.COVERAGE_ROSTER).toString(),
                "--contacts", ExampleFiles.path(ExampleFiles.COVERAGE_CONTACTS).toString(), "--period", "quarter");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("rubric: wrote the team report (en, 1 result, coverage) to " + out + "\n");
        assertThat(run.err()).contains(ExampleFiles.COVERAGE_ROSTER + ": 300 rows, 300 good, 0 bad");
        String html = Files.readString(out);
        assertThat(html).contains("Families reached", "How the library explains this result",
                "Contact coverage of 300 families against a 100% target per quarter");
    }

    @Test
    void coverageOptionsAreCheckedAsRubricCoverageChecksThem() {
        String roster = ExampleFiles.path(ExampleFiles.COVERAGE_ROSTER).toString();
        String contacts = ExampleFiles.path(ExampleFiles.COVERAGE_CONTACTS).toString();

        Cli.Run alone = report(folder.resolve("a.html"), "--roster", roster);
        Cli.Run both = report(folder.resolve("b.html"), "--roster", roster, "--contacts", contacts, "--min-cell", "5",
                "--no-suppression");
        Cli.Run family = report(folder.resolve("c.html"), "--roster", roster, "--contacts", contacts,
                "--audience", "family", "--no-suppression");

        assertThat(alone.exitCode()).isEqualTo(2);
        assertThat(alone.err()).contains("--roster and --contacts go together");
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.err()).contains("--min-cell and --no-suppression exclude each other");
        assertThat(family.exitCode()).isEqualTo(2);
        assertThat(family.err()).contains("--no-suppression: a family report shows coverage with small groups withheld");
        assertThat(folder.resolve("a.html")).doesNotExist();
        assertThat(folder.resolve("c.html")).doesNotExist();
    }

    @Test
    void theTeamReportListsTheLibrarysExplanationInTheReportsLanguage() throws IOException {
        Path out = folder.resolve("equipo.html");

        assertThat(report(out, "--lang", "es").exitCode()).isZero();

        String html = Files.readString(out);
        assertThat(html).contains("Cómo explica la biblioteca este resultado", "enunciados en", "escala: ")
                .doesNotContain("not applicable and unanswered are left out");
    }

    @Test
    void aPanelAddsTheRatersAgreementAsRubricAgreementReadsIt() throws IOException {
        Path out = folder.resolve("agreement.html");

        Cli.Run run = Cli.run("report", "--instrument", "four-versions-of-partnerships", "--response",
                ExampleFiles.path(ExampleFiles.FOUR_VERSIONS_TEAM).toString(), "--panel",
                ExampleFiles.path(ExampleFiles.FOUR_VERSIONS_PANEL).toString(), "--draws", "200", "--out",
                out.toString(), "--date", "2026-10-30");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("rubric: wrote the team report (en, 1 result, agreement) to " + out + "\n");
        String html = Files.readString(out);
        assertThat(html).contains("Agreement among raters", "raters rated", "Agreement coefficients");
    }

    @Test
    void aPanelOfASurveyOrABadBootstrapIsAUsageError() {
        Cli.Run survey = report(folder.resolve("a.html"), "--panel",
                ExampleFiles.path(ExampleFiles.GUARDIAN_RESPONSES).toString());
        Cli.Run draws = Cli.run("report", "--instrument", "four-versions-of-partnerships", "--response",
                ExampleFiles.path(ExampleFiles.FOUR_VERSIONS_TEAM).toString(), "--panel",
                ExampleFiles.path(ExampleFiles.FOUR_VERSIONS_PANEL).toString(), "--draws", "0", "--out",
                folder.resolve("b.html").toString());

        assertThat(survey.exitCode()).isEqualTo(2);
        assertThat(survey.err()).contains("'guardian-survey' is a survey: its respondents are families");
        assertThat(draws.exitCode()).isEqualTo(2);
        assertThat(draws.err()).contains("--draws 0, --level 0.95: ");
        assertThat(folder.resolve("a.html")).doesNotExist();
        assertThat(folder.resolve("b.html")).doesNotExist();
    }

    @Test
    void unknownLanguageIsAUsageError() {
        Cli.Run run = report(folder.resolve("x.html"), "--lang", "fr");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("'fr': reports are written in en or es");
    }

    @Test
    void hostileTextIsEscapedEverywhereInEveryReport() {
        for (Audience audience : Audience.values()) {
            for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("es"))) {
                String html = ReportRenderer.of(audience, locale).render(HostileReports.report());
                assertThat(html).as(audience + " " + locale).doesNotContain("<script", "<img", "<a ", "href=\"",
                        "\"'>", "onerror=alert(2)>").contains(HostileReports.ESCAPED);
                // no attribute is opened by input: every attribute name in the document is one the writer knows
                assertThat(Pattern.compile("\\s(on\\w+)=\"").matcher(html).results().count()).isZero();
            }
        }
    }
}
