package org.engagementrubrics.core.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.engagementrubrics.testkit.AnalysisGenerators;
import org.engagementrubrics.testkit.Gen;
import org.engagementrubrics.testkit.Generators;
import org.engagementrubrics.testkit.Properties;
import org.junit.jupiter.api.Test;

/**
 * Invariants of change over time over generated instruments of every kind, reviews and raters: the order in
 * which reviews and results are given never changes a figure.
 */
class ChangePropertiesTest {

    private static final int CASES = 200;

    /** Reviews of one subject, and the same reviews and their results in another order. */
    record Case(List<Review> reviews, List<Review> shuffled) {
    }

    static Gen<Case> cases() {
        return Generators.instruments().flatMap(AnalysisGenerators::reviews).flatMap(reviews -> random -> {
            List<Review> shuffled = new ArrayList<>();
            for (Review review : reviews) {
                shuffled.add(new Review(review.date(), Gen.shuffle(review.results(), random)));
            }
            return new Case(reviews, Gen.shuffle(shuffled, random));
        });
    }

    @Test
    void theOrderOfReviewsAndOfResultsNeverChangesAFigure() {
        Properties.forAll("change: order invariance", CASES, cases(), generated -> {
            Comparison given = ChangeComparer.defaults().compare(generated.reviews());
            Comparison reordered = ChangeComparer.defaults().compare(generated.shuffled());

            assertThat(reordered).isEqualTo(given);
            assertThat(reordered.toText()).isEqualTo(given.toText());
        });
    }

    @Test
    void everyUnitIsReportedInEveryStepWithOneSentence() {
        Properties.forAll("change: every unit explained", CASES, cases(), generated -> {
            Comparison comparison = ChangeComparer.defaults().compare(generated.reviews());

            assertThat(comparison.steps()).hasSize(generated.reviews().size() - 1);
            int units = comparison.overall().changes().size();
            for (Step step : comparison.steps()) {
                assertThat(step.changes()).hasSize(units);
                for (UnitChange change : step.changes()) {
                    assertThat(change.explanation()).endsWith(".").doesNotContain("\n");
                    assertThat(change.explanation()).containsIgnoringCase(change.kind().noun() + " '"
                            + change.unitId() + "'");
                }
            }
        });
    }
}
