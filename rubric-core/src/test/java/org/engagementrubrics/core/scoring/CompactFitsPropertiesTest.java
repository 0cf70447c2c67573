package org.engagementrubrics.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.engagementrubrics.core.matrix.ArchetypeMatrix;
import org.engagementrubrics.core.matrix.MatrixInstrument;
import org.engagementrubrics.core.matrix.StagedRubric;
import org.engagementrubrics.core.response.MarkedStatements;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.core.validation.InvalidDataException;
import org.engagementrubrics.testkit.Gen;
import org.engagementrubrics.testkit.Generators;
import org.engagementrubrics.testkit.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 12: a prepared matrix or staged rubric checks a response and counts its marks in one pass, and keeps
 * its rows as counts and fits until they are read. Its results equal, explanation text included, the
 * straightforward path's (the check that gathers every problem first; the placement through the strategy
 * interface; the profile classified from the rows' column ids) and the reference written in the tests, under
 * every built-in tie policy; a response with a problem is refused with exactly the problems the check finds.
 */
class CompactFitsPropertiesTest {

    private static final List<TiePolicy> POLICIES =
            List.of(TiePolicies.report(), TiePolicies.lowerLevel(), TiePolicies.higherLevel());
    private static final ExecutorService THREADS = Executors.newFixedThreadPool(4);

    /** What is wrong with a response, if anything. */
    enum Breach { NONE, UNKNOWN_MARK, OTHER_INSTRUMENT, OTHER_VERSION, BLANK_RATER, SEVERAL }

    record Case(MatrixInstrument matrix, Response response, Breach breach) {
        Set<String> marks() {
            return ((MarkedStatements) response.evidence()).statementIds();
        }
    }

    static Gen<Case> cases(Gen<? extends MatrixInstrument> matrices) {
        Gen<Breach> breaches = Gen.frequency(Gen.weight(6, Gen.constant(Breach.NONE)),
                Gen.weight(1, Gen.elements(Breach.values())));
        return matrices.flatMap(m -> Generators.response(m)
                .zip(breaches, (r, breach) -> new Case(m, broken(r, breach), breach)));
    }

    private static Response broken(Response r, Breach breach) {
        MarkedStatements marks = (MarkedStatements) r.evidence();
        return switch (breach) {
            case NONE -> r;
            case UNKNOWN_MARK -> r.withEvidence(marks.withMark("no-such-statement"));
            case OTHER_INSTRUMENT -> new Response(r.id(), r.instrumentId() + "-other", r.instrumentVersion(),
                    r.raterId(), r.subjectId(), r.recordedAt(), marks, r.extensions());
            case OTHER_VERSION -> new Response(r.id(), r.instrumentId(), "0.0.0-other", r.raterId(), r.subjectId(),
                    r.recordedAt(), marks, r.extensions());
            case BLANK_RATER -> new Response(r.id(), r.instrumentId(), r.instrumentVersion(), " ", r.subjectId(),
                    r.recordedAt(), marks, r.extensions());
            case SEVERAL -> new Response(r.id(), r.instrumentId() + "-other", r.instrumentVersion(), r.raterId(),
                    r.subjectId(), r.recordedAt(), marks.withMark("no-such-statement").withMark("nor-this-one"),
                    r.extensions());
        };
    }

    @AfterAll
    static void stopThreads() {
        THREADS.shutdownNow();
    }

    @Test
    void aPreparedStagedRubricPlacesAsTheStrategyPathAndTheReferenceDo() {
        StagePlacement wrapped = StagePlacements.named("best-fit-count", StagePlacements.bestFitByCount());
        Properties.forAll("compact stage placement equals the straightforward one", 300,
                cases(Generators.stagedRubrics()), c -> {
                    StagedRubric rubric = (StagedRubric) c.matrix();
                    for (TiePolicy policy : POLICIES) {
                        ScoringEngine engine = ScoringEngine.defaults().withTiePolicy(policy);
                        PreparedInstrument<StagedRubric, StageResult> prepared = engine.prepare(rubric);
                        // the placement behind the strategy interface, through the check of a list of responses
                        ScoringEngine straightforward = engine.withStagePlacement(wrapped);
                        if (refused(c, () -> prepared.score(c.response()), prepared.check(c.response()),
                                () -> straightforward.score(rubric, c.response()))) {
                            continue;
                        }
                        StageResult fast = prepared.score(c.response());
                        StageResult expected = straightforward.score(rubric, c.response());
                        assertSame(fast, expected, prepared.score(c.response()));
                        assertThat(fast.rows()).hasSize(rubric.rows().size());
                        for (int r = 0; r < rubric.rows().size(); r++) {
                            List<ColumnTally> tallies = ScoringOracle.cellTallies(rubric, rubric.rows().get(r), c.marks());
                            assertThat(fast.rows().get(r).tallies()).isEqualTo(tallies);
                            assertThat(fast.rows().get(r).fit()).isEqualTo(referenceFit(tallies, policy));
                        }
                        assertThat(prepared.explained(fast)).isEqualTo(fast);
                    }
                });
    }

    @Test
    void aPreparedArchetypeMatrixFitsAndClassifiesAsTheReferenceDoes() {
        Properties.forAll("compact archetype scoring equals the straightforward one", 300,
                cases(Generators.archetypeMatrices()), c -> {
                    ArchetypeMatrix matrix = (ArchetypeMatrix) c.matrix();
                    for (TiePolicy policy : POLICIES) {
                        ScoringEngine engine = ScoringEngine.defaults().withTiePolicy(policy);
                        PreparedInstrument<ArchetypeMatrix, ArchetypeResult> prepared = engine.prepare(matrix);
                        if (refused(c, () -> prepared.score(c.response()), prepared.check(c.response()),
                                () -> engine.score(matrix, c.response()))) {
                            continue;
                        }
                        ArchetypeResult fast = prepared.score(c.response());
                        // the profile and equality are decided from the fits alone, before any row is made
                        assertThat(fast.profile()).isEqualTo(ProfilePropertiesTest.expectedProfile(matrix,
                                fitsOf(matrix, c.marks(), policy)));
                        assertSame(prepared.score(c.response()), engine.score(matrix, c.response()), fast);
                        List<Fit> fits = new ArrayList<>();
                        for (int r = 0; r < matrix.rows().size(); r++) {
                            List<ColumnTally> tallies = ScoringOracle.tallies(matrix, matrix.rows().get(r), c.marks());
                            fits.add(referenceFit(tallies, policy));
                            assertThat(fast.rows().get(r).tallies()).isEqualTo(tallies);
                        }
                        assertThat(fast.rows().stream().map(RowFit::fit).toList()).isEqualTo(fits);
                        // classified again from the rows' column ids, every explanation written afresh
                        assertSame(prepared.score(c.response()), prepared.explained(fast), fast);
                        MatrixResult bestFit = engine.bestFit(matrix, c.response());
                        assertThat(fast.rows()).isEqualTo(bestFit.rows());
                    }
                });
    }

    @Test
    void compactRowsAreAnUnmodifiableListMadeOnceHoweverManyThreadsReadThem() {
        Properties.forAll("compact rows are one immutable list", 100,
                cases(Generators.matrixInstruments()).filter(c -> c.breach() == Breach.NONE), c -> {
                    ScoringEngine engine = ScoringEngine.defaults();
                    ScoreResult result = c.matrix() instanceof StagedRubric rubric ? engine.prepare(rubric).score(c.response())
                            : engine.prepare((ArchetypeMatrix) c.matrix()).score(c.response());
                    List<RowFit> rows = result instanceof StageResult stage ? stage.rows() : ((ArchetypeResult) result).rows();
                    List<Future<List<RowFit>>> read = new ArrayList<>();
                    for (int t = 0; t < 4; t++) {
                        read.add(THREADS.submit(() -> List.copyOf(rows)));
                    }
                    for (Future<List<RowFit>> one : read) {
                        List<RowFit> copy = assertThat(one).succeedsWithin(java.time.Duration.ofSeconds(30)).actual();
                        for (int r = 0; r < rows.size(); r++) {
                            assertThat(copy.get(r)).isSameAs(rows.get(r));
                        }
                    }
                    List<RowFit> plain = List.copyOf(rows);
                    assertThat(rows).isEqualTo(plain).hasSameHashCodeAs(plain);
                    assertThat(rows.toString()).isEqualTo(plain.toString());
                    assertThatThrownBy(() -> rows.add(rows.get(0))).isInstanceOf(UnsupportedOperationException.class);
                    assertThatThrownBy(() -> rows.remove(0)).isInstanceOf(UnsupportedOperationException.class);
                    assertThatThrownBy(() -> rows.set(0, rows.get(0))).isInstanceOf(UnsupportedOperationException.class);
                    assertThatThrownBy(() -> rows.get(rows.size())).isInstanceOf(IndexOutOfBoundsException.class);
                });
    }

    /**
     * Checks that a broken response is refused by the prepared and the straightforward path with the problems of
     * the check, and that a good one is refused by neither.
     *
     * @return true if the response was refused
     */
    private static boolean refused(Case c, Runnable fast, CheckedResponse checked, Runnable straightforward) {
        assertThat(checked.passed()).as("check of %s", c.breach()).isEqualTo(c.breach() == Breach.NONE);
        if (checked.passed()) {
            return false;
        }
        InvalidDataException fastError = catchThrowableOfType(fast::run, InvalidDataException.class);
        InvalidDataException expected = catchThrowableOfType(straightforward::run, InvalidDataException.class);
        assertThat(fastError).as("refused: %s", c.breach()).isNotNull();
        assertThat(expected).isNotNull();
        assertThat(fastError.problems()).isEqualTo(checked.problems()).isEqualTo(expected.problems());
        assertThat(fastError.getMessage()).isEqualTo(expected.getMessage());
        return true;
    }

    /** Asserts equal results, hash codes, texts and explanations; the first is compared before its rows are read. */
    private static void assertSame(ScoreResult untouched, ScoreResult expected, ScoreResult another) {
        assertThat(untouched).isEqualTo(expected).hasSameHashCodeAs(expected);
        assertThat(untouched.toString()).isEqualTo(expected.toString());
        assertThat(another.explanation().toText()).isEqualTo(expected.explanation().toText());
        assertThat(another).isEqualTo(expected);
    }

    private static List<Fit> fitsOf(MatrixInstrument matrix, Set<String> marks, TiePolicy policy) {
        return matrix.rows().stream().map(row -> referenceFit(ScoringOracle.tallies(matrix, row, marks), policy)).toList();
    }

    private static Fit referenceFit(List<ColumnTally> tallies, TiePolicy policy) {
        List<String> top = ScoringOracle.topByCount(tallies);
        if (policy == TiePolicies.report()) {
            return ScoringOracle.reported(top);
        }
        return ScoringOracle.resolved(top, tallies, policy == TiePolicies.lowerLevel(), policy.name());
    }
}
