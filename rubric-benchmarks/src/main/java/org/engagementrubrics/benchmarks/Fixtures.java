package org.engagementrubrics.benchmarks;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.IntStream;
import org.engagementrubrics.core.Extensions;
import org.engagementrubrics.core.matrix.ArchetypeMatrix;
import org.engagementrubrics.core.matrix.Cell;
import org.engagementrubrics.core.matrix.MatrixInstrument;
import org.engagementrubrics.core.matrix.MatrixRow;
import org.engagementrubrics.core.matrix.StagedRubric;
import org.engagementrubrics.core.matrix.Statement;
import org.engagementrubrics.core.response.MarkedStatements;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.core.roster.ContactRecord;
import org.engagementrubrics.examples.Catalog;
import org.engagementrubrics.examples.ExampleDistrict;
import org.engagementrubrics.testkit.Gen;

/**
 * The inputs of the benchmarks, generated from fixed seeds so that every run and every test sees the same
 * data. Stateless.
 */
final class Fixtures {

    /** The id of the bundled 4 Versions of Family-School Partnerships matrix. */
    static final String PARTNERSHIP_MATRIX = "four-versions-of-partnerships";
    /** The id of the bundled Family Engagement Rubric (eight standards). */
    static final String FAMILY_RUBRIC = "family-engagement-rubric";
    /** The id of the bundled guardian survey. */
    static final String GUARDIAN_SURVEY = "guardian-survey";
    /** How many different responses a matrix benchmark cycles through. */
    static final int RESPONSES = 256;
    /** How many survey responses one operation of the pooled survey benchmark scores. */
    static final int SURVEY_RESPONSES_PER_OP = 10_000;
    /** Raters and units of the agreement benchmark. */
    static final int RATERS = 30;
    static final int UNITS = 50;
    static final int SCALE_MAX = 4;
    /** Contact records of the coverage benchmark. */
    static final int CONTACTS = 1_000_000;
    /** Families of the coverage benchmark's district: about 1,000,000 contacts over the year. */
    static final int FAMILIES = 200_000;

    private static final long SEED = 20261130L;
    // uniform picks from the kit (one draw of nextInt(n) each), so that the inputs are those of earlier runs
    private static final Gen<Boolean> TWO_IN_FIVE = Gen.elements(true, true, false, false, false);
    private static final Gen<Integer> LEVELS = Gen.elements(IntStream.rangeClosed(1, SCALE_MAX).boxed().toList());
    private static final Gen<Boolean> ONE_IN_TEN = Gen.elements(true, false, false, false, false, false, false, false,
            false, false);
    private static final Gen<Boolean> ONE_IN_THREE = Gen.elements(true, false, false);

    private Fixtures() {
    }

    static ArchetypeMatrix partnershipMatrix() {
        return Catalog.bundled().instrument(PARTNERSHIP_MATRIX, ArchetypeMatrix.class);
    }

    static StagedRubric familyRubric() {
        return Catalog.bundled().instrument(FAMILY_RUBRIC, StagedRubric.class);
    }

    /** Returns the bundled Family Engagement Rubric file's bytes. */
    static byte[] familyRubricFile() {
        return Catalog.bundledFile(FAMILY_RUBRIC).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Returns responses to a matrix, each statement marked with a chance of two in five, so that most rows
     * have a clear winner and some are tied or empty.
     */
    static Response[] markedResponses(MatrixInstrument matrix) {
        List<String> statements = new ArrayList<>();
        for (MatrixRow row : matrix.rows()) {
            for (Cell cell : row.cells()) {
                cell.statements().stream().map(Statement::id).forEach(statements::add);
            }
        }
        List<List<Boolean>> picks = TWO_IN_FIVE.listOf(statements.size()).listOf(RESPONSES).sample(SEED);
        Response[] responses = new Response[RESPONSES];
        for (int r = 0; r < RESPONSES; r++) {
            List<String> marked = new ArrayList<>();
            for (int s = 0; s < statements.size(); s++) {
                if (picks.get(r).get(s)) {
                    marked.add(statements.get(s));
                }
            }
            responses[r] = new Response("bench-" + r, matrix.id(), matrix.version(), "team-" + r, "school-" + r,
                    Instant.parse("2026-10-14T16:30:00Z"), MarkedStatements.of(marked),
                    Extensions.empty());
        }
        return responses;
    }

    /**
     * Returns ratings 1..{@link #SCALE_MAX} of {@link #UNITS} units by {@link #RATERS} raters, one in ten
     * missing (0): each rater gives the unit's level or, one time in three, a level next to it.
     */
    static int[][] ratings() {
        Gen<int[][]> ratings = random -> {
            int[][] byUnit = new int[UNITS][RATERS];
            for (int u = 0; u < UNITS; u++) {
                int level = LEVELS.generate(random);
                for (int r = 0; r < RATERS; r++) {
                    if (ONE_IN_TEN.generate(random)) {
                        continue;
                    }
                    int value = level;
                    if (ONE_IN_THREE.generate(random)) {
                        value += Gen.booleans().generate(random) ? 1 : -1;
                    }
                    byUnit[u][r] = Math.max(1, Math.min(SCALE_MAX, value));
                }
            }
            return byUnit;
        };
        return ratings.sample(SEED);
    }

    /** Returns the ratings of {@link #ratings()} boxed, {@code null} for a missing value. */
    static Integer[][] boxed(int[][] byUnit) {
        Integer[][] boxed = new Integer[byUnit.length][];
        for (int u = 0; u < byUnit.length; u++) {
            boxed[u] = new Integer[byUnit[u].length];
            for (int r = 0; r < byUnit[u].length; r++) {
                boxed[u][r] = byUnit[u][r] == 0 ? null : byUnit[u][r];
            }
        }
        return boxed;
    }

    /** Returns an example district of so many families. */
    static ExampleDistrict district(int families) {
        return ExampleDistrict.generate(ExampleDistrict.DEFAULT_SEED, families);
    }

    /** Returns the first contact records of a district, going round again if it has fewer. */
    static ContactRecord[] contacts(ExampleDistrict district, int count) {
        ContactRecord[] contacts = new ContactRecord[count];
        Iterator<ContactRecord> source = district.contacts().iterator();
        for (int c = 0; c < count; c++) {
            if (!source.hasNext()) {
                source = district.contacts().iterator();
            }
            contacts[c] = source.next();
        }
        return contacts;
    }
}
