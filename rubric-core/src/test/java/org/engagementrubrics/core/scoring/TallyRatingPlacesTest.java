package org.engagementrubrics.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.core.matrix.Statement;
import org.engagementrubrics.core.response.Rating;
import org.engagementrubrics.core.response.Ratings;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.core.survey.Survey;
import org.engagementrubrics.core.validation.RubricValidator;
import org.engagementrubrics.testkit.Gen;
import org.engagementrubrics.testkit.Generators;
import org.engagementrubrics.testkit.Properties;
import org.junit.jupiter.api.Test;

/**
 * Issue 12 pair 4: a survey tally fed the places of each response's ratings counts what adding the response
 * counts, and refuses what a response could not carry.
 */
class TallyRatingPlacesTest {

    private static final ScoringEngine ENGINE = ScoringEngine.defaults();

    /** The places of a response's ratings, one per statement in the survey's order. */
    static int[] places(Survey survey, Response response) {
        Map<String, Rating> byItem = ((Ratings) response.evidence()).byItem();
        List<Integer> scale = survey.scale().values();
        List<Statement> statements = survey.statements();
        int[] places = new int[statements.size()];
        for (int i = 0; i < places.length; i++) {
            Rating rating = byItem.get(statements.get(i).id());
            places[i] = rating instanceof Rating.Rated rated ? scale.indexOf(rated.value())
                    : rating instanceof Rating.NotApplicable ? Tally.NOT_APPLICABLE : Tally.NOT_RATED;
        }
        return places;
    }

    @Test
    void placesGiveTheResultAndStateOfTheResponses() {
        Gen<Survey> surveys = Generators.surveys();
        Properties.forAll("rating places count as responses", 300,
                surveys.flatMap(s -> Generators.responses(s, 1, 12).map(r -> Map.entry(s, r))), c -> {
                    Survey survey = c.getKey();
                    PreparedInstrument<Instrument, ScoreResult> prepared = ENGINE.prepare((Instrument) survey);
                    Tally<ScoreResult> byResponse = prepared.tally();
                    Tally<ScoreResult> byPlaces = prepared.tally();
                    for (Response response : c.getValue()) {
                        byResponse.add(response);
                        byPlaces.addRatingPlaces(response.id(), response.subjectId(), places(survey, response));
                    }
                    assertThat(byPlaces.takesRatingPlaces()).isTrue();
                    assertThat(byPlaces.state()).isEqualTo(byResponse.state());
                    assertThat(byPlaces.result()).isEqualTo(byResponse.result());
                    assertThat(byPlaces.result().explanation().toText())
                            .isEqualTo(byResponse.result().explanation().toText());
                });
    }

    @Test
    void refusesWhatNoResponseCouldCarryAndStaysUnchanged() {
        Survey survey = Generators.surveys().sample(7L);
        Tally<ScoreResult> tally = ENGINE.prepare((Instrument) survey).tally();
        int n = survey.statements().size();
        int[] good = new int[n];
        int[] offScale = new int[n];
        offScale[0] = survey.scale().values().size();
        int[] below = new int[n];
        below[n - 1] = Tally.NOT_APPLICABLE - 1;

        assertThatThrownBy(() -> tally.addRatingPlaces("-bad id", "school", good))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("well-formed");
        assertThatThrownBy(() -> tally.addRatingPlaces("r-1", " ", good))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("blank");
        assertThatThrownBy(() -> tally.addRatingPlaces("r-1", "school", new int[n + 1]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one per statement");
        assertThatThrownBy(() -> tally.addRatingPlaces("r-1", "school", offScale))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("places[0]");
        assertThatThrownBy(() -> tally.addRatingPlaces("r-1", "school", below))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("places[" + (n - 1) + "]");
        assertThat(tally.count()).isZero();
        tally.addRatingPlaces("r-1", "school", good);
        assertThat(tally.count()).isEqualTo(1);
    }

    @Test
    void onlyASurveyCheckedByTheLibrarysOwnConstraintsTakesPlaces() {
        Instrument conditions = Generators.conditionsAssessments().sample(3L);
        Tally<ScoreResult> notSurvey = ENGINE.prepare(conditions).tally();
        assertThat(notSurvey.takesRatingPlaces()).isFalse();
        assertThatThrownBy(() -> notSurvey.addRatingPlaces("r-1", "school", new int[0]))
                .isInstanceOf(UnsupportedOperationException.class);

        Instrument survey = Generators.surveys().sample(3L);
        assertThat(ENGINE.prepare(survey).tally().takesRatingPlaces()).isTrue();
        // an embedder's validator, here one that finds nothing wrong, may carry constraints of its own
        jakarta.validation.Validator permissive = (jakarta.validation.Validator) java.lang.reflect.Proxy.newProxyInstance(
                jakarta.validation.Validator.class.getClassLoader(), new Class<?>[] {jakarta.validation.Validator.class},
                (proxy, method, args) -> java.util.Set.of());
        RubricValidator embedders = RubricValidator.using(permissive);
        assertThat(ScoringEngine.defaults().withValidator(embedders).prepare(survey).tally().takesRatingPlaces())
                .isFalse();
        assertThat(RubricValidator.create().ownConstraintsOnly()).isTrue();
        assertThat(embedders.ownConstraintsOnly()).isFalse();
    }
}
