package org.engagementrubrics.examples;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.engagementrubrics.core.matrix.Cell;
import org.engagementrubrics.core.matrix.MatrixInstrument;
import org.engagementrubrics.core.matrix.MatrixRow;
import org.engagementrubrics.core.response.MarkedStatements;
import org.engagementrubrics.core.response.Rating;
import org.engagementrubrics.core.response.Ratings;
import org.engagementrubrics.core.response.Response;

/**
 * The data behind {@link SampleResponses}' panels and reviews: several raters of one school team, each
 * written as the column the rater places every row in, from which the marked statements are derived.
 *
 * <p>A placement line has one token per row, in the instrument's row order: a column letter, {@code A=B}
 * for a rater who marked two statements under each of two columns (a tie), or {@code -} for a row the
 * rater left unmarked. A placed row gets two statements of its column and, for every other row and rater, one
 * statement of a neighbouring column, as a rater who hesitates; the best fit is never in doubt.
 *
 * <p>This class is thread-safe: it holds no state.
 */
final class SamplePanels {

    /** The 4 Versions columns by letter: Partnership, Open-Door, Come-if-We-Call, Fortress. */
    private static final String ARCHETYPES = "POCF";

    /** The Family Engagement Rubric stages by position: Exploration, Expansion, Integration. */
    private static final String STAGES = "123";

    private static final String SCHOOL_CONDITIONS = "school-conditions-personalized-learning";

    private SamplePanels() {
    }

    static List<Response> fourVersionsPanel() {
        List<Response> responses = new ArrayList<>();
        String[] raters = {"team-principal", "team-assistant-principal", "team-teacher-lead", "team-counselor",
            "team-family-liaison"};
        // Rows: building relationships, linking to learning, addressing differences, supporting advocacy,
        // sharing power.
        String[] mapleGrove = {
            "O P O O C",
            "O P O=C P C", // tied between Open-Door and Come-if-We-Call on addressing differences
            "O O O P C",
            "P O C O C",
            "O P O O P", // sharing power at Partnership, two columns from the others' Come-if-We-Call
        };
        String[] cedarMiddle = {
            "C O C O C",
            "C O F O C",
            "O C C O F",
            "C O C C C",
            "C C C O F",
        };
        addMatrix(responses, SeedInstruments.fourVersions(), ARCHETYPES, SampleResponses.SCHOOL, raters, mapleGrove,
                "2026-10-14T16:%02d:00Z");
        addMatrix(responses, SeedInstruments.fourVersions(), ARCHETYPES, SampleResponses.SECOND_SCHOOL, raters,
                cedarMiddle, "2026-10-21T15:%02d:00Z");
        return responses;
    }

    static List<Response> familyEngagementPanel() {
        List<Response> responses = new ArrayList<>();
        String[] raters = {"team-principal", "team-teacher-lead", "team-counselor", "team-family-liaison"};
        // Standards 1 to 8; 1 Exploration, 2 Expansion, 3 Integration.
        addMatrix(responses, SeedInstruments.familyEngagementRubric(), STAGES, SampleResponses.SCHOOL, raters,
                new String[] {
                    "2 2 2 1 2 3 1 3",
                    "2 2 3 2 2 3 1 2",
                    "2 1 2 2 3 3 1 3",
                    "3 2 2 2 3 2 1 3",
                }, "2026-10-28T17:%02d:00Z");
        return responses;
    }

    static List<Response> familyEngagementReviews() {
        List<Response> responses = new ArrayList<>();
        String[] raters = {"team-principal", "team-teacher-lead", "team-family-liaison"};
        // 2024: nobody places Standard 7 (no community partnerships to look at yet).
        addMatrix(responses, SeedInstruments.familyEngagementRubric(), STAGES, SampleResponses.SCHOOL, raters,
                new String[] {
                    "1 2 1 2 2 2 - 3",
                    "1 2 2 2 1 2 - 3",
                    "2 2 2 2 2 3 - 2",
                }, "2024-10-16T16:%02d:00Z");
        addMatrix(responses, SeedInstruments.familyEngagementRubric(), STAGES, SampleResponses.SCHOOL, raters,
                new String[] {
                    "2 2 2 2 2 3 1 2",
                    "2 2 2 1 2 3 1 2",
                    "1 2 3 2 3 2 2 3",
                }, "2025-10-15T16:%02d:00Z");
        // 2026: the team leaves Standard 8, the district's evaluations and policies, to the district.
        addMatrix(responses, SeedInstruments.familyEngagementRubric(), STAGES, SampleResponses.SCHOOL, raters,
                new String[] {
                    "2 3 2 1 2 3 1 -",
                    "2 3 3 1 3 3 2 -",
                    "3 2 3 2 3 3 1 -",
                }, "2026-10-14T16:%02d:00Z");
        return responses;
    }

    static List<Response> schoolConditionsReviews() {
        List<Response> responses = new ArrayList<>();
        String[] raters = {"team-principal", "team-teacher-lead", "team-family-liaison"};
        // Indicators c4-i1 to c4-i5 on 1 to 4; n not rated, a not applicable.
        addRatings(responses, raters, new String[] {"3 2 n 2 1", "2 2 n 3 1", "3 1 a 2 2"}, "2025-10-08T15:%02d:00Z");
        addRatings(responses, raters, new String[] {"3 3 2 3 2", "3 2 2 3 a", "4 3 n 3 2"}, "2026-10-07T15:%02d:00Z");
        return responses;
    }

    private static void addMatrix(List<Response> responses, MatrixInstrument instrument, String letters,
            String subject, String[] raters, String[] placements, String recordedAtPattern) {
        for (int r = 0; r < raters.length; r++) {
            String recordedAt = String.format(Locale.ROOT, recordedAtPattern, 5 * r);
            responses.add(SampleResponses.response(id(instrument.id(), subject, raters[r], recordedAt),
                    instrument.id(), raters[r], subject, recordedAt, marks(instrument, letters, r, placements[r])));
        }
    }

    private static MarkedStatements marks(MatrixInstrument instrument, String letters, int rater, String placement) {
        String[] tokens = placement.split(" ");
        List<? extends MatrixRow> rows = instrument.rows();
        if (tokens.length != rows.size()) {
            throw new IllegalArgumentException("placement has " + tokens.length + " rows, expected " + rows.size());
        }
        TreeSet<String> marked = new TreeSet<>();
        for (int row = 0; row < tokens.length; row++) {
            String token = tokens[row];
            if (token.equals("-")) {
                continue;
            }
            if (token.contains("=")) {
                for (String tied : token.split("=")) {
                    pick(marked, rows.get(row), instrument, letters, column(letters, tied), rater, 2);
                }
                continue;
            }
            int column = column(letters, token);
            pick(marked, rows.get(row), instrument, letters, column, rater, 2);
            if ((rater + row) % 2 == 0) {
                int neighbour = column == 0 || (rater % 4 == 2 && column + 1 < letters.length()) ? column + 1
                        : column - 1;
                pick(marked, rows.get(row), instrument, letters, neighbour, rater + row, 1);
            }
        }
        return MarkedStatements.of(marked);
    }

    private static void pick(TreeSet<String> marked, MatrixRow row, MatrixInstrument instrument, String letters,
            int column, int offset, int count) {
        String columnId = instrument.columns().get(column).id();
        Cell cell = row.cells().stream().filter(c -> c.columnId().equals(columnId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(row.id() + " has no cell under " + columnId));
        int size = cell.statements().size();
        for (int i = 0; i < count; i++) {
            marked.add(cell.statements().get((offset + i) % size).id());
        }
    }

    private static int column(String letters, String letter) {
        int column = letters.indexOf(letter);
        if (letter.length() != 1 || column < 0) {
            throw new IllegalArgumentException("unknown column '" + letter + "', expected one of " + letters);
        }
        return column;
    }

    private static void addRatings(List<Response> responses, String[] raters, String[] lines,
            String recordedAtPattern) {
        for (int r = 0; r < raters.length; r++) {
            String recordedAt = String.format(Locale.ROOT, recordedAtPattern, 5 * r);
            Map<String, Rating> ratings = new LinkedHashMap<>();
            String[] tokens = lines[r].split(" ");
            for (int i = 0; i < tokens.length; i++) {
                ratings.put("c4-i" + (i + 1), rating(tokens[i]));
            }
            responses.add(SampleResponses.response(id(SCHOOL_CONDITIONS, SampleResponses.SCHOOL, raters[r], recordedAt),
                    SCHOOL_CONDITIONS, raters[r], SampleResponses.SCHOOL, recordedAt, Ratings.of(ratings)));
        }
    }

    private static Rating rating(String token) {
        return switch (token) {
            case "n" -> Rating.notRated();
            case "a" -> Rating.notApplicable();
            default -> Rating.of(Integer.parseInt(token));
        };
    }

    /** An id such as {@code family-engagement-rubric-maple-grove-elementary-team-principal-2025-10-15}. */
    private static String id(String instrumentId, String subject, String rater, String recordedAt) {
        return instrumentId + "-" + subject + "-" + rater + "-" + recordedAt.substring(0, 10);
    }
}
