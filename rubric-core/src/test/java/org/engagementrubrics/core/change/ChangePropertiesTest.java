package org.engagementrubrics.core.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.core.scoring.PreparedInstrument;
import org.engagementrubrics.core.scoring.ScoreResult;
import org.engagementrubrics.core.scoring.ScoringEngine;
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
    private static final ScoringEngine ENGINE = ScoringEngine.defaults();

    /** Reviews of one subject, and a seed to shuffle them and their results with. */
    record Case(List<Review> reviews, long shuffleSeed) {
    }

    static Gen<Case> cases() {
        return Generators.instruments().flatMap(instrument -> random -> {
            PreparedInstrument<Instrument, ScoreResult> prepared = ENGINE.prepare(instrument);
            Gen<? extends org.engagementrubrics.core.response.Evidence> evidence = Generators.evidence(instrument);
            int count = random.nextInt(2, 5);
            List<Review> reviews = new ArrayList<>();
            LocalDate date = LocalDate.of(2024, 9, 1).plusDays(random.nextInt(0, 30));
            for (int r = 0; r < count; r++) {
                date = date.plusDays(random.nextInt(1, 400));
                int responses = prepared.summarizes() ? random.nextInt(1, 25) : random.nextInt(1, 4);
                List<Response> made = new ArrayList<>();
                for (int i = 0; i < responses; i++) {
                    made.add(Response.of("r" + r + "-" + i, instrument.id(), "rater-" + i, "school-12",
                            Instant.parse("2026-03-01T10:00:00Z"), evidence.generate(random)));
                }
                List<ScoreResult> results = prepared.summarizes() ? List.of(prepared.summarize(made))
                        : made.stream().map(prepared::score).toList();
                reviews.add(new Review(date, results));
            }
            return new Case(reviews, random.nextLong());
        });
    }

    @Test
    void theOrderOfReviewsAndOfResultsNeverChangesAFigure() {
        Properties.forAll("change: order invariance", CASES, cases(), generated -> {
            Random shuffle = new Random(generated.shuffleSeed());
            List<Review> shuffled = new ArrayList<>();
            for (Review review : generated.reviews()) {
                List<ScoreResult> results = new ArrayList<>(review.results());
                Collections.shuffle(results, shuffle);
                shuffled.add(new Review(review.date(), results));
            }
            Collections.shuffle(shuffled, shuffle);

            Comparison given = ChangeComparer.defaults().compare(generated.reviews());
            Comparison reordered = ChangeComparer.defaults().compare(shuffled);

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
