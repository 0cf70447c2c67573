package org.engagementrubrics.testkit.assertions;

import java.util.List;
import org.engagementrubrics.core.scoring.ArchetypeResult;
import org.engagementrubrics.core.scoring.Explanation;
import org.engagementrubrics.core.scoring.Profile;
import org.engagementrubrics.core.scoring.RowFit;

/**
 * Assertions on an {@link ArchetypeResult}: the best fit of each dimension, a tie in a dimension, the profile.
 *
 * <pre>{@code
 * RubricAssertions.assertThat(engine.score(fourVersions, response))
 *         .hasBestFit("building-relationships", "open-door")
 *         .hasTie("sharing-power", "partnership", "open-door")
 *         .hasProfile("proficient");
 * }</pre>
 *
 * <p>Every failure prints the result's explanation. Not thread-safe: one assertion chain at a time, as in AssertJ.
 */
public final class ArchetypeResultAssert extends RowFitsAssert<ArchetypeResultAssert, ArchetypeResult> {

    ArchetypeResultAssert(ArchetypeResult actual) {
        super(actual, ArchetypeResultAssert.class);
    }

    /**
     * Checks that a dimension's best fit is this archetype (a clear winner, or a tie resolved to it by the tie
     * policy).
     *
     * @param dimensionId the dimension (row) id, not null
     * @param archetypeId the archetype (column) id, not null
     * @return this assertion
     */
    public ArchetypeResultAssert hasBestFit(String dimensionId, String archetypeId) {
        return bestFit(dimensionId, archetypeId, "the best fit");
    }

    /**
     * Checks that a dimension is an unresolved tie between exactly these archetypes, in any order.
     *
     * @param dimensionId the dimension (row) id, not null
     * @param archetypeIds the tied archetype (column) ids, not null
     * @return this assertion
     */
    public ArchetypeResultAssert hasTie(String dimensionId, String... archetypeIds) {
        return tie(dimensionId, archetypeIds);
    }

    /**
     * Checks that no statement of a dimension was marked.
     *
     * @param dimensionId the dimension (row) id, not null
     * @return this assertion
     */
    public ArchetypeResultAssert hasNoEvidence(String dimensionId) {
        return noEvidence(dimensionId);
    }

    /**
     * Checks that the school is classified by this profile rule.
     *
     * @param ruleId the profile rule's id, such as {@code proficient}, not null
     * @return this assertion
     */
    public ArchetypeResultAssert hasProfile(String ruleId) {
        named(ruleId, "ruleId");
        Profile profile = present().actual.profile();
        return expect(profile instanceof Profile.Classified classified && classified.ruleId().equals(ruleId),
                "the profile", ruleId, describe(profile));
    }

    /**
     * Checks that no profile rule classifies the school.
     *
     * @return this assertion
     */
    public ArchetypeResultAssert isUnclassified() {
        Profile profile = present().actual.profile();
        return expect(profile instanceof Profile.Unclassified, "the profile", "unclassified", describe(profile));
    }

    private static String describe(Profile profile) {
        if (profile instanceof Profile.Classified classified) {
            return classified.ruleId() + " (" + classified.label() + ")";
        }
        return profile instanceof Profile.Unclassified ? "unclassified" : "no profile rules";
    }

    @Override
    List<RowFit> rows() {
        return actual.rows();
    }

    @Override
    String rowNoun() {
        return "dimension";
    }

    @Override
    Explanation explanation() {
        return actual.explanation();
    }

    @Override
    String subject() {
        return "the archetype result of response " + actual.responseId() + " on " + actual.instrument().id();
    }
}
