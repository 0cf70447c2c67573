package org.engagementrubrics.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.engagementrubrics.testkit.Fixtures.ratings;
import static org.engagementrubrics.testkit.Fixtures.response;

import java.util.Arrays;
import java.util.List;
import org.engagementrubrics.core.Extensions;
import org.engagementrubrics.core.LocalizedText;
import org.engagementrubrics.core.Source;
import org.engagementrubrics.core.matrix.ArchetypeMatrix;
import org.engagementrubrics.core.matrix.StagedRubric;
import org.engagementrubrics.core.response.MarkedStatements;
import org.engagementrubrics.core.response.Ratings;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.core.survey.Survey;
import org.engagementrubrics.core.validation.InvalidDataException;
import org.engagementrubrics.testkit.Fixtures;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The cases of issue 9 that an embedder reported, items 1 and 7, as they were reported. */
class EmbedderReportTest {

    private final ScoringEngine engine = ScoringEngine.defaults();
    private final ArchetypeMatrix matrix = Fixtures.fourVersions();
    private final Response marks = response(matrix.id(), Fixtures.fits("partnership"));
    private final Survey survey = Fixtures.survey();

    private Response surveyResponse(String id) {
        return Response.of(id, survey.id(), "g-1", "school-12", Fixtures.WHEN, Ratings.of(ratings("s1", 4, "s2", 1)));
    }

    @Nested
    class Item1NullsNamed {

        @Test
        void scoringANullMatrixNamesTheMatrix() {
            assertThatThrownBy(() -> engine.score((ArchetypeMatrix) null, marks))
                    .isInstanceOf(NullPointerException.class).hasMessage("matrix");
            assertThatThrownBy(() -> engine.bestFit(null, marks)).isInstanceOf(NullPointerException.class)
                    .hasMessage("matrix");
        }

        @Test
        void scoringANullResponseNamesTheResponse() {
            assertThatThrownBy(() -> engine.score(matrix, null)).isInstanceOf(NullPointerException.class)
                    .hasMessage("response");
            assertThatThrownBy(() -> engine.prepare(matrix).score((Response) null))
                    .isInstanceOf(NullPointerException.class).hasMessage("response");
        }

        @Test
        void aNullResponseInAListNamesItsIndex() {
            List<Response> responses = Arrays.asList(surveyResponse("a"), null);
            assertThatThrownBy(() -> engine.summarize(survey, responses)).isInstanceOf(NullPointerException.class)
                    .hasMessage("responses[1]");
            assertThatThrownBy(() -> engine.prepare(survey).summarize(responses))
                    .isInstanceOf(NullPointerException.class).hasMessage("responses[1]");
        }

        @Test
        void nullStagesAreNamedLikeNullErrata() {
            StagedRubric rubric = Fixtures.stagedRubric();
            assertThatThrownBy(() -> new StagedRubric(rubric.id(), rubric.version(), rubric.title(), rubric.source(),
                    List.of(), Extensions.empty(), null, rubric.standards()))
                    .isInstanceOf(NullPointerException.class).hasMessage("stages");
        }

        @Test
        void aNullMarkIsNamedWithItsIndex() {
            assertThatThrownBy(() -> MarkedStatements.of((String) null)).isInstanceOf(NullPointerException.class)
                    .hasMessage("statementIds[0]");
            assertThatThrownBy(() -> MarkedStatements.of("a", null)).isInstanceOf(NullPointerException.class)
                    .hasMessage("statementIds[1]");
        }

        @Test
        void aNullSourceTitleIsNamed() {
            assertThatThrownBy(() -> Source.of(null, "x")).isInstanceOf(NullPointerException.class).hasMessage("title");
            assertThatThrownBy(() -> LocalizedText.of("x").withTranslation(null, "y"))
                    .isInstanceOf(NullPointerException.class).hasMessage("language");
        }
    }

    @Nested
    class Item7DuplicatesAndGrammar {

        @Test
        void duplicateResponseIdsInOneSummarizeAreRefused() {
            List<Response> twice = List.of(surveyResponse("dup"), surveyResponse("dup"), surveyResponse("other"));
            assertThatThrownBy(() -> engine.summarize(survey, twice)).isInstanceOf(InvalidDataException.class)
                    .satisfies(e -> assertThat(((InvalidDataException) e).problems())
                            .extracting(p -> p.path() + " " + p.code() + " " + p.message())
                            .containsExactly("responses[dup].id duplicate-id response id 'dup' appears 2 times; the "
                                    + "responses pooled in one call must have distinct ids, so that none is counted twice"));
        }

        @Test
        void duplicateResponseIdsInOneSummarizeCheckedAreRefused() {
            PreparedInstrument<Survey, SurveyResult> prepared = engine.prepare(survey);
            List<CheckedResponse> twice = List.of(prepared.check(surveyResponse("dup")),
                    prepared.check(surveyResponse("dup")));
            assertThatThrownBy(() -> prepared.summarizeChecked(twice)).isInstanceOf(InvalidDataException.class)
                    .satisfies(e -> assertThat(((InvalidDataException) e).problems())
                            .extracting(p -> p.path() + " " + p.code()).containsExactly("responses[dup].id duplicate-id"));
        }

        @Test
        void aMatrixIsNamedWithAnAn() {
            assertThatThrownBy(() -> engine.summarize((org.engagementrubrics.core.Instrument) matrix, List.of(marks)))
                    .hasMessageStartingWith("an archetype-matrix is scored one response at a time");
            assertThatThrownBy(() -> engine.prepare(Fixtures.stagedRubric()).summarize(List.of(marks)))
                    .hasMessageStartingWith("a staged-rubric is scored one response at a time");
            List<String> messages = engine.prepare(survey).check(response(survey.id(), marks.evidence())).problems()
                    .stream().map(p -> p.message()).toList();
            assertThat(messages).containsExactly("evidence of kind 'marks' cannot answer a survey; expected 'ratings'");
            assertThat(engine.prepare(matrix).check(response(matrix.id(), Ratings.of(ratings("x", 1)))).problems())
                    .extracting(p -> p.message())
                    .containsExactly("evidence of kind 'ratings' cannot answer an archetype-matrix; expected 'marks'");
        }

        @Test
        void countsTakeThePluralOnlyWhenNotOne() {
            StagedRubric rubric = Fixtures.stagedRubric();
            StagedRubric one = new StagedRubric(rubric.id(), rubric.version(), rubric.title(), rubric.source(),
                    rubric.errata(), rubric.extensions(), rubric.stages(), rubric.standards().subList(0, 1));
            StageResult result = engine.score(one, response(one.id(), MarkedStatements.of("e1")));
            assertThat(result.explanation().summary()).contains(": 1 standard placed by best-fit-count");
            assertThat(engine.score(rubric, response(rubric.id(), MarkedStatements.of("e1"))).explanation().summary())
                    .contains(": 2 standards placed by");
            assertThat(engine.summarize(survey, List.of(surveyResponse("a"))).explanation().summary())
                    .endsWith("2 statements over 1 response");
        }
    }
}
