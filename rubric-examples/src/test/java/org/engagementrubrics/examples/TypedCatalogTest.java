package org.engagementrubrics.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.core.matrix.ArchetypeMatrix;
import org.engagementrubrics.core.matrix.MatrixInstrument;
import org.engagementrubrics.core.matrix.StagedRubric;
import org.engagementrubrics.core.response.MarkedStatements;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.core.survey.Survey;
import org.engagementrubrics.core.validation.Problem;
import org.engagementrubrics.core.validation.RubricValidator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Issue 9, item 6: what an embedder writes with the typed catalog lookup and the response builder. */
class TypedCatalogTest {

    @Test
    @DisplayName("item 6: the catalog returns the kind asked for, with no cast")
    void theCatalogReturnsTheKindAskedFor() {
        Catalog catalog = Catalog.bundled();

        ArchetypeMatrix matrix = catalog.instrument("four-versions-of-partnerships", ArchetypeMatrix.class);
        MatrixInstrument rubric = catalog.instrument("family-engagement-rubric", "1.0.0", MatrixInstrument.class);
        Survey survey = catalog.instrument("guardian-survey", Survey.class);

        assertThat(matrix).isSameAs(catalog.instrument("four-versions-of-partnerships"));
        assertThat(rubric).isInstanceOf(StagedRubric.class).isSameAs(catalog.instrument("family-engagement-rubric"));
        assertThat(catalog.instrument("guardian-survey", Instrument.class)).isSameAs(survey);
    }

    @Test
    @DisplayName("item 6: asking for the wrong kind names the id, the kind asked for and the kind found")
    void theWrongKindIsRefusedWithBothKindsNamed() {
        Catalog catalog = Catalog.bundled();

        assertThatThrownBy(() -> catalog.instrument("family-engagement-rubric", ArchetypeMatrix.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("instrument 'family-engagement-rubric' version 1.0.0 is StagedRubric (kind "
                        + "'staged-rubric'), not the ArchetypeMatrix asked for");
        assertThatThrownBy(() -> catalog.instrument("guardian-survey", "1.0.0", StagedRubric.class))
                .hasMessageContaining("'guardian-survey'").hasMessageContaining("is Survey")
                .hasMessageContaining("not the StagedRubric asked for");
        assertThatThrownBy(() -> catalog.instrument("quiz", Survey.class))
                .hasMessageStartingWith("no instrument 'quiz' in the catalog; known: [family-engagement-rubric,");
    }

    @Test
    @DisplayName("item 6: a built response names the instrument and its version and validates against it, not against another")
    void aBuiltResponseAnswersTheCatalogVersion() {
        ArchetypeMatrix matrix = Catalog.bundled().instrument("four-versions-of-partnerships", ArchetypeMatrix.class);
        List<String> statementIds = matrix.statementIds();

        Response response = Response.builder().id("r-1").instrument(matrix).rater("team-a").subject("school-12")
                .recordedAt(Instant.parse("2027-03-15T16:00:00Z"))
                .evidence(MarkedStatements.of(statementIds.get(0), statementIds.get(1))).build();
        Response answersTheMatrix = Response.builder().id("r-2").instrument(matrix).rater("team-a").subject("school-12")
                .recordedAt(Instant.parse("2027-03-15T16:00:00Z")).evidence(MarkedStatements.of()).build();

        assertThat(response.instrumentVersion()).isEqualTo(matrix.version());
        assertThat(statementIds).hasSize(matrix.dimensions().stream()
                .mapToInt(d -> d.cells().stream().mapToInt(c -> c.statements().size()).sum()).sum());
        RubricValidator validator = RubricValidator.create();
        assertThat(validator.validate(response, matrix)).isEmpty();
        Survey survey = Catalog.bundled().instrument("guardian-survey", Survey.class);
        assertThat(validator.validate(answersTheMatrix, survey)).extracting(Problem::code).contains("instrument-mismatch");
    }
}
