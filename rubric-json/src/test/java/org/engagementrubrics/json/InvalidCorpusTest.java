package org.engagementrubrics.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.engagementrubrics.json.GoldenFilesTest.resources;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.testkit.Fixtures;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file under {@code invalid/} fails to read with exactly the problems its expectation lists.
 *
 * <p><b>Expectation files.</b> Each {@code <name>.json} has a {@code <name>.expected} beside it, UTF-8, one
 * problem per line in the order the reader reports them (document order):
 * <pre>
 * line:column pointer code
 * </pre>
 * where {@code pointer} is the problem's JSON pointer, written {@code /} for the root (whose pointer is
 * {@code ""}), and line and column are {@code 0:0} when the reader knows no place (a file that cannot be
 * read, an input without a single byte). Blank lines are ignored.
 * Lines starting with {@code #} are comments, except these directives:
 * <ul>
 * <li>{@code # read any|instrument|response|result|tally|survey-by-group|coverage}: the facade method used; default
 *     {@code any}, that is {@link RubricJson#read(Path)}; the others are {@code readInstrument(Path)},
 *     {@code readResponse(Path)}, {@code readResult(Path)}, {@code readTally(Path)}, {@code readCoverage(Path)} and
 *     {@code readSurveyByGroup(Path)};</li>
 * <li>{@code # against <fixture> [comment]}: read the file as a response validated against an instrument from
 *     {@link Fixtures} ({@code conditions}, {@code survey}, {@code fourVersions}, {@code stagedRubric},
 *     {@code district}, {@code checklist}, {@code pointsRubric}) with {@link ResponseReader#read(String, String)} of {@code responseReader(instrument)},
 *     the text decoded as UTF-8 and the file's path string as source name;</li>
 * <li>{@code # via string}: read the file's text with {@link RubricJson#read(String, String)} instead of
 *     the path;</li>
 * <li>{@code # limits name=value ...}: read with {@link ReadLimits#defaults()} changed by
 *     {@code maxDocumentBytes}, {@code maxDepth}, {@code maxStringLength}, {@code maxNumberLength} or
 *     {@code maxElements};</li>
 * <li>{@code # message <n> contains <text>} and {@code # message <n> excludes <text>}: the message of the
 *     n-th problem (from 1) contains, or does not contain, the text;</li>
 * <li>{@code # disabled <reason>}: the expectation is what the reader <em>should</em> report, and the reader
 *     currently does not; the case is skipped with the reason (a known reader bug).</li>
 * </ul>
 * Every problem's source must be the file's path string, and nothing but {@link FormatException} may escape.
 *
 * <p>Files under {@code accepted/} use the same expectation syntax (directives only, no problem lines) and
 * must read without problems.
 */
class InvalidCorpusTest {

    /** What one expectation file says. */
    record Expectation(String read, String against, boolean viaString, ReadLimits limits, String disabled,
            List<String> problems, List<MessageCheck> messages) {
    }

    /** A check of one problem's message: it must contain, or must not contain, a text. */
    record MessageCheck(int problem, boolean contains, String text) {
    }

    static List<Path> invalidFiles() {
        return GoldenFilesTest.files("invalid", ".json");
    }

    static List<Path> acceptedFiles() {
        return GoldenFilesTest.files("accepted", ".json");
    }

    static Path expectationFile(Path json) {
        String name = json.getFileName().toString();
        return json.resolveSibling(name.substring(0, name.length() - ".json".length()) + ".expected");
    }

    static Expectation expectation(Path json) {
        Path file = expectationFile(json);
        if (!Files.exists(file)) {
            return new Expectation("any", null, false, ReadLimits.defaults(), null, List.of(), List.of());
        }
        String read = "any";
        String against = null;
        boolean viaString = false;
        ReadLimits limits = ReadLimits.defaults();
        String disabled = null;
        List<String> problems = new ArrayList<>();
        List<MessageCheck> messages = new ArrayList<>();
        try {
            for (String raw : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String line = raw.strip();
                if (line.isEmpty()) {
                    continue;
                }
                if (line.startsWith("# read ")) {
                    read = line.substring("# read ".length()).strip();
                } else if (line.startsWith("# against ")) {
                    against = line.substring("# against ".length()).strip().split("\\s+", 2)[0];
                } else if (line.startsWith("# message ")) {
                    String[] parts = line.substring("# message ".length()).strip().split(" ", 3);
                    if (!parts[1].equals("contains") && !parts[1].equals("excludes")) {
                        throw new IllegalArgumentException("bad message directive in " + file + ": " + line);
                    }
                    messages.add(new MessageCheck(Integer.parseInt(parts[0]), parts[1].equals("contains"), parts[2]));
                } else if (line.equals("# via string")) {
                    viaString = true;
                } else if (line.startsWith("# limits ")) {
                    for (String setting : line.substring("# limits ".length()).strip().split("\\s+")) {
                        limits = limit(limits, setting);
                    }
                } else if (line.startsWith("# disabled ")) {
                    disabled = line.substring("# disabled ".length()).strip();
                } else if (!line.startsWith("#")) {
                    problems.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Expectation(read, against, viaString, limits, disabled, List.copyOf(problems),
                List.copyOf(messages));
    }

    private static ReadLimits limit(ReadLimits limits, String setting) {
        String[] parts = setting.split("=", 2);
        long value = Long.parseLong(parts[1]);
        switch (parts[0]) {
            case "maxDocumentBytes":
                return limits.withMaxDocumentBytes(value);
            case "maxDepth":
                return limits.withMaxDepth((int) value);
            case "maxStringLength":
                return limits.withMaxStringLength((int) value);
            case "maxNumberLength":
                return limits.withMaxNumberLength((int) value);
            case "maxElements":
                return limits.withMaxElements((int) value);
            default:
                throw new IllegalArgumentException("unknown limit " + setting);
        }
    }

    private static final Map<String, Supplier<Instrument>> FIXTURES = Map.of(
            "conditions", Fixtures::conditions, "survey", Fixtures::survey, "fourVersions", Fixtures::fourVersions,
            "stagedRubric", Fixtures::stagedRubric, "district", Fixtures::district, "checklist", Fixtures::checklist,
            "pointsRubric", Fixtures::pointsRubric);

    /** Reads the file the way its expectation says. */
    static Object read(Path file, Expectation expectation) throws IOException {
        RubricJson json = RubricJson.defaults().withLimits(expectation.limits());
        String source = file.toString();
        if (expectation.against() != null) {
            Supplier<Instrument> instrument = FIXTURES.get(expectation.against());
            if (instrument == null) {
                throw new IllegalArgumentException("unknown fixture " + expectation.against());
            }
            if (expectation.read().equals("result")) { // a result, compact or full, with the instrument it names
                return json.readResult(file, org.engagementrubrics.core.scoring.ScoringEngine.defaults()
                        .prepare(instrument.get()));
            }
            return json.responseReader(instrument.get()).read(Files.readString(file, StandardCharsets.UTF_8), source);
        }
        if (expectation.viaString()) {
            return json.read(Files.readString(file, StandardCharsets.UTF_8), source);
        }
        switch (expectation.read()) {
            case "any":
                return json.read(file);
            case "instrument":
                return json.readInstrument(file);
            case "response":
                return json.readResponse(file);
            case "result":
                return json.readResult(file);
            case "tally":
                return json.readTally(file);
            case "survey-by-group":
                return json.readSurveyByGroup(file);
            case "coverage":
                return json.readCoverage(file);
            default:
                throw new IllegalArgumentException("unknown reader " + expectation.read());
        }
    }

    /** A problem as an expectation line. */
    static String line(FormatProblem problem) {
        return problem.line() + ":" + problem.column() + " " + (problem.pointer().isEmpty() ? "/" : problem.pointer())
                + " " + problem.code();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidFiles")
    void reportsExactlyTheExpectedProblems(Path file) {
        Expectation expectation = expectation(file);
        if (expectation.disabled() != null) {
            Assumptions.abort("known reader bug, " + file.getFileName() + ": " + expectation.disabled());
        }

        Throwable thrown = catchThrowable(() -> read(file, expectation));

        assertThat(thrown).as("reading %s", file.getFileName()).isInstanceOf(FormatException.class);
        List<FormatProblem> problems = ((FormatException) thrown).problems();
        assertThat(problems).extracting(InvalidCorpusTest::line)
                .as("problems of %s; the reader said:%n%s", file.getFileName(), thrown.getMessage())
                .containsExactlyElementsOf(expectation.problems());
        assertThat(problems).extracting(FormatProblem::source).containsOnly(file.toString());
        assertThat(problems).allSatisfy(problem -> assertThat(problem.message()).isNotBlank());
        for (MessageCheck check : expectation.messages()) {
            String message = problems.get(check.problem() - 1).message();
            if (check.contains()) {
                assertThat(message).as("message of problem %d of %s", check.problem(), file.getFileName())
                        .contains(check.text());
            } else {
                assertThat(message).as("message of problem %d of %s", check.problem(), file.getFileName())
                        .doesNotContain(check.text());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("acceptedFiles")
    void acceptedFilesReadWithoutProblems(Path file) throws IOException {
        Expectation expectation = expectation(file);

        assertThat(expectation.problems()).as("accepted files list no problems").isEmpty();
        assertThat(read(file, expectation)).isNotNull();
    }

    @Test
    void theCorpusIsLargeAndEveryFileHasItsExpectation() {
        List<Path> files = invalidFiles();

        assertThat(files).hasSizeGreaterThanOrEqualTo(40);
        assertThat(files).allSatisfy(file -> assertThat(expectationFile(file)).as("expectation of %s", file)
                .exists());
        assertThat(files).allSatisfy(file -> assertThat(expectation(file).problems())
                .as("problems expected of %s", file.getFileName()).isNotEmpty());
    }

    /**
     * {@code syntax-nan.json} and {@code syntax-infinity.json} are disabled for their column only; that they
     * are rejected as syntax errors on the right line is still checked here.
     */
    @Test
    void nonStandardNumbersAreSyntaxErrorsEvenWhileTheirColumnIsWrong() {
        for (Map.Entry<String, Integer> entry : Map.of("syntax-nan.json", 10, "syntax-infinity.json", 15).entrySet()) {
            Path file = resources("invalid").resolve(entry.getKey());

            Throwable thrown = catchThrowable(() -> RubricJson.defaults().read(file));

            assertThat(thrown).isInstanceOf(FormatException.class);
            assertThat(((FormatException) thrown).problems()).singleElement().satisfies(problem -> {
                assertThat(problem.code()).isEqualTo(FormatCodes.SYNTAX);
                assertThat(problem.pointer()).isEmpty();
                assertThat(problem.line()).isEqualTo(entry.getValue());
                assertThat(problem.source()).isEqualTo(file.toString());
            });
        }
    }

    /**
     * Too large for the corpus: a number past {@code maxNumberLength} is reported and never parsed (it was
     * once parsed anyway, by the extension codec's {@code new BigDecimal}, in time quadratic in its length:
     * 1.6 million digits took about 30 seconds).
     */
    @Test
    void aNumberPastTheLimitIsReportedWithoutBeingParsed() throws IOException {
        Path file = resources("accepted").resolve("mini-staged-rubric.json");
        String json = Files.readString(file).replace("\"version\": \"1.0.0\",",
                "\"version\": \"1.0.0\", \"extensions\": {\"big\": 1" + "0".repeat(2_000_000) + "},");

        Throwable thrown = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> catchThrowable(() -> RubricJson.defaults().read(json, "big-number.json")));

        assertThat(thrown).isInstanceOf(FormatException.class);
        assertThat(((FormatException) thrown).problems()).extracting(InvalidCorpusTest::line)
                .containsExactly("5:45 /extensions/big number-too-long");
    }

    @Test
    void everyExpectationHasItsFile() {
        Set<String> jsonNames = invalidFiles().stream().map(f -> f.getFileName().toString())
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(GoldenFilesTest.files("invalid", ".expected")).allSatisfy(expected -> {
            String name = expected.getFileName().toString();
            assertThat(jsonNames).as("file for %s", name)
                    .contains(name.substring(0, name.length() - ".expected".length()) + ".json");
        });
    }

    @Test
    void everyExpectedLineIsWellFormed() {
        assertThat(invalidFiles()).allSatisfy(file -> assertThat(expectation(file).problems())
                .allSatisfy(line -> assertThat(line).as("in %s", expectationFile(file).getFileName())
                        .matches("\\d+:\\d+ /\\S* [a-z-]+")));
    }
}
