package org.engagementrubrics.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.examples.SampleResponses;
import org.engagementrubrics.examples.SeedInstruments;
import org.junit.jupiter.api.Test;

class DemoTest {

    @Test
    void theDemoScoresEveryBundledInstrumentAndShowsTheSeedDefect() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Demo.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);

        for (var instrument : SeedInstruments.all()) {
            assertThat(out).contains("[" + instrument.id() + "@" + instrument.version() + " (" + instrument.fingerprint());
        }
        assertThat(out).contains("Profile: Proficient").contains("Profile: Advanced")
                .contains("Sharing Power: tie between Partnership School and Open-Door School (2 marks each); reported as a tie")
                .contains("stages[3].label: [duplicate-label] stage label 'Integration' is used by both stages[2] and stages[3]")
                .contains("Indicator 3: nothing rated (1 not rated, 0 not applicable)");
        Response team = SampleResponses.fourVersionsTeam();
        assertThat(out).as("a result of one response names it, its subject and its rater")
                .contains(", response " + team.id() + " (subject " + team.subjectId() + ", rater " + team.raterId() + ")]");
        assertThat(out).as("a pooled result lists its responses")
                .contains(", responses [" + SampleResponses.checklistVisit().id() + "]]");
    }

    @Test
    void theDemoShowsTheContactCoverageOfTheExampleDistrict() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Demo.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);

        String section = out.substring(out.indexOf(
                "== Guardian contact goal: families reached per quarter, 5,000-family example district ==\n"));
        assertThat(section).contains("2025-26 Q1", "2025-26 Q4", "\nall families ", "/5000 ")
                .contains("\nmultilingual-learner ").contains("% !")
                .contains("\n² race-ethnicity:pacific-islander: fewer than 10 families\n")
                .contains("\n60 contacts from families not on the roster; 100 contacts outside the periods.\n\n== ");
    }
}
