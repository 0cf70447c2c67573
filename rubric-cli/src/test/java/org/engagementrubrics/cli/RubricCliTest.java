package org.engagementrubrics.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.engagementrubrics.cli.Cli.Run;
import org.engagementrubrics.cli.ExampleFiles;
import org.engagementrubrics.examples.Catalog;
import org.engagementrubrics.examples.CatalogEntry;
import org.engagementrubrics.json.JsonSchemas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;

class RubricCliTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "validate", "score", "explain", "catalog", "catalog list", "catalog show", "schema",
        "demo", "report", "convert", "aggregate", "agreement", "compare", "coverage", "help"})
    void everyCommandHasHelp(String command) {
        List<String> args = new ArrayList<>(command.isEmpty() ? List.of() : List.of(command.split(" ")));
        args.add("--help");

        Run run = Cli.run(args.toArray(String[]::new));

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith(command.isEmpty() ? "Usage: rubric " : "")
                .contains("Usage: rubric " + command).contains("-h, --help");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void helpListsTheCommandsAndTheExitCodes() {
        Run run = Cli.run("--help");

        assertThat(run.out()).contains("validate", "score", "explain", "catalog", "schema", "demo", "--version",
                "--debug", "Exit codes: 0 success, 1 problems found in the input, 2 usage error, 3 internal");
        assertThat(Cli.run("help", "score").out()).isEqualTo(Cli.run("score", "--help").out());
        assertThat(Cli.run("score", "--help").out()).contains("--tie-policy=POLICY", "--placement=PLACEMENT",
                "--format=FORMAT", "cumulative:T", "a JSON array of result documents");
        assertThat(run.out()).containsPattern("3 internal\\s+error, 4 out of memory\\.");
        for (String command : List.of("score", "explain", "validate")) {
            assertThat(Cli.run(command, "--help").out()).as(command).contains("4   out of memory");
        }
        assertThat(Cli.run("score", "--help").out()).contains("text (default), json or jsonl.", "jsonl prints each result document on one line");
    }

    @Test
    void versionIsTheProjectVersion() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = RubricCli.class.getResourceAsStream("version.properties")) {
            properties.load(in);
        }
        String version = properties.getProperty("version");
        assertThat(version).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");

        for (List<String> args : List.of(List.of("--version"), List.of("-V"), List.of("score", "--version"),
                List.of("catalog", "list", "-V"))) {
            Run run = Cli.run(args.toArray(String[]::new));
            assertThat(run.exitCode()).isZero();
            assertThat(run.outLines().get(0)).isEqualTo("rubric " + version);
            assertThat(run.outLines().get(1)).startsWith("Java " + System.getProperty("java.version"));
        }
    }

    @Test
    void noCommandIsAUsageError() {
        Run run = Cli.run();

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("rubric: Missing required subcommand\n").contains("Usage: rubric ");
    }

    @Test
    void anUnknownCommandSuggestsTheNearest() {
        Run run = Cli.run("validte", "x.json");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("'validte'").contains("Did you mean: rubric validate")
                .contains("Try 'rubric --help' for more information.");
    }

    @Test
    void catalogListPrintsAlignedColumns() {
        Run run = Cli.run("catalog", "list");

        assertThat(run.exitCode()).isZero();
        List<String> lines = run.outLines();
        List<CatalogEntry> entries = Catalog.bundled().entries();
        assertThat(lines).hasSize(entries.size() + 1);
        assertThat(lines.get(0)).matches("ID +VERSION +KIND +TITLE +ERRATA +FINGERPRINT");
        for (String column : List.of("VERSION", "KIND", "TITLE", "ERRATA", "FINGERPRINT")) {
            int at = lines.get(0).indexOf(column);
            for (int i = 1; i < lines.size(); i++) {
                assertThat(lines.get(i).charAt(at - 1)).as("column %s of line %s", column, i).isEqualTo(' ');
                assertThat(lines.get(i).charAt(at)).as("column %s of line %s", column, i).isNotEqualTo(' ');
            }
        }
        for (int i = 0; i < entries.size(); i++) {
            CatalogEntry entry = entries.get(i);
            assertThat(lines.get(i + 1)).startsWith(entry.id() + " ").contains(" " + entry.version() + " ",
                    " " + entry.kind().kindName() + " ", " " + entry.title() + " ", " " + entry.errata() + " ")
                    .endsWith(" " + entry.fingerprint());
        }
    }

    @Test
    void catalogShowPrintsTheBundledFileExactly() {
        for (CatalogEntry entry : Catalog.bundled().entries()) {
            Run run = Cli.run("catalog", "show", entry.id());
            assertThat(run.exitCode()).isZero();
            assertThat(run.out()).isEqualTo(Catalog.bundledFile(entry.id()));

            Run versioned = Cli.run("catalog", "show", entry.id(), "--version", entry.version());
            assertThat(versioned.out()).isEqualTo(run.out());
        }
    }

    @Test
    void catalogErrorsAreUsageErrors() {
        Run unknown = Cli.run("catalog", "show", "nope");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).startsWith("rubric: no instrument 'nope' in the catalog; known: [family-engagement-rubric,");

        Run version = Cli.run("catalog", "show", "guardian-survey", "--version", "9.9.9");
        assertThat(version.exitCode()).isEqualTo(2);
        assertThat(version.err()).startsWith("rubric: no instrument 'guardian-survey' version 9.9.9 in the catalog; known: [")
                .contains("guardian-survey@1.0.0");

        Run noSubcommand = Cli.run("catalog");
        assertThat(noSubcommand.exitCode()).isEqualTo(2);
        assertThat(noSubcommand.err()).contains("Usage: rubric catalog").contains("list").contains("show");

        assertThat(Cli.run("catalog", "show").exitCode()).isEqualTo(2);
    }

    @Test
    void schemaListsTheKindsAndPrintsASchema() {
        Run list = Cli.run("schema");
        assertThat(list.exitCode()).isZero();
        assertThat(list.outLines()).containsExactlyElementsOf(JsonSchemas.kinds());

        for (String kind : JsonSchemas.kinds()) {
            Run run = Cli.run("schema", kind);
            assertThat(run.exitCode()).isZero();
            String schema = JsonSchemas.schema(kind);
            assertThat(run.out()).isEqualTo(schema.endsWith("\n") ? schema : schema + "\n");
        }

        Run unknown = Cli.run("schema", "rubric");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).startsWith("rubric: no schema for kind 'rubric'; expected one of [staged-rubric,");
    }

    @Test
    void demoPrintsTheDemo() {
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        Demo.run(new PrintStream(expected, true, StandardCharsets.UTF_8));

        Run run = Cli.run("demo");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo(expected.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n"));
        assertThat(run.out()).contains("== 4 Versions of Family-School Partnerships").contains("duplicate-label");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void badInputPrintsAStackTraceOnlyWithDebug() {
        String missing = ExampleFiles.path("no-such-file.json").toString();

        Run plain = Cli.run("score", "--instrument", "guardian-survey", "--response", missing);
        Run debug = Cli.run("--debug", "score", "--instrument", "guardian-survey", "--response", missing);
        Run debugAfter = Cli.run("score", "--instrument", "guardian-survey", "--response", missing, "--debug");

        assertThat(plain.exitCode()).isEqualTo(1);
        assertThat(debug.exitCode()).isEqualTo(1);
        assertThat(debugAfter.exitCode()).isEqualTo(1);
        assertThat(debug.err()).startsWith(plain.err()).contains("FormatException").contains("\tat ");
        assertThat(debugAfter.err()).startsWith(plain.err()).contains("FormatException").contains("\tat ");

        Run usage = Cli.run("--debug", "score", "--instrument", "nope", "--response", missing);
        assertThat(usage.exitCode()).isEqualTo(2);
        assertThat(usage.err()).contains("ParameterException").contains("\tat ");
    }

    @Command(name = "boom")
    static final class Boom implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new IllegalStateException("the engine broke");
        }
    }

    @Test
    void anUnexpectedExceptionIsAnInternalErrorWithExitThree() {
        CommandLine plain = RubricCli.commandLine(() -> false);
        plain.addSubcommand(new Boom());
        Run run = Cli.run(plain, "boom");

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("rubric: internal error: the engine broke (run with --debug for details)\n");

        CommandLine debugging = RubricCli.commandLine(() -> false);
        debugging.addSubcommand(new Boom());
        Run debug = Cli.run(debugging, "--debug", "boom");

        assertThat(debug.exitCode()).isEqualTo(3);
        assertThat(debug.err()).startsWith(run.err()).contains("java.lang.IllegalStateException: the engine broke")
                .contains("\tat ");
    }

    @Command(name = "heavy")
    static final class Heavy implements Callable<Integer> {
        @Override
        public Integer call() {
            throw OutOfMemory.afterReading(java.nio.file.Path.of("responses.jsonl"), 812_000,
                    new OutOfMemoryError("Java heap space"));
        }
    }

    @Test
    void runningOutOfMemoryIsOneLineWithExitFourNotAnInternalError() {
        CommandLine plain = RubricCli.commandLine(() -> false);
        plain.addSubcommand(new Heavy());
        Run run = Cli.run(plain, "heavy");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OUT_OF_MEMORY).isEqualTo(4);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).matches("rubric: out of memory after reading 812,000 records of responses.jsonl \\(Java "
                + "may use at most \\d+ MiB here\\); give Java more memory, such as 'java -Xmx2g -jar rubric.jar "
                + "\\.\\.\\.'\n");

        CommandLine debugging = RubricCli.commandLine(() -> false);
        debugging.addSubcommand(new Heavy());
        Run debug = Cli.run(debugging, "--debug", "heavy");
        assertThat(debug.exitCode()).isEqualTo(4);
        assertThat(debug.err()).startsWith(run.err()).contains("java.lang.OutOfMemoryError: Java heap space")
                .contains("\tat ");
    }

    @Test
    void anOutOfMemoryErrorThatEscapesTheCommandIsExitFourAndAnyOtherErrorExitThree() {
        java.io.StringWriter text = new java.io.StringWriter();
        java.io.PrintWriter err = new java.io.PrintWriter(text);

        assertThat(RubricCli.escaped(new OutOfMemoryError("Java heap space"), false, err)).isEqualTo(4);
        assertThat(text.toString()).startsWith("rubric: out of memory (Java may use at most ")
                .doesNotContain("internal error").doesNotContain("\tat ").endsWith("rubric.jar ...'" + System.lineSeparator());

        text.getBuffer().setLength(0);
        assertThat(RubricCli.escaped(new StackOverflowError(), false, err)).isEqualTo(ExitCodes.INTERNAL);
        assertThat(text.toString()).isEqualTo("rubric: internal error: StackOverflowError (run with --debug for details)"
                + System.lineSeparator());

        text.getBuffer().setLength(0);
        RubricCli.escaped(new OutOfMemoryError("Java heap space"), true, err);
        assertThat(text.toString()).contains("java.lang.OutOfMemoryError: Java heap space").contains("\tat ");
    }

    @Test
    void onlyScoreWritesJsonLines() {
        Run validate = Cli.run("validate", "--format", "jsonl", ExampleFiles.path(ExampleFiles.FOUR_VERSIONS_TEAM)
                .toString());

        assertThat(validate.exitCode()).isEqualTo(2);
        assertThat(validate.err()).startsWith("rubric: Invalid value for option '--format': expected one of [TEXT, JSON]");
    }
}
