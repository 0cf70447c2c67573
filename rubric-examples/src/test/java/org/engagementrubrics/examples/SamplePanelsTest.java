package org.engagementrubrics.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.core.validation.RubricValidator;
import org.junit.jupiter.api.Test;

class SamplePanelsTest {

    @Test
    void everyPanelAndReviewResponseIsValidAgainstItsInstrumentAndHasItsOwnId() {
        RubricValidator validator = RubricValidator.create();
        List<Response> all = new ArrayList<>();
        check(validator, SeedInstruments.fourVersions(), SampleResponses.fourVersionsPanel(), 10, all);
        check(validator, SeedInstruments.familyEngagementRubric(), SampleResponses.familyEngagementPanel(), 4, all);
        check(validator, SeedInstruments.familyEngagementRubric(), SampleResponses.familyEngagementReviews(), 9, all);
        check(validator, SeedInstruments.schoolConditions(), SampleResponses.schoolConditionsReviews(), 6, all);
        Set<String> ids = new HashSet<>();
        assertThat(all).allSatisfy(response -> assertThat(ids.add(response.id())).as(response.id()).isTrue());
        assertThat(all).extracting(Response::raterId).allMatch(rater -> rater.startsWith("team-"));
        assertThat(all).extracting(response -> response.recordedAt().toString().substring(5, 7)).containsOnly("10");
    }

    @Test
    void theSamePanelIsMadeEachTime() {
        assertThat(SampleResponses.fourVersionsPanel()).isEqualTo(SampleResponses.fourVersionsPanel());
        assertThat(SampleResponses.familyEngagementReviews()).isEqualTo(SampleResponses.familyEngagementReviews());
    }

    private static void check(RubricValidator validator, Instrument instrument, List<Response> responses, int count,
            List<Response> all) {
        assertThat(responses).hasSize(count);
        for (Response response : responses) {
            assertThat(validator.validate(response, instrument)).as(response.id()).isEmpty();
        }
        all.addAll(responses);
    }
}
