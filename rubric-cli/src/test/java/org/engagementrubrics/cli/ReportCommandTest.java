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
