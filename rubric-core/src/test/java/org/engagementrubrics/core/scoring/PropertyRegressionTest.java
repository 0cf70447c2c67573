package org.engagementrubrics.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.engagementrubrics.core.Extensions;
import org.engagementrubrics.core.LocalizedText;
import org.engagementrubrics.core.Source;
import org.engagementrubrics.core.matrix.Archetype;
import org.engagementrubrics.core.matrix.ArchetypeMatrix;
import org.engagementrubrics.core.matrix.Cell;
import org.engagementrubrics.core.matrix.Dimension;
import org.engagementrubrics.core.matrix.ProfileCondition;
import org.engagementrubrics.core.matrix.ProfileCondition.Comparison;
import org.engagementrubrics.core.matrix.ProfileRule;
import org.engagementrubrics.core.matrix.Stage;
import org.engagementrubrics.core.matrix.StagedRubric;
import org.engagementrubrics.core.matrix.Standard;
import org.engagementrubrics.core.matrix.Statement;
import org.engagementrubrics.core.response.MarkedStatements;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.core.validation.RubricValidator;
import org.engagementrubrics.testkit.Gen;
import org.engagementrubrics.testkit.Properties;
import org.junit.jupiter.api.Test;

/**
 * Regressions for bugs the property tests found, each named after its invariant:
 * repeated archetype ids in a profile condition (now rejected by validation, and counted once by the
 * engine), and cumulative placement at a share exactly on the threshold (now compared as decimals).
 */
class PropertyRegressionTest {

    private static final RubricValidator VALIDATOR = RubricValidator.create();

    /**
     * Was a bug: a profile condition that names the same archetype twice counts each matching row twice
     * ({@code ScoringEngine.classify} sums {@code rowsByColumn} per listed id), and the validator accepts
     * such a condition. So {@code IN [a, a] AT_LEAST 2} holds with a single row best fit {@code a}, and
     * {@code NOT_IN} can even count a negative number of rows. Now the validator reports the repeated
     * id ({@code duplicate-id}) and the engine counts each row once.
     */
    @Test
    void aRowIsCountedOncePerConditionEvenWhenAnArchetypeIsListedTwice() {
        Gen<ProfilePropertiesTest.Case> gen = ProfilePropertiesTest.cases()
                .filter(c -> !c.matrix().profileRules().isEmpty())
                .map(c -> new ProfilePropertiesTest.Case(withRepeatedColumnIds(c.matrix()), c.response()));
        Properties.forAll("repeated archetype ids count each row once", 300, gen, c -> {
            assertThat(VALIDATOR.validate(c.matrix())).extracting(p -> p.code()).contains("duplicate-id");
            ArchetypeResult result = ScoringEngine.defaults().score(c.matrix(), c.response());
            List<Fit> fits = result.rows().stream().map(RowFit::fit).toList();
            assertThat(result.profile()).isEqualTo(ProfilePropertiesTest.expectedProfile(c.matrix(), fits));
        });
    }

    /** Repeats the first column id of every profile condition. */
    private static ArchetypeMatrix withRepeatedColumnIds(ArchetypeMatrix m) {
        List<ProfileRule> rules = new ArrayList<>();
        for (ProfileRule rule : m.profileRules()) {
            List<ProfileCondition> conditions = new ArrayList<>();
            for (ProfileCondition c : rule.conditions()) {
                List<String> ids = new ArrayList<>(c.columnIds());
                ids.add(ids.get(0));
                conditions.add(new ProfileCondition(c.selector(), ids, c.comparison(), c.count()));
            }
            rules.add(new ProfileRule(rule.id(), rule.rank(), rule.label(), conditions));
        }
        return new ArchetypeMatrix(m.id(), m.version(), m.title(), m.source(), m.errata(), m.extensions(),
                m.instructions(), m.archetypes(), m.dimensions(), rules);
    }

    /** Smallest example: one of three rows best fits {@code a}; "at least 2 rows in [a, a]" must not hold. */
    @Test
    void anArchetypeListedTwiceIsReportedAndCountedOnce() {
        List<Archetype> archetypes = List.of(
                new Archetype("a", 1, LocalizedText.of("A"), null, null, Extensions.empty()),
                new Archetype("b", 2, LocalizedText.of("B"), null, null, Extensions.empty()));
        List<Dimension> dimensions = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            dimensions.add(new Dimension("d" + i, LocalizedText.of("D" + i),
                    List.of(Cell.of("a", Statement.of("s" + i, "x")), Cell.of("b")), Extensions.empty()));
        }
        ProfileRule rule = new ProfileRule("twice", 1, LocalizedText.of("Twice"),
                List.of(ProfileCondition.in(Comparison.AT_LEAST, 2, "a", "a")));
        ArchetypeMatrix matrix = new ArchetypeMatrix("m", "1", LocalizedText.of("M"), Source.of("S", "A"), List.of(),
                Extensions.empty(), null, archetypes, dimensions, List.of(rule));
        assertThat(VALIDATOR.validate(matrix)).extracting(p -> p.code() + " " + p.path())
                .containsExactly("duplicate-id profileRules[0].conditions[0].columnIds[1]");
        Response response = Response.of("r", "m", "x", "y", Instant.EPOCH, MarkedStatements.of("s0"));

        Profile profile = ScoringEngine.defaults().score(matrix, response).profile();

        assertThat(profile).isInstanceOf(Profile.Unclassified.class);
    }

    /**
     * Was a bug (floating point): cumulative placement compares {@code marked < threshold * total} in
     * doubles, so a stage whose share is exactly the threshold can fall below it. With 7 of 25 statements
     * marked (28%) and {@code cumulative(0.28)} the stage is not reached, although
     * {@code ColumnTally.share()} is 0.28 and the documentation says "at or above the threshold share".
     * Only cells of 25 or more statements are affected. The threshold is now compared as the
     * decimal the caller wrote, exactly.
     */
    @Test
    void aStageMarkedExactlyAtTheThresholdReachesIt() {
        record Edge(int percent, int total) {
        }
        Gen<Edge> gen = Gen.ints(1, 100).flatMap(p -> Gen.ints(1, 200).filter(n -> p * n % 100 == 0, 10_000)
                .map(n -> new Edge(p, n)));
        Properties.forAll("a share exactly at the threshold reaches it", 400, gen, e -> {
            int marked = e.percent() * e.total() / 100;
            List<Statement> statements = new ArrayList<>();
            List<String> marks = new ArrayList<>();
            for (int i = 0; i < e.total(); i++) {
                statements.add(Statement.of("s" + i, "Statement " + i));
                if (i < marked) {
                    marks.add("s" + i);
                }
            }
            StagedRubric rubric = new StagedRubric("r", "1", LocalizedText.of("R"), Source.of("S", "A"), List.of(),
                    Extensions.empty(), List.of(Stage.of("one", 1, "One"), Stage.of("two", 2, "Two")),
                    List.of(new Standard("std", 1, LocalizedText.of("T"), LocalizedText.of("I"),
                            List.of(new Cell("one", statements), Cell.of("two", Statement.of("t", "t"))),
                            Extensions.empty())));
            double threshold = e.percent() / 100.0;
            StageResult result = ScoringEngine.defaults().withStagePlacement(StagePlacements.cumulative(threshold))
                    .score(rubric, Response.of("x", "r", "a", "b", Instant.EPOCH, MarkedStatements.of(marks)));
            ColumnTally stage = result.rows().get(0).tallies().get(0);
            assertThat(stage.share()).isGreaterThanOrEqualTo(threshold);
            assertThat(result.rows().get(0).fit()).as("%d of %d marked, threshold %s", marked, e.total(), threshold)
                    .isEqualTo(new Fit.Winner("one"));
        });
    }
}
