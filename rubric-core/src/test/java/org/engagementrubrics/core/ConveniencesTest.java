package org.engagementrubrics.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.engagementrubrics.core.matrix.Archetype;
import org.engagementrubrics.core.matrix.ArchetypeMatrix;
import org.engagementrubrics.core.matrix.Cell;
import org.engagementrubrics.core.matrix.Dimension;
import org.engagementrubrics.core.matrix.MatrixInstrument;
import org.engagementrubrics.core.matrix.ProfileCondition;
import org.engagementrubrics.core.matrix.ProfileCondition.Comparison;
import org.engagementrubrics.core.matrix.ProfileRule;
import org.engagementrubrics.core.matrix.Standard;
import org.engagementrubrics.core.matrix.Statement;
import org.engagementrubrics.core.response.MarkedStatements;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.core.validation.ProblemCodes;
import org.engagementrubrics.core.validation.RubricValidator;
import org.engagementrubrics.testkit.Fixtures;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Issue 9, item 6 (additions): typed conveniences that spare an embedder positional strings and casts. */
class ConveniencesTest {

    private static final RubricValidator VALIDATOR = RubricValidator.create();

    @Test
    @DisplayName("item 6: Standard.of takes English title and intent and cells, like the canonical constructor")
    void standardOfBuildsAnEnglishStandardWithNoExtensions() {
        Cell cell = Cell.of("exploration", Statement.of("e1", "E one"));

        Standard standard = Standard.of("standard-1", 1, "The school welcomes all families.",
                "Families feel welcomed.", cell);

        assertThat(standard).isEqualTo(new Standard("standard-1", 1, LocalizedText.of("The school welcomes all families."),
                LocalizedText.of("Families feel welcomed."), List.of(cell), Extensions.empty()));
        assertThatThrownBy(() -> Standard.of("s", 1, "t", "i", cell, null)).isInstanceOf(NullPointerException.class)
                .hasMessage("cells[1]");
    }

    @Test
    @DisplayName("item 6: Dimension.of, Archetype.of and ProfileRule.of rebuild the fixture matrix exactly")
    void matrixFactoriesRebuildTheFixtureMatrix() {
        ArchetypeMatrix fixture = Fixtures.fourVersions();
        Dimension first = fixture.dimensions().get(0);

        Dimension rebuilt = Dimension.of(first.id(), first.name().text(), first.cells().toArray(Cell[]::new));
        Archetype fortress = Archetype.of("fortress", 1, "Fortress School");
        ProfileRule advanced = ProfileRule.of("advanced", 4, "Advanced",
                ProfileCondition.in(Comparison.AT_LEAST, 3, "partnership"),
                ProfileCondition.notIn(Comparison.AT_MOST, 0, "partnership", "open-door"));

        assertThat(rebuilt).isEqualTo(first);
        assertThat(fortress).isEqualTo(new Archetype("fortress", 1, LocalizedText.of("Fortress School"), null, null,
                Extensions.empty()));
        assertThat(advanced).isEqualTo(fixture.profileRules().get(0));
        assertThatThrownBy(() -> ProfileRule.of("r", 1, null)).isInstanceOf(NullPointerException.class)
                .hasMessage("label");
    }

    @Test
    @DisplayName("item 6: a matrix's statement ids, row by row and column by column")
    void matrixStatementIdsComeInDocumentOrder() {
        MatrixInstrument matrix = Fixtures.fourVersions();

        List<String> ids = matrix.statementIds();

        assertThat(ids).hasSize(5 * 4 * 2).startsWith("br-partnership-1", "br-partnership-2", "br-open-door-1")
                .endsWith("sp-fortress-1", "sp-fortress-2").doesNotHaveDuplicates();
        assertThat(matrix.itemIds()).isEqualTo(ids);
        assertThat(Fixtures.stagedRubric().statementIds())
                .containsExactly("e1", "e2", "x1", "x2", "x3", "x4", "i1", "i2", "i3", "f1", "g1");
    }

    @Test
    @DisplayName("item 6: every kind names the ids its responses answer")
    void everyKindNamesItsAnswerableIds() {
        assertThat(Fixtures.conditions().itemIds()).containsExactly("c4-i1", "c4-i2", "c4-i3", "c4-i4", "c4-i5");
        assertThat(Fixtures.survey().itemIds()).containsExactly("s1", "s2");
        assertThat(Fixtures.district().itemIds()).containsExactly("6837", "6838", "7001");
        assertThat(Fixtures.checklist().itemIds())
                .containsExactly("look-1", "look-2", "q-pace", "q-path", "q-tech");
    }

    @Test
    @DisplayName("item 6: the response builder names each part and takes id and version from the instrument")
    void responseBuilderTakesTheInstrumentsIdAndVersion() {
        ArchetypeMatrix matrix = Fixtures.fourVersions();
        MarkedStatements marks = Fixtures.fits("partnership");

        Response built = Response.builder().id("r-1").instrument(matrix).rater("team-a").subject("school-12")
                .recordedAt(Fixtures.WHEN).evidence(marks).build();

        assertThat(built).isEqualTo(new Response("r-1", "four-versions", "1.0.0", "team-a", "school-12", Fixtures.WHEN,
                marks, Extensions.empty()));
        assertThat(Response.builder().id("r-1").instrument(matrix).instrumentId("four-versions").rater("team-a")
                .subject("school-12").recordedAt(Fixtures.WHEN).evidence(marks).build())
                .isEqualTo(Response.of("r-1", "four-versions", "team-a", "school-12", Fixtures.WHEN, marks));
    }

    @Test
    @DisplayName("item 6: build() names every missing part at once")
    void responseBuilderNamesEveryMissingPart() {
        assertThatThrownBy(() -> Response.builder().id("r-1").subject("school-12").build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("a response needs instrument, rater, recordedAt, evidence; set them before build()");
        assertThatThrownBy(() -> Response.builder().id("r-1").instrumentId("i").rater("a").subject("s")
                .recordedAt(Fixtures.WHEN).build())
                .hasMessage("a response needs evidence; set it before build()");
        assertThatThrownBy(() -> Response.builder().rater(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("raterId");
    }

    @Test
    @DisplayName("item 6: validate(Response) skips the instrument checks that validate(Response, Instrument) makes")
    void validatingAResponseWithoutItsInstrumentSkipsTheInstrumentChecks() {
        ArchetypeMatrix matrix = Fixtures.fourVersions();
        Response unknownStatement = Response.builder().id("r-1").instrument(matrix).rater("team-a")
                .subject("school-12").recordedAt(Fixtures.WHEN).evidence(MarkedStatements.of("no-such-statement"))
                .build();

        assertThat(VALIDATOR.validate(unknownStatement)).isEmpty();
        assertThat(VALIDATOR.validate(unknownStatement, matrix)).singleElement()
                .satisfies(p -> assertThat(p.code()).isEqualTo(ProblemCodes.UNKNOWN_REFERENCE));
    }
}
