package org.engagementrubrics.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.engagementrubrics.testkit.Fixtures.response;

import java.io.IOException;
import java.util.Optional;
import java.util.function.Supplier;
import org.engagementrubrics.core.matrix.ArchetypeMatrix;
import org.engagementrubrics.core.matrix.StagedRubric;
import org.engagementrubrics.core.response.MarkedStatements;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.testkit.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 9, item 4: what the strategy guards wrap into a {@link ScoringException} (every exception, checked
 * ones thrown sneakily included, and the errors a strategy causes itself) and what they let pass (the JVM's
 * own failures).
 */
class StrategyGuardsTest {

    private final ArchetypeMatrix matrix = Fixtures.fourVersions();
    private final Response tied = response(matrix.id(), MarkedStatements.of("ll-open-door-1", "ll-fortress-2"));
    private final StagedRubric rubric = Fixtures.stagedRubric();
    private final Response marked = response(rubric.id(), MarkedStatements.of("e1"));

    @AfterEach
    void clearInterrupt() {
        Thread.interrupted();
    }

    static Object[][] wrapped() {
        return new Object[][] {
            {"StackOverflowError", (Supplier<Throwable>) StackOverflowError::new},
            {"checked IOException thrown sneakily", (Supplier<Throwable>) () -> new IOException("disk")},
            {"checked Exception thrown sneakily", (Supplier<Throwable>) () -> new Exception("checked")},
            {"LinkageError", (Supplier<Throwable>) () -> new NoClassDefFoundError("com/example/Missing")},
            {"AssertionError", (Supplier<Throwable>) () -> new AssertionError("assert")},
            {"ExceptionInInitializerError", (Supplier<Throwable>) () -> new ExceptionInInitializerError("init")},
            {"IllegalStateException", (Supplier<Throwable>) () -> new IllegalStateException("boom")},
        };
    }

    static Object[][] passed() {
        return new Object[][] {
            {"OutOfMemoryError", (Supplier<Throwable>) () -> new OutOfMemoryError("heap")},
            {"InternalError", (Supplier<Throwable>) () -> new InternalError("jvm")},
            {"ThreadDeath", (Supplier<Throwable>) ThreadDeath::new},
        };
    }

    private static TiePolicy tiePolicyThrowing(Throwable failure) {
        return TiePolicies.named("throwing", tie -> {
            throw StrategyGuardsTest.<RuntimeException>sneaky(failure);
        });
    }

    private static StagePlacement placementThrowing(Throwable failure) {
        return new StagePlacement() {
            @Override
            public Fit place(StageTallies tallies) {
                throw StrategyGuardsTest.<RuntimeException>sneaky(failure);
            }

            @Override
            public String name() {
                return "throwing";
            }
        };
    }

    @SuppressWarnings("unchecked")
    private static <E extends Throwable> E sneaky(Throwable failure) throws E {
        throw (E) failure;
    }

    @ParameterizedTest(name = "a tie policy throwing {0} becomes a ScoringException")
    @MethodSource("wrapped")
    void aTiePolicyFailureOfItsOwnIsWrappedWithItsCause(String what, Supplier<Throwable> failure) {
        Throwable thrown = failure.get();
        Throwable caught = catchThrowable(() -> ScoringEngine.defaults().withTiePolicy(tiePolicyThrowing(thrown))
                .score(matrix, tied));
        assertThat(caught).as(what).isInstanceOf(ScoringException.class).hasCause(thrown)
                .hasMessageContaining("tie policy 'throwing' failed").hasMessageContaining("row 'll'");
    }

    @ParameterizedTest(name = "a stage placement throwing {0} becomes a ScoringException")
    @MethodSource("wrapped")
    void aStagePlacementFailureOfItsOwnIsWrappedWithItsCause(String what, Supplier<Throwable> failure) {
        Throwable thrown = failure.get();
        Throwable caught = catchThrowable(() -> ScoringEngine.defaults()
                .withStagePlacement(placementThrowing(thrown)).score(rubric, marked));
        assertThat(caught).as(what).isInstanceOf(ScoringException.class).hasCause(thrown)
                .hasMessageContaining("stage placement 'throwing' failed").hasMessageContaining("row 'standard-1'");
    }

    @ParameterizedTest(name = "a tie policy throwing {0} passes unchanged")
    @MethodSource("passed")
    void theJvmsOwnFailuresPassATiePolicyGuardUnchanged(String what, Supplier<Throwable> failure) {
        Throwable thrown = failure.get();
        Throwable caught = catchThrowable(() -> ScoringEngine.defaults().withTiePolicy(tiePolicyThrowing(thrown))
                .score(matrix, tied));
        assertThat(caught).as(what).isSameAs(thrown);
    }

    @ParameterizedTest(name = "a stage placement throwing {0} passes unchanged")
    @MethodSource("passed")
    void theJvmsOwnFailuresPassAStagePlacementGuardUnchanged(String what, Supplier<Throwable> failure) {
        Throwable thrown = failure.get();
        Throwable caught = catchThrowable(() -> ScoringEngine.defaults()
                .withStagePlacement(placementThrowing(thrown)).score(rubric, marked));
        assertThat(caught).as(what).isSameAs(thrown);
    }

    @Test
    void aRealStackOverflowInATiePolicyBecomesAScoringException() {
        TiePolicy recursive = new TiePolicy() {
            @Override
            public Optional<String> resolve(TieContext tie) {
                return depth(0) > 0 ? Optional.empty() : Optional.empty();
            }

            private int depth(int n) {
                return depth(n + 1) + 1;
            }
        };
        Throwable caught = catchThrowable(() -> ScoringEngine.defaults().withTiePolicy(recursive).score(matrix, tied));
        assertThat(caught).isInstanceOf(ScoringException.class).hasCauseInstanceOf(StackOverflowError.class);
    }

    @Test
    void anInterruptedTiePolicyIsWrappedAndTheInterruptFlagRestored() {
        InterruptedException interrupted = new InterruptedException("stop");
        Throwable caught = catchThrowable(() -> ScoringEngine.defaults()
                .withTiePolicy(tiePolicyThrowing(interrupted)).score(matrix, tied));
        assertThat(caught).isInstanceOf(ScoringException.class).hasCause(interrupted);
        assertThat(Thread.currentThread().isInterrupted()).isTrue();
    }

    @Test
    void anInterruptedStagePlacementIsWrappedAndTheInterruptFlagRestored() {
        InterruptedException interrupted = new InterruptedException("stop");
        Throwable caught = catchThrowable(() -> ScoringEngine.defaults()
                .withStagePlacement(placementThrowing(interrupted)).score(rubric, marked));
        assertThat(caught).isInstanceOf(ScoringException.class).hasCause(interrupted);
        assertThat(Thread.currentThread().isInterrupted()).isTrue();
    }
}
