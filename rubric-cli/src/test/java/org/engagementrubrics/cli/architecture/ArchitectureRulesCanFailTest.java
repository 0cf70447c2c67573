package org.engagementrubrics.cli.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.engagementrubrics.cli.architecture.ArchitectureRules.CORE;
import static org.engagementrubrics.cli.architecture.ArchitectureRules.EXAMPLES;
import static org.engagementrubrics.cli.architecture.ArchitectureRules.JSON;
import static org.engagementrubrics.cli.architecture.ArchitectureRules.TESTKIT;
import static org.engagementrubrics.cli.architecture.ArchitectureRules.libraryCodeDoesNotPrint;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.stream.Stream;
import org.engagementrubrics.core.Fingerprint;
import org.engagementrubrics.core.agreement.archviolation.AgreementViolations;
import org.engagementrubrics.core.archviolation.CoreViolations;
import org.engagementrubrics.core.internal.CanonicalEncoder;
import org.engagementrubrics.core.matrix.archviolation.ModelViolations;
import org.engagementrubrics.examples.archviolation.ExamplesViolations;
import org.engagementrubrics.json.archviolation.JsonViolations;
import org.engagementrubrics.testkit.archviolation.TestkitViolations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Shows that every {@link ArchitectureRules} rule can fail: each test-only class under an
 * {@code ..archviolation..} package breaks one wall, is imported on its own, and must be reported by the
 * rule for that wall, naming the class it must not use.
 */
class ArchitectureRulesCanFailTest {

    static Stream<Arguments> violations() {
        return Stream.of(
                breach("model", ArchitectureRules.MODEL_KNOWS_NOTHING_OF_SCORING,
                        ModelViolations.UsesScoring.class, "org.engagementrubrics.core.scoring.ScoringEngine"),
                breach("model", ArchitectureRules.MODEL_KNOWS_NOTHING_OF_SCORING,
                        ModelViolations.UsesPrivacy.class, "org.engagementrubrics.core.privacy.SmallCellRule"),
                breach("model", ArchitectureRules.MODEL_KNOWS_NOTHING_OF_SCORING,
                        ModelViolations.UsesCoverage.class, "org.engagementrubrics.core.coverage.CoverageTally"),
                breach("model", ArchitectureRules.MODEL_KNOWS_NOTHING_OF_SCORING,
                        ModelViolations.UsesRaters.class, "org.engagementrubrics.core.raters.Panel"),
                breach("agreement", ArchitectureRules.AGREEMENT_DEPENDS_ON_NOTHING_ELSE_OF_CORE,
                        AgreementViolations.UsesScoring.class, "org.engagementrubrics.core.scoring.ScoringEngine"),
                breach("agreement", ArchitectureRules.AGREEMENT_DEPENDS_ON_NOTHING_ELSE_OF_CORE,
                        AgreementViolations.UsesResponses.class, "org.engagementrubrics.core.response.Response"),

                breach("core", ArchitectureRules.CORE_USES_NO_JSON_LIBRARY_AND_NONE_OF_OUR_OTHER_MODULES,
                        CoreViolations.UsesJackson.class, "tools.jackson.databind.json.JsonMapper"),
                breach("core", ArchitectureRules.CORE_USES_NO_JSON_LIBRARY_AND_NONE_OF_OUR_OTHER_MODULES,
                        CoreViolations.UsesJacksonAnnotations.class, "com.fasterxml.jackson.annotation.JsonInclude"),
                breach("core", ArchitectureRules.CORE_USES_NO_JSON_LIBRARY_AND_NONE_OF_OUR_OTHER_MODULES,
                        CoreViolations.UsesJson.class, "org.engagementrubrics.json.RubricJson"),
                breach("core", ArchitectureRules.CORE_USES_NO_JSON_LIBRARY_AND_NONE_OF_OUR_OTHER_MODULES,
                        CoreViolations.UsesExamples.class, "org.engagementrubrics.examples.Catalog"),
                breach("core", ArchitectureRules.CORE_USES_NO_JSON_LIBRARY_AND_NONE_OF_OUR_OTHER_MODULES,
                        CoreViolations.UsesTestkit.class, "org.engagementrubrics.testkit.Gen"),
                breach("core", ArchitectureRules.CORE_USES_NO_JSON_LIBRARY_AND_NONE_OF_OUR_OTHER_MODULES,
                        CoreViolations.UsesCli.class, "org.engagementrubrics.cli.RubricCli"),

                breach("json", ArchitectureRules.JSON_USES_NEITHER_EXAMPLES_NOR_CLI_NOR_TESTKIT,
                        JsonViolations.UsesExamples.class, "org.engagementrubrics.examples.Catalog"),
                breach("json", ArchitectureRules.JSON_USES_NEITHER_EXAMPLES_NOR_CLI_NOR_TESTKIT,
                        JsonViolations.UsesCli.class, "org.engagementrubrics.cli.RubricCli"),
                breach("json", ArchitectureRules.JSON_USES_NEITHER_EXAMPLES_NOR_CLI_NOR_TESTKIT,
                        JsonViolations.UsesTestkit.class, "org.engagementrubrics.testkit.Gen"),

                breach("examples", ArchitectureRules.EXAMPLES_USE_NEITHER_CLI_NOR_TESTKIT_NOR_PICOCLI,
                        ExamplesViolations.UsesCli.class, "org.engagementrubrics.cli.RubricCli"),
                breach("examples", ArchitectureRules.EXAMPLES_USE_NEITHER_CLI_NOR_TESTKIT_NOR_PICOCLI,
                        ExamplesViolations.UsesTestkit.class, "org.engagementrubrics.testkit.Gen"),
                breach("examples", ArchitectureRules.EXAMPLES_USE_NEITHER_CLI_NOR_TESTKIT_NOR_PICOCLI,
                        ExamplesViolations.UsesPicocli.class, "picocli.CommandLine"),

                breach("testkit", ArchitectureRules.TESTKIT_GENERATORS_USE_ONLY_CORE,
                        TestkitViolations.UsesJson.class, "org.engagementrubrics.json.RubricJson"),
                breach("testkit", ArchitectureRules.TESTKIT_USES_NEITHER_EXAMPLES_NOR_CLI,
                        TestkitViolations.UsesExamples.class, "org.engagementrubrics.examples.Catalog"),
                breach("testkit", ArchitectureRules.TESTKIT_USES_NEITHER_EXAMPLES_NOR_CLI,
                        TestkitViolations.UsesCli.class, "org.engagementrubrics.cli.RubricCli"),
                breach("testkit", ArchitectureRules.TESTKIT_GENERATORS_USE_ONLY_CORE,
                        TestkitViolations.UsesAssertj.class, "org.assertj.core.api.Assertions"),

                breach("internal", ArchitectureRules.INTERNAL_PACKAGES_ARE_USED_ONLY_BY_THEIR_OWN_MODULE,
                        JsonViolations.UsesCoreInternal.class, "org.engagementrubrics.core.internal.CanonicalEncoder"),

                breach("print core", libraryCodeDoesNotPrint(CORE), CoreViolations.PrintsToSystemOut.class, "System.out"),
                breach("print core", libraryCodeDoesNotPrint(CORE), CoreViolations.PrintsToSystemErr.class, "System.err"),
                breach("print core", libraryCodeDoesNotPrint(CORE), CoreViolations.PrintsStackTrace.class, "printStackTrace"),
                breach("print json", libraryCodeDoesNotPrint(JSON), JsonViolations.PrintsToSystemOut.class, "System.out"),
                breach("print json", libraryCodeDoesNotPrint(JSON), JsonViolations.PrintsToSystemErr.class, "System.err"),
                breach("print json", libraryCodeDoesNotPrint(JSON), JsonViolations.PrintsStackTrace.class, "printStackTrace"),
                breach("print examples", libraryCodeDoesNotPrint(EXAMPLES),
                        ExamplesViolations.PrintsInAnInstanceMain.class, "System.out"),
                breach("print examples", libraryCodeDoesNotPrint(EXAMPLES),
                        ExamplesViolations.PrintsToSystemOut.class, "System.out"),
                breach("print examples", libraryCodeDoesNotPrint(EXAMPLES),
                        ExamplesViolations.PrintsToSystemErr.class, "System.err"),
                breach("print examples", libraryCodeDoesNotPrint(EXAMPLES),
                        ExamplesViolations.PrintsStackTrace.class, "printStackTrace"),
                breach("print testkit", libraryCodeDoesNotPrint(TESTKIT),
                        TestkitViolations.PrintsToSystemOut.class, "System.out"),
                breach("print testkit", libraryCodeDoesNotPrint(TESTKIT),
                        TestkitViolations.PrintsToSystemErr.class, "System.err"),
                breach("print testkit", libraryCodeDoesNotPrint(TESTKIT),
                        TestkitViolations.PrintsStackTrace.class, "printStackTrace"));
    }

    private static Arguments breach(String wall, ArchRule rule, Class<?> violator, String forbidden) {
        return arguments(wall, rule, violator, forbidden);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("violations")
    void theRuleReportsAClassThatBreaksItsWall(String wall, ArchRule rule, Class<?> violator, String forbidden) {
        EvaluationResult result = rule.evaluate(new ClassFileImporter().importClasses(violator));

        assertThat(result.hasViolation()).as("%s reports %s", wall, violator.getName()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .anySatisfy(line -> assertThat(line).contains(violator.getName()).contains(forbidden));
    }

    @Test
    void coreInternalUsedOutsideCoreIsReportedAndUsedInsideCoreIsNot() {
        JavaClasses outside = new ClassFileImporter()
                .importClasses(CanonicalEncoder.class, JsonViolations.UsesCoreInternal.class);
        JavaClasses inside = new ClassFileImporter().importClasses(CanonicalEncoder.class, Fingerprint.class);

        EvaluationResult reported = ArchitectureRules.CORE_INTERNAL_IS_USED_ONLY_BY_CORE.evaluate(outside);
        assertThat(reported.hasViolation()).isTrue();
        assertThat(reported.getFailureReport().getDetails())
                .anySatisfy(line -> assertThat(line).contains(JsonViolations.UsesCoreInternal.class.getName()));
        assertThat(ArchitectureRules.CORE_INTERNAL_IS_USED_ONLY_BY_CORE.evaluate(inside).hasViolation()).isFalse();
        assertThat(ArchitectureRules.INTERNAL_PACKAGES_ARE_USED_ONLY_BY_THEIR_OWN_MODULE.evaluate(inside).hasViolation())
                .isFalse();
    }

    @Test
    void aProgramsEntryPointMayPrint() {
        JavaClasses program = new ClassFileImporter().importClasses(ExamplesViolations.RunnableProgram.class);

        assertThat(libraryCodeDoesNotPrint(EXAMPLES).evaluate(program).hasViolation()).isFalse();
    }
}
