package org.engagementrubrics.testkit.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.core.survey.Survey;
import org.engagementrubrics.json.RubricJson;
import org.engagementrubrics.testkit.Fixtures;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dynamic tests of {@link RubricFiles}, run here by executing each test's executable: a passing test gives
 * {@code "ok"}, a failing one the message of its assertion error.
 */
class RubricFilesTest {

    private static final RubricJson JSON = RubricJson.defaults();
    private static final String OK = "ok";

    @TempDir
    Path folder;

    private final Survey survey = Fixtures.survey();

    /** Runs every test of the nodes, depth first, closing each container's stream as JUnit does. */
    private static Map<String, String> run(Stream<DynamicNode> nodes) {
        Map<String, String> outcomes = new LinkedHashMap<>();
        try (nodes) {
            nodes.forEach(node -> run("", node, outcomes));
        }
        return outcomes;
    }

    private static void run(String parent, DynamicNode node, Map<String, String> outcomes) {
        String name = parent + node.getDisplayName();
        if (node instanceof DynamicContainer container) {
            try (Stream<? extends DynamicNode> children = container.getChildren()) {
                children.forEach(child -> run(name + " > ", child, outcomes));
            }
            return;
        }
        try {
            ((DynamicTest) node).getExecutable().execute();
            outcomes.put(name, OK);
        } catch (AssertionError e) {
            outcomes.put(name, e.getMessage());
        } catch (Throwable e) {
            throw new IllegalStateException(name + " threw " + e, e);
        }
    }

    private Path write(String name, String text) throws IOException {
        Path file = folder.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    private Response response(String id, int s1, int s2) {
        return Response.of(id, survey.id(), "guardian-" + id, "school-12", Fixtures.WHEN,
                org.engagementrubrics.core.response.Ratings.of(Fixtures.ratings("s1", s1, "s2", s2)));
    }

    private String lines(Response... responses) {
        return Stream.of(responses).map(response -> JSON.writeLine(response) + "\n").collect(Collectors.joining());
    }

    @Test
    void everyValidFileIsOnePassingTestNamedAfterItsRelativePathInSortedOrder() throws IOException {
        write("surveys/guardian-survey.json", JSON.write(survey));
        write("matrix.json", JSON.write(Fixtures.fourVersions()));
        write("surveys/one-response.json", JSON.write(response("r-1", 3, 4)));

        Map<String, String> outcomes = run(RubricFiles.in(folder).validate());

        assertThat(outcomes).containsExactly(Map.entry("matrix.json", OK),
                Map.entry("surveys/guardian-survey.json", OK), Map.entry("surveys/one-response.json", OK));
    }

    @Test
    void aBrokenFileFailsWithEveryLocatedProblemInOneMessage() throws IOException {
        Path broken = write("broken.json", JSON.write(survey).replaceFirst("\"title\"", "\"titel\"")
                .replaceFirst("\"statements\"", "\"statement\""));

        Map<String, String> outcomes = run(RubricFiles.in(folder).validate());

        String message = outcomes.get("broken.json");
        assertThat(message).startsWith(broken + ": 4 problems" + System.lineSeparator())
                .containsPattern("(?m)^" + java.util.regex.Pattern.quote(broken.toString())
                        + ":\\d+:\\d+: /titel: \\[unknown-field\\] ")
                .containsPattern("(?m)^" + java.util.regex.Pattern.quote(broken.toString())
                        + ":\\d+:\\d+: /statement: \\[unknown-field\\] ");
        assertThat(message.lines()).hasSize(5).filteredOn(line -> line.contains("[missing]")).hasSize(2);
    }

    @Test
    void aResponseStreamIsAContainerWithOneTestPerRecordNamedAfterItsLine() throws IOException {
        write("guardian-survey.json", JSON.write(survey));
        write("answers.jsonl", lines(response("r-1", 3, 4), response("r-2", 1, 2)) + "\n"
                + lines(response("r-3", 2, 9)) + "{\"kind\": \"response\"\n");

        Map<String, String> outcomes = run(RubricFiles.in(folder).matching("**.jsonl").validate());

        assertThat(outcomes.keySet()).containsExactly("answers.jsonl > line 1 (record 1)",
                "answers.jsonl > line 2 (record 2)", "answers.jsonl > line 4 (record 3)",
                "answers.jsonl > line 5 (record 4)");
        assertThat(outcomes.get("answers.jsonl > line 1 (record 1)")).isEqualTo(OK);
        assertThat(outcomes.get("answers.jsonl > line 2 (record 2)")).isEqualTo(OK);
        assertThat(outcomes.get("answers.jsonl > line 4 (record 3)")) // 9 is off the survey's 1-4 scale
                .startsWith(folder.resolve("answers.jsonl") + ": 1 problem")
                .contains(folder.resolve("answers.jsonl") + ":4:");
        assertThat(outcomes.get("answers.jsonl > line 5 (record 4)")).contains(":5:").contains("[syntax]");
    }

    @Test
    void aStreamIsReadLazilyOneRecordPerTest() throws IOException {
        write("guardian-survey.json", JSON.write(survey));
        write("many.jsonl", IntStream.rangeClosed(1, 500).mapToObj(i -> JSON.writeLine(response("r-" + i, 1, 2)) + "\n")
                .collect(Collectors.joining()));
        DynamicContainer container = (DynamicContainer) RubricFiles.in(folder).matching("many.jsonl").validate()
                .findFirst().orElseThrow();
        AtomicInteger made = new AtomicInteger();

        try (Stream<? extends DynamicNode> children = container.getChildren()) {
            List<String> firstThree = children.peek(child -> made.incrementAndGet()).limit(3)
                    .map(DynamicNode::getDisplayName).toList();

            assertThat(firstThree).containsExactly("line 1 (record 1)", "line 2 (record 2)", "line 3 (record 3)");
            assertThat(made).hasValue(3);
        }
    }

    @Test
    void responsesAreCheckedAgainstTheInstrumentTheyNameAmongTheFolders() throws IOException {
        write("guardian-survey.json", JSON.write(survey));
        // valid on its own (a rating of 7 is a number), off the scale of the survey it names
        write("off-scale.json", JSON.write(response("r-1", 7, 2)));

        Map<String, String> outcomes = run(RubricFiles.in(folder).validate());

        assertThat(outcomes.get("off-scale.json")).startsWith(folder.resolve("off-scale.json") + ": 1 problem");
        assertThat(outcomes.get("guardian-survey.json")).isEqualTo(OK);
    }

    @Test
    void responsesNamingNoInstrumentInTheFolderFailAndSaySo() throws IOException {
        write("answers.jsonl", lines(response("r-1", 3, 4)));

        Map<String, String> outcomes = run(RubricFiles.in(folder).validate());

        assertThat(outcomes).containsOnlyKeys("answers.jsonl > instrument");
        assertThat(outcomes.get("answers.jsonl > instrument")).contains("instrument guardian-survey (no version)")
                .contains("not among the instruments under " + folder).contains("withInstrument");
    }

    @Test
    void theInstrumentGivenChecksEveryResponseWhereverItLies(@TempDir Path elsewhere) throws IOException {
        Path instrument = Files.writeString(elsewhere.resolve("survey.json"), JSON.write(survey));
        write("answers.jsonl", lines(response("r-1", 3, 4), response("r-2", 5, 1)));

        Map<String, String> outcomes = run(RubricFiles.in(folder).withInstrument(instrument).validate());

        assertThat(outcomes.get("answers.jsonl > line 1 (record 1)")).isEqualTo(OK);
        assertThat(outcomes.get("answers.jsonl > line 2 (record 2)")).contains(":2:");
    }

    @Test
    void anInstrumentGivenThatCannotBeReadFailsWithItsProblems(@TempDir Path elsewhere) throws IOException {
        Path instrument = Files.writeString(elsewhere.resolve("survey.json"), "{\"kind\": \"survey\"}");
        write("one.json", JSON.write(response("r-1", 3, 4)));

        Map<String, String> outcomes = run(RubricFiles.in(folder).withInstrument(instrument).validate());

        assertThat(outcomes.get("one.json")).startsWith("the instrument given, " + instrument + ", cannot be read")
                .contains("/format: [missing]");
    }

    @Test
    void aStreamWithNoRecordFails() throws IOException {
        write("empty.jsonl", "\n\n");

        Map<String, String> outcomes = run(RubricFiles.in(folder).validate());

        assertThat(outcomes).containsOnlyKeys("empty.jsonl > no records");
        assertThat(outcomes.get("empty.jsonl > no records")).contains("holds no responses");
    }

    @Test
    void aFolderWithNoMatchingFileIsOneFailingTest() throws IOException {
        write("notes.txt", "not a rubric file");

        Map<String, String> empty = run(RubricFiles.in(folder).validate());
        Map<String, String> missing = run(RubricFiles.in(folder.resolve("nowhere")).validate());

        assertThat(empty).hasSize(1);
        assertThat(empty.values()).singleElement().asString()
                .isEqualTo("no rubric files under " + folder + " matching [**.json, **.jsonl, **.ndjson]");
        assertThat(missing.values()).singleElement().asString()
                .startsWith("no rubric files under " + folder.resolve("nowhere") + ": it is not a folder");
    }

    @Test
    void globsSelectTheFilesTested() throws IOException {
        write("a/one.json", JSON.write(survey));
        write("b/two.json", JSON.write(survey));

        Map<String, String> outcomes = run(RubricFiles.in(folder).matching("b/*.json").validate());

        assertThat(outcomes).containsOnlyKeys("b/two.json");
    }

    @Test
    void warningsPassUnlessStrict() throws IOException {
        String matrix = JSON.write(Fixtures.fourVersions());
        String withEmptyCell = matrix.replaceFirst("\"statements\": \\[[^\\]]*\\]", "\"statements\": []");
        assertThat(withEmptyCell).isNotEqualTo(matrix);
        write("matrix.json", withEmptyCell);

        Map<String, String> lenient = run(RubricFiles.in(folder).validate());
        Map<String, String> strict = run(RubricFiles.in(folder).strict().validate());

        assertThat(lenient).containsExactly(Map.entry("matrix.json", OK));
        assertThat(strict.get("matrix.json")).startsWith(folder.resolve("matrix.json") + ": 1 warning")
                .contains("warning: [");
    }

    @Test
    void optionsAreCheckedAndReturnCopies() {
        RubricFiles files = RubricFiles.in(folder);

        assertThat(files.matching("**.json", "**.jsonl", "**.ndjson")).isSameAs(files);
        assertThat(files.strict()).isNotSameAs(files).hasToString("RubricFiles[" + folder + ", "
                + RubricFiles.DEFAULT_GLOBS + ", strict]");
        assertThatThrownBy(() -> files.matching()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("globs");
        assertThatThrownBy(() -> files.matching("  ")).hasMessage("globs[0]: must not be blank");
        assertThatThrownBy(() -> files.matching("[a")).hasMessageStartingWith("globs: [a is not a valid glob");
        assertThatThrownBy(() -> RubricFiles.in(null)).isInstanceOf(NullPointerException.class).hasMessage("folder");
        assertThatThrownBy(() -> files.withInstrument(null)).hasMessage("instrumentFile");
    }
}
