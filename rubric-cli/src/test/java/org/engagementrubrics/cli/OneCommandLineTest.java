package org.engagementrubrics.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.engagementrubrics.cli.Cli.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * The start-up fast path: a command line built with only the command that the first argument names prints,
 * and exits with, exactly what the command line with every command does.
 */
class OneCommandLineTest {

    private static final String RUBRIC = ExampleFiles.path("family-engagement-rubric-as-printed.json").toString();
    private static final String RESPONSES = ExampleFiles.path("guardian-survey-responses-with-a-bad-line.jsonl")
            .toString();

    static Stream<List<String>> arguments() {
        Stream<List<String>> perCommand = RubricCli.commandLine(() -> false).getSubcommands().keySet().stream()
                .filter(name -> !name.equals("help"))
                .flatMap(name -> Stream.of(List.of(name), List.of(name, "--help"), List.of(name, "-V"),
                        List.of(name, "--no-such-option"), List.of(name, "--debug", "--no-such-option"),
                        List.of(name, "extra", "arguments")));
        Stream<List<String>> runs = Stream.of(
                List.of("--version"),
                List.of("-V"),
                List.of("-V", "validate"),
                List.of("--version", "--help"),
                List.of("validate", RUBRIC),
                List.of("validate", "--format", "json", RUBRIC, RESPONSES),
                List.of("validate", "--instrument", "guardian-survey", RESPONSES),
                List.of("validate", "--strict", "--format", "JSON", RUBRIC),
                List.of("validate", "no-such-file.json"),
                List.of("score", "--instrument", "guardian-survey", "--response", RESPONSES),
                List.of("score", "--instrument", "no-such-instrument", "--response", RESPONSES),
                List.of("explain", "--instrument", "guardian-survey", "--response", RESPONSES),
                List.of("catalog", "list"),
                List.of("catalog", "show", "guardian-survey"),
                List.of("catalog", "show", "--help"),
                List.of("schema", "response"),
                List.of("schema", "no-such-kind"),
                List.of("demo"));
        return Stream.concat(perCommand, runs);
    }

    @ParameterizedTest
    @MethodSource("arguments")
    void oneCommandPrintsWhatEveryCommandPrints(List<String> arguments) {
        String[] args = arguments.toArray(String[]::new);

        Run one = Cli.run(RubricCli.commandLine(() -> false, args), args);
        Run every = Cli.run(RubricCli.commandLine(() -> false), args);

        assertThat(withoutStackFrames(one)).isEqualTo(withoutStackFrames(every));
    }

    /** The run with the frames of a --debug stack trace left out: they name the lines of this test. */
    private static Run withoutStackFrames(Run run) {
        return new Run(run.exitCode(), run.out(), run.err().replaceAll("(?m)^\\t(at |\\.\\.\\. ).*\n", ""));
    }

    static Stream<List<String>> plainValidations() {
        return Stream.of(
                List.of("validate", RUBRIC),
                List.of("validate", RUBRIC, RESPONSES, RUBRIC),
                List.of("validate", RESPONSES),
                List.of("validate", "no-such-file.json"),
                List.of("validate", "no-such-file.json", RUBRIC),
                List.of("validate", ExampleFiles.FOLDER.toString()),
                List.of("validate", ExampleFiles.path(ExampleFiles.FOUR_VERSIONS_TEAM).toString(),
                        ExampleFiles.path(ExampleFiles.FAMILY_ENGAGEMENT_PANEL).toString()),
                List.of("validate", ExampleFiles.path("coverage-roster.csv").toString()));
    }

    @ParameterizedTest
    @MethodSource("plainValidations")
    void plainValidatePrintsWhatPicocliPrints(List<String> arguments) {
        String[] args = arguments.toArray(String[]::new);
        assertThat(ValidateCommand.plainFiles(args)).hasSize(args.length - 1);

        Run plain = Cli.run(false, args);
        Run picocli = Cli.run(RubricCli.commandLine(() -> false), args);

        assertThat(plain).isEqualTo(picocli);
    }

    @Test
    void validateWithAnOptionOrAnArgumentFileGoesThroughPicocli() {
        for (String[] args : List.of(new String[] {"validate"}, new String[] {"validate", "--strict", RUBRIC},
                new String[] {"validate", RUBRIC, "--format", "json"}, new String[] {"validate", "--", RUBRIC},
                new String[] {"validate", "-"}, new String[] {"validate", "@args.txt"}, new String[] {"validate", ""},
                new String[] {"validate", "a\0b"}, new String[] {"score", RUBRIC},
                new String[] {"--debug", "validate", RUBRIC}, new String[] {"Validate", RUBRIC})) {
            assertThat(ValidateCommand.plainFiles(args)).as(String.join(" ", args)).isNull();
        }
    }

    @Test
    void firstArgumentThatNamesACommandBuildsThatCommandAlone() {
        CommandLine every = RubricCli.commandLine(() -> false);
        for (String name : every.getSubcommands().keySet()) {
            CommandLine one = RubricCli.commandLine(() -> false, name, "--help");
            if (name.equals("help")) {
                assertThat(one.getSubcommands()).as(name).containsOnlyKeys(every.getSubcommands().keySet());
            } else {
                assertThat(one.getSubcommands()).as(name).containsOnlyKeys(name);
                assertThat(one.getSubcommands().get(name).getUsageMessage())
                        .isEqualTo(every.getSubcommands().get(name).getUsageMessage());
            }
        }
    }

    @Test
    void versionAloneBuildsNoCommand() {
        assertThat(RubricCli.commandLine(() -> false, "--version").getSubcommands()).isEmpty();
        assertThat(RubricCli.commandLine(() -> false, "-V").getSubcommands()).isEmpty();
    }

    @Test
    void anyOtherFirstArgumentBuildsEveryCommand() {
        List<String> names = List.copyOf(RubricCli.commandLine(() -> false).getSubcommands().keySet());
        for (String[] args : List.of(new String[0], new String[] {"--help"}, new String[] {"--debug", "validate"},
                new String[] {"valdate"}, new String[] {"help", "validate"}, new String[] {"-V", "validate"})) {
            assertThat(List.copyOf(RubricCli.commandLine(() -> false, args).getSubcommands().keySet()))
                    .isEqualTo(names);
        }
    }
}
