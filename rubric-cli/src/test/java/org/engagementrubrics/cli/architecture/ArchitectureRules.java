package org.engagementrubrics.cli.architecture;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Arrays;

/**
 * The walls between our modules and packages, as ArchUnit rules over compiled classes: which package may
 * use which, what library code may not do. {@link ArchitectureTest} checks them against the main classes
 * of every module; {@link ArchitectureRulesCanFailTest} shows that each one reports a class that breaks it.
 */
final class ArchitectureRules {

    static final String ROOT = "org.engagementrubrics";
    static final String CORE = "org.engagementrubrics.core..";
    static final String JSON = "org.engagementrubrics.json..";
    static final String TESTKIT = "org.engagementrubrics.testkit..";
    static final String EXAMPLES = "org.engagementrubrics.examples..";
    static final String CLI = "org.engagementrubrics.cli..";
    /** rubric-spark and Spark itself (with its Scala runtime): core and json know nothing of them. */
    static final String[] SPARK = {"org.engagementrubrics.spark..", "org.apache.spark..", "scala.."};

    /** The domain model: what an instrument, a response and a rule of validity are, apart from scoring. */
    static final String[] MODEL = {
        "org.engagementrubrics.core",
        "org.engagementrubrics.core.matrix..",
        "org.engagementrubrics.core.conditions..",
        "org.engagementrubrics.core.district..",
        "org.engagementrubrics.core.checklist..",
        "org.engagementrubrics.core.survey..",
        "org.engagementrubrics.core.response..",
        "org.engagementrubrics.core.roster..",
        "org.engagementrubrics.core.validation..",
    };

    static final ArchRule MODEL_KNOWS_NOTHING_OF_SCORING = noClasses()
            .that().resideInAnyPackage(MODEL)
            .should().dependOnClassesThat().resideInAnyPackage("org.engagementrubrics.core.scoring..",
                    "org.engagementrubrics.core.privacy..", "org.engagementrubrics.core.coverage..",
                    "org.engagementrubrics.core.groups..", "org.engagementrubrics.core.raters..",
                    "org.engagementrubrics.core.change..")
            .because("scoring, suppression, coverage, groups, raters and change read the model; the model must stay usable"
                    + " without them");

    static final ArchRule AGREEMENT_DEPENDS_ON_NOTHING_ELSE_OF_CORE = noClasses()
            .that().resideInAPackage("org.engagementrubrics.core.agreement..")
            .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage(CORE)
                    .and(DescribedPredicate.not(JavaClass.Predicates.resideInAPackage(
                            "org.engagementrubrics.core.agreement.."))))
            .because("core.agreement is pure statistics: instruments, responses and scoring come to it only as"
                    + " reliability data");

    static final ArchRule CORE_USES_NO_JSON_LIBRARY_AND_NONE_OF_OUR_OTHER_MODULES = noClasses()
            .that().resideInAPackage(CORE)
            .should().dependOnClassesThat().resideInAnyPackage(
                    "tools.jackson..", "com.fasterxml..", JSON, EXAMPLES, TESTKIT, CLI, SPARK[0], SPARK[1], SPARK[2])
            .because("rubric-core is the bottom layer and has no JSON library (rubric-json owns the format)");

    static final ArchRule JSON_USES_NEITHER_EXAMPLES_NOR_CLI_NOR_TESTKIT = noClasses()
            .that().resideInAPackage(JSON)
            .should().dependOnClassesThat().resideInAnyPackage(EXAMPLES, CLI, TESTKIT, SPARK[0], SPARK[1], SPARK[2])
            .because("rubric-json depends on rubric-core and Jackson only (and knows nothing of rubric-spark)");

    static final ArchRule EXAMPLES_USE_NEITHER_CLI_NOR_TESTKIT_NOR_PICOCLI = noClasses()
            .that().resideInAPackage(EXAMPLES)
            .should().dependOnClassesThat().resideInAnyPackage(CLI, TESTKIT, "picocli..")
            .because("an application that adds rubric-examples for its catalog gets no command-line library");

    /** The kit's packages that may use rubric-json, JUnit and AssertJ; core's and json's tests never compile them. */
    static final String[] TESTKIT_PRODUCT_PACKAGES = {"org.engagementrubrics.testkit.files..",
        "org.engagementrubrics.testkit.invalid..", "org.engagementrubrics.testkit.assertions..",
        "org.engagementrubrics.testkit.fixtures.."};

    static final ArchRule TESTKIT_GENERATORS_USE_ONLY_CORE = noClasses()
            .that().resideInAPackage(TESTKIT).and().resideOutsideOfPackages(TESTKIT_PRODUCT_PACKAGES)
            .should().dependOnClassesThat().resideInAnyPackage(JSON, EXAMPLES, CLI, "org.junit..", "org.assertj..")
            .because("core's and json's own tests compile the kit's generators and property runner from source");

    static final ArchRule TESTKIT_USES_NEITHER_EXAMPLES_NOR_CLI = noClasses()
            .that().resideInAPackage(TESTKIT)
            .should().dependOnClassesThat().resideInAnyPackage(EXAMPLES, CLI)
            .because("a downstream test suite that adds rubric-testkit gets no command line and no bundled demo code");

    static final ArchRule CORE_INTERNAL_IS_USED_ONLY_BY_CORE = classes()
            .that().resideInAPackage("org.engagementrubrics.core.internal..")
            .should().onlyHaveDependentClassesThat().resideInAPackage(CORE)
            .because("org.engagementrubrics.core.internal is not exported");

    static final ArchRule INTERNAL_PACKAGES_ARE_USED_ONLY_BY_THEIR_OWN_MODULE = classes()
            .that().resideInAPackage(ROOT + "..")
            .should(useNoInternalPackageOfAnotherModule())
            .because("an ..internal.. package is never exported");

    private ArchitectureRules() {
    }

    /**
     * Returns the rule that classes in the given packages neither touch {@code System.out} or
     * {@code System.err} nor call {@code printStackTrace}: library code reports through return values,
     * exceptions and SLF4J, never to the embedding application's console. A program's entry point, a
     * {@code public static void main(String[])} (such as a runnable embedding example's), may print.
     *
     * @param packages the package patterns of the library code, such as {@code org.engagementrubrics.core..}
     * @return the rule
     */
    static ArchRule libraryCodeDoesNotPrint(String... packages) {
        return noClasses()
                .that().resideInAnyPackage(packages)
                .should().accessFieldWhere(CONSOLE_OUTSIDE_MAIN)
                .orShould().callMethodWhere(target(name("printStackTrace"))
                        .and(target(owner(assignableTo(Throwable.class)))))
                .because("library code logs through SLF4J (" + Arrays.toString(packages) + ")");
    }

    /** {@code System.out} or {@code System.err}, read anywhere but in a program's {@code main} method. */
    private static final DescribedPredicate<JavaFieldAccess> CONSOLE_OUTSIDE_MAIN =
            new DescribedPredicate<>("System.out or System.err outside a program's main(String[])") {
                @Override
                public boolean test(JavaFieldAccess access) {
                    return access.getTargetOwner().isEquivalentTo(System.class)
                            && (access.getName().equals("out") || access.getName().equals("err"))
                            && !isProgramEntryPoint(access.getOrigin());
                }
            };

    private static boolean isProgramEntryPoint(JavaCodeUnit unit) {
        return unit.getName().equals("main") && unit.getModifiers().contains(JavaModifier.STATIC)
                && unit.getModifiers().contains(JavaModifier.PUBLIC)
                && unit.getRawParameterTypes().size() == 1
                && unit.getRawParameterTypes().get(0).isEquivalentTo(String[].class);
    }

    /** The module a class belongs to: the package below {@code org.engagementrubrics}, such as "core". */
    static String moduleOf(JavaClass type) {
        String[] segments = type.getPackageName().split("\\.");
        return segments.length > 2 ? segments[2] : "";
    }

    private static boolean isInternal(JavaClass type) {
        return type.getPackageName().startsWith(ROOT + ".")
                && Arrays.asList(type.getPackageName().split("\\.")).contains("internal");
    }

    private static ArchCondition<JavaClass> useNoInternalPackageOfAnotherModule() {
        return new ArchCondition<>("use no ..internal.. package of another module") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass();
                    if (isInternal(target) && !moduleOf(target).equals(moduleOf(origin))) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }
}
