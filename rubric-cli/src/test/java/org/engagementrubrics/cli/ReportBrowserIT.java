package org.engagementrubrics.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.engagementrubrics.core.report.Audience;
import org.engagementrubrics.core.report.Report;
import org.engagementrubrics.core.report.ReportRenderer;
import org.engagementrubrics.core.report.ReportSection;
import org.engagementrubrics.core.scoring.ArchetypeResult;
import org.engagementrubrics.core.scoring.MatrixResult;
import org.engagementrubrics.examples.SampleReports;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;

/**
 * Every result kind in a report for both audiences and both languages, opened in headless Chromium (Debian's
 * {@code chromium} and {@code chromium-driver}, driven by Selenium with the driver's path given, so nothing is
 * downloaded): the figures in the DOM are the result's, screenshots at 390 and 1280 px are written under
 * {@code target/report-screenshots/}, axe-core finds no violation, and printing on A4 and Letter gives at
 * least one page per section (each starts a page) and the page counts recorded in {@code report-pages.properties}.
 * axe-core comes from npm into {@code target/axe/} ({@code .ci/run} fetches it; this test fetches it when absent).
 *
 * <p>One browser serves the whole class. Every report gets its figures, screenshots and axe; printing, the slowest
 * step, is done where the page count matters: every demo report (all sections, both audiences and languages) and
 * every single-kind report in English, so that each section is printed on both papers in both languages.
 * {@code -Drubric.browser.skip=true} skips the class ({@code .ci/run} passes it on its second JDK only).
 */
@Execution(ExecutionMode.SAME_THREAD)
class ReportBrowserIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path OUT = Path.of("target", "report-screenshots");
    private static final Path AXE = Path.of("target", "axe", "node_modules", "axe-core", "axe.min.js");
    private static final Pattern PAGE = Pattern.compile("/Type\\s*/Page(?![s\\w])");

    /** The expected page counts, per report and paper; {@code -Drubric.updateGolden=true} records them anew. */
    private static final Path PAGES = Path.of("src", "test", "resources", "org", "engagementrubrics", "cli",
            "report-pages.properties");
    private static final boolean UPDATE = Boolean.getBoolean("rubric.updateGolden");

    private static ChromeDriver driver;
    private static String axe;
    private static final Properties pages = new Properties();

    @BeforeAll
    static void startChromium() throws IOException, InterruptedException {
        Assumptions.assumeFalse(Boolean.getBoolean("rubric.browser.skip"), "rubric.browser.skip=true: browser checks skipped");
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "no Chromium here: install it with 'apt-get install -y chromium chromium-driver' (.ci/run does)");
        axe = Files.readString(axe(), StandardCharsets.UTF_8);
        if (Files.exists(PAGES)) {
            try (Reader in = Files.newBufferedReader(PAGES)) {
                pages.load(in);
            }
        }
        Files.createDirectories(OUT);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--hide-scrollbars", "--force-device-scale-factor=1");
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    }

    @AfterAll
    static void stopChromium() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (UPDATE) {
            List<String> lines = new ArrayList<>(List.of("# PDF pages per report and paper, as Chromium prints them "
                    + "(ReportBrowserIT; -Drubric.updateGolden=true records them)"));
            new TreeMap<>(pages).forEach((key, value) -> lines.add(key + "=" + value));
            Files.write(PAGES, lines, StandardCharsets.UTF_8);
        }
    }

    /** axe-core 4.14 from npm into target/axe, once. */
    private static Path axe() throws IOException, InterruptedException {
        if (!Files.exists(AXE)) {
            Process npm = new ProcessBuilder("npm", "install", "--no-save", "--no-audit", "--no-fund", "--prefix",
                    Path.of("target", "axe").toString(), "axe-core@4.14").redirectErrorStream(true)
                    .redirectOutput(new File("target/axe-npm.log")).start();
            assertThat(npm.waitFor(180, TimeUnit.SECONDS) && npm.exitValue() == 0)
                    .as("npm install axe-core@4.14 (see target/axe-npm.log)").isTrue();
        }
        return AXE;
    }

    static Stream<Arguments> reports() {
        List<ReportSection> sections = new ArrayList<>(SampleReports.sections());
        ReportSection.Scored archetype = (ReportSection.Scored) sections.get(0);
        ArchetypeResult result = (ArchetypeResult) archetype.result();
        // a stored matrix result (no profile), as 'rubric score' reads back from older files
        sections.add(1, new ReportSection.Scored(archetype.instrument(), new MatrixResult(result.instrument(),
                result.responseId(), result.subjectId(), result.raterId(), result.rows(), result.explanation())));
        sections.add(ReportFigures.pointsSection());
        String[] kinds = {"archetype", "matrix", "stage", "rating", "rollup", "checklist", "survey", "coverage",
            "agreement", "change", "points"};
        List<Arguments> arguments = new ArrayList<>();
        for (int i = 0; i < sections.size(); i++) {
            for (Audience audience : Audience.values()) {
                for (String language : List.of("en", "es")) {
                    arguments.add(Arguments.of(kinds[i], sections.get(i), audience, language));
                }
            }
        }
        return arguments.stream();
    }

    @ParameterizedTest(name = "{0} {2} {3}")
    @MethodSource("reports")
    void reportShowsTheResultsFiguresPassesAxeAndPrintsTheExpectedPages(String kind, ReportSection section,
            Audience audience, String language) throws IOException {
        String name = kind + "-" + audience.name().toLowerCase(Locale.ROOT) + "-" + language;
        Report report = new Report(SampleReports.DATE, List.of(section));
        open(report, audience, language, name);

        assertThat(tableFigures()).as(name).isEqualTo(ReportFigures.expected(section, audience));
        assertThat(script("return document.documentElement.lang")).isEqualTo(language);
        // the demo reports print every section in Spanish; a single-kind report prints in English
        check(name, language.equals("en"));
    }

    @Test
    void demoReportsOfBothAudiencesAndLanguages() throws IOException {
        for (Audience audience : Audience.values()) {
            for (String language : List.of("en", "es")) {
                String name = "demo-" + audience.name().toLowerCase(Locale.ROOT) + "-" + language;
                open(SampleReports.demo(), audience, language, name);
                check(name, true);
            }
        }
    }

    @Test
    void hostileTextRunsNoScriptAndAddsNoElementOrAttribute() throws IOException {
        for (Audience audience : Audience.values()) {
            open(HostileReports.report(), audience, "en", "hostile-" + audience.name().toLowerCase(Locale.ROOT));
            assertThat(script("return document.querySelectorAll('script, img, a, iframe, object, embed').length"))
                    .isEqualTo(0L);
            assertThat(script("return Array.from(document.querySelectorAll('*')).flatMap(e => "
                    + "Array.from(e.attributes)).filter(a => a.name.startsWith('on') || a.value.includes('javascript:'))"
                    + ".length")).isEqualTo(0L);
            assertThat(script("return document.body.innerText.includes('<script>alert(1)</script>')")).isEqualTo(true);
            assertNoAlert();
        }
    }

    private static void open(Report report, Audience audience, String language, String name) throws IOException {
        Path file = OUT.resolve(name + ".html").toAbsolutePath();
        ReportRenderer.of(audience, Locale.forLanguageTag(language)).write(report, file);
        driver.manage().window().setSize(new Dimension(1280, 900));
        driver.get(file.toUri().toString());
        assertNoAlert();
    }

    /** Screenshots and axe, what every report must pass, and printing where asked. */
    private static void check(String name, boolean print) throws IOException {
        for (int width : new int[] {390, 1280}) {
            driver.manage().window().setSize(new Dimension(width, 900));
            long height = (Long) script("return Math.ceil(document.documentElement.scrollHeight)");
            driver.manage().window().setSize(new Dimension(width, (int) Math.min(Math.max(height, 400), 12_000)));
            Files.write(OUT.resolve(name + "-" + width + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        }
        driver.manage().window().setSize(new Dimension(1280, 900));
        script(axe);
        Object violations = driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations.map(v => v.id + ' (' + v.impact + '): '"
                + " + v.nodes.map(n => n.target.join(' ')).slice(0, 3).join(', '))), e => done(['axe failed: ' + e]));");
        assertThat((List<?>) violations).as(name + " axe violations").isEmpty();
        if (print) {
            checkPages(name);
        }
    }

    /** Prints on A4 and Letter: never fewer pages than sections, and the pages recorded. */
    private static void checkPages(String name) throws IOException {
        long sections = (Long) script("return document.querySelectorAll('section.report-section').length");
        for (PageSize size : List.of(PageSize.ISO_A4, PageSize.US_LETTER)) {
            PrintOptions print = new PrintOptions();
            print.setPageSize(size);
            byte[] pdf = Base64.getDecoder().decode(driver.print(print).getContent());
            String paper = size.getWidth() > 21.2 ? "letter" : "a4";
            Files.write(OUT.resolve(name + "-" + paper + ".pdf"), pdf);
            long count = PAGE.matcher(new String(pdf, StandardCharsets.ISO_8859_1)).results().count();
            // each section starts a page: never fewer pages than sections
            assertThat(count).as(name + " pages on " + paper).isGreaterThanOrEqualTo(Math.max(1, sections));
            String key = name + "." + paper;
            if (UPDATE) {
                pages.setProperty(key, Long.toString(count));
            } else {
                assertThat(pages.getProperty(key)).as(key + " in " + PAGES).isEqualTo(Long.toString(count));
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static List<List<String>> tableFigures() {
        return (List<List<String>>) script("return Array.from(document.querySelectorAll('tbody tr')).map(tr => "
                + "Array.from(tr.querySelectorAll('td')).map(td => td.getAttribute('data-value')))");
    }

    private static Object script(String code) {
        return ((JavascriptExecutor) driver).executeScript(code);
    }

    private static void assertNoAlert() {
        try {
            driver.switchTo().alert();
            throw new AssertionError("a script opened an alert");
        } catch (NoAlertPresentException expected) {
            // no script ran
        }
    }
}
