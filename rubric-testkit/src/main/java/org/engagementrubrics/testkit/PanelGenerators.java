package org.engagementrubrics.testkit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.core.change.Review;
import org.engagementrubrics.core.conditions.ConditionsAssessment;
import org.engagementrubrics.core.matrix.Cell;
import org.engagementrubrics.core.matrix.MatrixColumn;
import org.engagementrubrics.core.matrix.MatrixInstrument;
import org.engagementrubrics.core.matrix.MatrixRow;
import org.engagementrubrics.core.response.Evidence;
import org.engagementrubrics.core.response.MarkedStatements;
import org.engagementrubrics.core.response.Rating;
import org.engagementrubrics.core.response.Ratings;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.core.scoring.PreparedInstrument;
import org.engagementrubrics.core.scoring.ScoreResult;
import org.engagementrubrics.core.scoring.ScoringEngine;
import org.engagementrubrics.core.survey.Survey;

/**
 * The generators of panels (many raters on many subjects), of evidence on which raters tend to agree, of
 * scored results and of reviews to compare, behind {@link AnalysisGenerators}.
 *
 * <p>Stateless and thread-safe; {@link AnalysisGenerators} documents each.
 */
final class PanelGenerators {

    /** When the first response of a panel was recorded; the others up to two minutes later, often at once. */
    static final Instant PANEL_START = Instant.parse("2026-10-01T15:00:00Z");
    private static final Instant REVIEWED = Instant.parse("2026-03-01T10:00:00Z");
    private static final LocalDate FIRST_REVIEW = LocalDate.of(2024, 9, 1);

    private PanelGenerators() {
    }

    static Gen<List<Response>> panelResponses(Instrument instrument, Gen<? extends Evidence> evidence, Sizes sizes) {
        int maxSubjects = sizes.subjects();
        int maxRaters = sizes.raters();
        Gen<List<Response>> panels = random -> {
            List<Response> responses = new ArrayList<>();
            int subjects = random.nextInt(1, maxSubjects + 1);
            int raters = random.nextInt(Math.min(2, maxRaters), maxRaters + 1);
            for (int s = 0; s < subjects; s++) {
                for (int r = 0; r < raters; r++) {
                    // mostly one response per rater and subject; sometimes two (the later one counts), sometimes none
                    int count = random.nextInt(0, 10) < 2 ? 2 : random.nextInt(0, 10) < 1 ? 0 : 1;
                    for (int c = 0; c < count; c++) {
                        responses.add(Response.of("resp-" + s + "-" + r + "-" + c, instrument.id(), "rater-" + r,
                                "school-" + s, PANEL_START.plusSeconds(60L * random.nextInt(0, 3)),
                                evidence.generate(random)));
                    }
                }
            }
            return Collections.unmodifiableList(responses);
        };
        return panels.withShrinker(list -> Shrinking.list(list, 0, InstrumentShrinkers::response));
    }

    static Gen<Evidence> agreeingEvidence(Instrument instrument) {
        if (instrument instanceof MatrixInstrument matrix) {
            return agreeingMarks(matrix);
        } else if (instrument instanceof ConditionsAssessment || instrument instanceof Survey) {
            return agreeingRatings(instrument);
        }
        return Generators.evidence(instrument);
    }

    /** Per row up to two marks, in a column drawn with a lean towards the first columns. */
    private static Gen<Evidence> agreeingMarks(MatrixInstrument matrix) {
        List<? extends MatrixColumn> columns = matrix.columns();
        Gen<Evidence> marks = random -> {
            List<String> marked = new ArrayList<>();
            for (MatrixRow row : matrix.rows()) {
                int picks = random.nextInt(0, 3);
                for (int p = 0; p < picks; p++) {
                    int column = Math.min(random.nextInt(0, columns.size()), random.nextInt(0, columns.size()));
                    Cell cell = Contents.cell(row, columns.get(column).id());
                    if (cell != null && !cell.statements().isEmpty()) {
                        marked.add(cell.statements().get(random.nextInt(0, cell.statements().size())).id());
                    }
                }
            }
            return MarkedStatements.of(marked.stream().distinct().toList());
        };
        return marks.withShrinker(InstrumentShrinkers::evidence);
    }

    /** Per item mostly the item's own value (or the next one up), sometimes not applicable or not rated. */
    private static Gen<Evidence> agreeingRatings(Instrument instrument) {
        List<String> items = Contents.itemIds(instrument);
        List<Integer> values = Contents.scale(instrument).values();
        Gen<Evidence> ratings = random -> {
            Map<String, Rating> byItem = new TreeMap<>();
            for (int i = 1; i <= items.size(); i++) {
                int roll = random.nextInt(0, 10);
                String item = items.get(i - 1);
                if (roll < 7) {
                    byItem.put(item, Rating.of(values.get((i + random.nextInt(0, 2)) % values.size())));
                } else if (roll == 7) {
                    byItem.put(item, Rating.notApplicable());
                } else if (roll == 8) {
                    byItem.put(item, Rating.notRated());
                }
            }
            return Ratings.of(byItem);
        };
        return ratings.withShrinker(InstrumentShrinkers::evidence);
    }

    static Gen<ScoreResult> results(ScoringEngine engine, Instrument instrument, Sizes sizes) {
        PreparedInstrument<Instrument, ScoreResult> prepared = engine.prepare(instrument);
        if (prepared.summarizes()) {
            return Generators.responses(instrument, 1, Math.max(1, sizes.responses())).map(prepared::summarize);
        }
        return Generators.response(instrument).map(prepared::score);
    }

    static Gen<List<Review>> reviews(ScoringEngine engine, Instrument instrument) {
        PreparedInstrument<Instrument, ScoreResult> prepared = engine.prepare(instrument);
        Gen<Evidence> evidence = Generators.evidence(instrument);
        return random -> {
            int count = random.nextInt(2, 5);
            List<Review> reviews = new ArrayList<>();
            LocalDate date = FIRST_REVIEW.plusDays(random.nextInt(0, 30));
            for (int r = 0; r < count; r++) {
                date = date.plusDays(random.nextInt(1, 400));
                int responses = prepared.summarizes() ? random.nextInt(1, 25) : random.nextInt(1, 4);
                List<Response> made = new ArrayList<>();
                for (int i = 0; i < responses; i++) {
                    made.add(Response.of("r" + r + "-" + i, instrument.id(), "rater-" + i, "school-12", REVIEWED,
                            evidence.generate(random)));
                }
                List<ScoreResult> results = prepared.summarizes() ? List.of(prepared.summarize(made))
                        : made.stream().map(prepared::score).toList();
                reviews.add(new Review(date, results));
            }
            return List.copyOf(reviews);
        };
    }
}
