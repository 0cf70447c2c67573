package org.engagementrubrics.cli.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.engagementrubrics.cli.architecture.ArchitectureRules.CORE;
import static org.engagementrubrics.cli.architecture.ArchitectureRules.EXAMPLES;
import static org.engagementrubrics.cli.architecture.ArchitectureRules.JSON;
import static org.engagementrubrics.cli.architecture.ArchitectureRules.TESTKIT;
import static org.engagementrubrics.cli.architecture.ArchitectureRules.libraryCodeDoesNotPrint;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Checks the {@link ArchitectureRules} against the main classes of every module (this module's tests see
 * them all on the class path); test classes are not imported.
 */
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(new ImportOption.DoNotIncludeTests())
            .importPackages(ArchitectureRules.ROOT);

    @Test
    void theMainClassesOfEveryModuleAndNoTestClassAreImported() {
        Set<String> modules = MAIN.stream().map(ArchitectureRules::moduleOf).collect(Collectors.toSet());
        assertThat(modules).contains("core", "json", "testkit", "examples", "cli");
        assertThat(MAIN.stream().map(JavaClass::getName))
                .contains("org.engagementrubrics.core.internal.CanonicalEncoder",
                        "org.engagementrubrics.core.scoring.ScoringEngine",
                        "org.engagementrubrics.json.RubricJson",
                        "org.engagementrubrics.testkit.Gen",
                        "org.engagementrubrics.examples.Catalog",
                        "org.engagementrubrics.cli.RubricCli")
                .doesNotContain(ArchitectureTest.class.getName())
                .noneMatch(name -> name.contains(".archviolation."));
    }

    @Test
    void theModelKnowsNothingOfScoring() {
        ArchitectureRules.MODEL_KNOWS_NOTHING_OF_SCORING.check(MAIN);
    }

    @Test
    void agreementDependsOnNothingElseOfCore() {
        ArchitectureRules.AGREEMENT_DEPENDS_ON_NOTHING_ELSE_OF_CORE.check(MAIN);
    }

    @Test
    void coreUsesNoJsonLibraryAndNoneOfOurOtherModules() {
        ArchitectureRules.CORE_USES_NO_JSON_LIBRARY_AND_NONE_OF_OUR_OTHER_MODULES.check(MAIN);
    }

    @Test
    void jsonUsesNeitherExamplesNorCliNorTestkit() {
        ArchitectureRules.JSON_USES_NEITHER_EXAMPLES_NOR_CLI_NOR_TESTKIT.check(MAIN);
    }

    @Test
    void examplesUseNeitherCliNorTestkitNorPicocli() {
        ArchitectureRules.EXAMPLES_USE_NEITHER_CLI_NOR_TESTKIT_NOR_PICOCLI.check(MAIN);
    }

    @Test
    void testkitGeneratorsUseOnlyCore() {
        ArchitectureRules.TESTKIT_GENERATORS_USE_ONLY_CORE.check(MAIN);
    }

    @Test
    void testkitUsesNeitherExamplesNorCli() {
        ArchitectureRules.TESTKIT_USES_NEITHER_EXAMPLES_NOR_CLI.check(MAIN);
    }

    @Test
    void coreInternalIsUsedOnlyByCore() {
        ArchitectureRules.CORE_INTERNAL_IS_USED_ONLY_BY_CORE.check(MAIN);
    }

    @Test
    void internalPackagesAreUsedOnlyByTheirOwnModule() {
        ArchitectureRules.INTERNAL_PACKAGES_ARE_USED_ONLY_BY_THEIR_OWN_MODULE.check(MAIN);
    }

    @Test
    void coreDoesNotPrint() {
        libraryCodeDoesNotPrint(CORE).check(MAIN);
    }

    @Test
    void jsonDoesNotPrint() {
        libraryCodeDoesNotPrint(JSON).check(MAIN);
    }

    @Test
    void examplesDoNotPrint() {
        libraryCodeDoesNotPrint(EXAMPLES).check(MAIN);
    }

    @Test
    void testkitDoesNotPrint() {
        libraryCodeDoesNotPrint(TESTKIT).check(MAIN);
    }
}
