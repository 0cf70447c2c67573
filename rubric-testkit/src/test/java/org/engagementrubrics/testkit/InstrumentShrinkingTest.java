package org.engagementrubrics.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.core.matrix.ArchetypeMatrix;
import org.engagementrubrics.core.matrix.MatrixInstrument;
import org.engagementrubrics.core.matrix.StagedRubric;
import org.engagementrubrics.core.response.MarkedStatements;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.core.validation.RubricValidator;
import org.junit.jupiter.api.Test;

/**
 * Instruments, evidence and responses shrink to smaller values that are still valid.
 */
class InstrumentShrinkingTest {

    private static final RubricValidator VALIDATOR = RubricValidator.create();

    @Test
    void anInstrumentPropertyShrinksToAnInstrumentWithFewerRows() {
        PropertyFailure failure = catchThrowableOfType(PropertyFailure.class, () -> Properties.forAll(
                "at most two dimensions", 100, 17L, Generators.archetypeMatrices(),
                m -> assertThat(m.rows()).hasSizeLessThanOrEqualTo(2)));

        ArchetypeMatrix original = (ArchetypeMatrix) failure.value();
        ArchetypeMatrix shrunk = (ArchetypeMatrix) failure.shrunkValue();
        assertThat(original.rows().size()).isGreaterThan(3);
        assertThat(shrunk.rows()).hasSize(3);
        assertThat(shrunk.columns()).hasSize(2);
        assertThat(shrunk.profileRules()).isEmpty();
        assertThat(Contents.statementIds(shrunk)).isEmpty();
        assertThat(VALIDATOR.validate(shrunk)).isEmpty();
        assertThat(failure.getMessage()).contains("shrunk value: " + shrunk);
    }

    @Test
    void aStagedRubricShrinksToTheFewestStandardsAndStagesThatStillFail() {
        PropertyFailure failure = catchThrowableOfType(PropertyFailure.class, () -> Properties.forAll(
                "few statements", 100, 5L, Generators.stagedRubrics(),
                r -> assertThat(Contents.statementIds(r)).hasSizeLessThan(3)));

        StagedRubric shrunk = (StagedRubric) failure.shrunkValue();
        assertThat(Contents.statementIds(shrunk)).hasSize(3);
        assertThat(shrunk.rows().size()).isLessThanOrEqualTo(((StagedRubric) failure.value()).rows().size());
        assertThat(shrunk.columns()).hasSize(2);
        assertThat(VALIDATOR.validate(shrunk)).isEmpty();
    }

    @Test
    void everyShrinkCandidateOfAnInstrumentIsValidAndOfTheSameKind() {
        Gen<Instrument> instruments = Generators.instruments();
        Properties.forAll("instrument shrink candidates are valid", 60, instruments, instrument -> {
            List<Instrument> candidates = instruments.shrink(instrument);
            for (Instrument candidate : candidates) {
                assertThat(candidate.kind()).isEqualTo(instrument.kind());
                assertThat(VALIDATOR.validate(candidate)).as("%s", candidate).isEmpty();
                assertThat(candidate).isNotEqualTo(instrument);
            }
        });
    }

    @Test
    void responsesShrinkToSmallerEvidenceThatStillFitsTheInstrument() {
        Gen<MatrixInstrument> matrices = Generators.matrixInstruments();
        Properties.forAll("response shrink candidates fit", 60, matrices, matrix -> {
            Gen<Response> responses = Generators.response(matrix);
            Response response = responses.sample(1L);
            for (Response candidate : responses.shrink(response)) {
                assertThat(VALIDATOR.validate(candidate, matrix)).isEmpty();
                assertThat(((MarkedStatements) candidate.evidence()).statementIds())
                        .hasSizeLessThan(((MarkedStatements) response.evidence()).statementIds().size());
                assertThat(candidate.withEvidence(response.evidence())).isEqualTo(response);
            }
        });
    }

    @Test
    void aListOfResponsesShrinksToTheFewestThatFail() {
        StagedRubric rubric = Generators.stagedRubrics().filter(r -> Contents.statementIds(r).size() > 3).sample(3L);
        PropertyFailure failure = catchThrowableOfType(PropertyFailure.class, () -> Properties.forAll(
                "no marks at all", 100, 9L, Generators.responses(rubric, 0, 8),
                list -> assertThat(list).allMatch(r -> ((MarkedStatements) r.evidence()).statementIds().isEmpty())));

        @SuppressWarnings("unchecked")
        List<Response> shrunk = (List<Response>) failure.shrunkValue();
        assertThat(shrunk).hasSize(1);
        assertThat(((MarkedStatements) shrunk.get(0).evidence()).statementIds()).hasSize(1);
    }
}
