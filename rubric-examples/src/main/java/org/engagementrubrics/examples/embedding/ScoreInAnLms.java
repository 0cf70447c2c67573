package org.engagementrubrics.examples.embedding;

import java.io.PrintStream;
import java.time.Instant;
import org.engagementrubrics.core.matrix.ArchetypeMatrix;
import org.engagementrubrics.core.response.MarkedStatements;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.core.scoring.ArchetypeResult;
import org.engagementrubrics.core.scoring.Profile;
import org.engagementrubrics.core.scoring.ScoringEngine;
import org.engagementrubrics.core.scoring.TiePolicies;
import org.engagementrubrics.core.validation.RubricValidator;
import org.engagementrubrics.examples.Catalog;
import org.engagementrubrics.json.RubricJson;

/**
 * What an LMS does: load an instrument from the catalog, build a school team's response in code, score
 * it, and store the result as JSON that names the exact instrument version.
 *
 * <pre>{@code
 * java -cp rubric.jar org.engagementrubrics.examples.embedding.ScoreInAnLms
 * }</pre>
 */
public final class ScoreInAnLms {

    private ScoreInAnLms() {
    }

    /**
     * Runs the example, printing the stored result.
     *
     * @param args none
     */
    public static void main(String[] args) {
        run(System.out);
    }

    /**
     * Runs the example.
     *
     * @param out where to print, not null
     * @return the result JSON that the LMS would store
     */
    public static String run(PrintStream out) {
        // 1. Instruments come from the bundled catalog (or RubricJson.readInstrument for your own files).
        ArchetypeMatrix matrix = Catalog.bundled().instrument("four-versions-of-partnerships", ArchetypeMatrix.class);

        // 2. The LMS records which statements the school team marked; instrument(...) names its id and version.
        Response response = Response.builder().id("spring-review-2027").instrument(matrix)
                .rater("maple-grove-team").subject("maple-grove-elementary")
                .recordedAt(Instant.parse("2027-03-15T16:00:00Z"))
                .evidence(MarkedStatements.of(
                        "br-partnership-1", "br-partnership-2", "br-open-door-3",
                        "ll-partnership-1", "ll-partnership-4",
                        "ad-partnership-1", "ad-partnership-3", "ad-open-door-2",
                        "sa-open-door-1", "sa-open-door-3",
                        "sp-open-door-1", "sp-partnership-3"))
                .build();

        // 3. Validate against the instrument (validate(response) alone would skip those checks), then score;
        //    both objects are shared and thread-safe.
        RubricValidator.create().requireValid(response, matrix);
        ScoringEngine engine = ScoringEngine.defaults().withTiePolicy(TiePolicies.report());
        ArchetypeResult result = engine.score(matrix, response);

        // 4. Show the team what the result means, and store it as JSON.
        out.print(result.explanation().toText());
        String stored = RubricJson.defaults().write(result);
        out.println();
        out.println("Profile: " + describe(result.profile()));
        out.println("Stored " + stored.length() + " characters for " + result.instrument());
        return stored;
    }

    private static String describe(Profile profile) {
        if (profile instanceof Profile.Classified classified) {
            return classified.label();
        }
        return profile instanceof Profile.Unclassified ? "unclassified" : "no profile rules";
    }
}
