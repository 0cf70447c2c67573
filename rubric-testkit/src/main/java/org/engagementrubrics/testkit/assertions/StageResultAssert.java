package org.engagementrubrics.testkit.assertions;

import java.util.List;
import org.engagementrubrics.core.scoring.Explanation;
import org.engagementrubrics.core.scoring.RowFit;
import org.engagementrubrics.core.scoring.StageResult;

/**
 * Assertions on a {@link StageResult}: the stage each standard is placed at, a tie, a standard with no evidence.
 *
 * <pre>{@code
 * RubricAssertions.assertThat(engine.score(rubric, response))
 *         .hasStage("standard-1", "expansion")
 *         .hasTie("standard-2", "exploration", "expansion");
 * }</pre>
 *
 * <p>Every failure prints the result's explanation. Not thread-safe: one assertion chain at a time, as in AssertJ.
 */
public final class StageResultAssert extends RowFitsAssert<StageResultAssert, StageResult> {

    StageResultAssert(StageResult actual) {
        super(actual, StageResultAssert.class);
    }

    /**
     * Checks that a standard is placed at this stage (a clear placement, or a tie resolved to it).
     *
     * @param standardId the standard (row) id, not null
     * @param stageId the stage (column) id, not null
     * @return this assertion
     */
    public StageResultAssert hasStage(String standardId, String stageId) {
        return bestFit(standardId, stageId, "the stage");
    }

    /**
     * Checks that a standard is an unresolved tie between exactly these stages, in any order.
     *
     * @param standardId the standard (row) id, not null
     * @param stageIds the tied stage ids, not null
     * @return this assertion
     */
    public StageResultAssert hasTie(String standardId, String... stageIds) {
        return tie(standardId, stageIds);
    }

    /**
     * Checks that no statement of a standard was marked.
     *
     * @param standardId the standard (row) id, not null
     * @return this assertion
     */
    public StageResultAssert hasNoEvidence(String standardId) {
        return noEvidence(standardId);
    }

    @Override
    List<RowFit> rows() {
        return actual.rows();
    }

    @Override
    String rowNoun() {
        return "standard";
    }

    @Override
    Explanation explanation() {
        return actual.explanation();
    }

    @Override
    String subject() {
        return "the stage result of response " + actual.responseId() + " on " + actual.instrument().id();
    }
}
