package org.engagementrubrics.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.engagementrubrics.cli.Cli.Run;
import org.junit.jupiter.api.Test;

/**
 * The commands a reader of docs/cli.md runs on the many-rater and review files of {@code examples/}, with the
 * figures worked by hand from the placements in {@code SampleResponses}' javadoc.
 */
class ExampleCommandsTest {

    private static String file(String name) {
        return ExampleFiles.path(name).toString();
    }

    @Test
    void aggregateOfTheFourVersionsPanelShowsModalSharesTheTiedRowAndTheRaterTwoColumnsAway() {
        Run run = Cli.run("aggregate", "--instrument", "four-versions-of-partnerships", "--response",
                file(ExampleFiles.FOUR_VERSIONS_PANEL));

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).startsWith("Aggregate of four-versions-of-partnerships 1.0.0: 2 subjects\n")
                .contains("  - 10 responses, 0 superseded")
                .contains("  cedar-middle: 5 raters, 5 units\n")
                // Cedar Middle: 4 of 5 raters at Come-if-We-Call on building relationships.
                .contains("    building-relationships: 5 values; median come-if-we-call; range open-door to"
                        + " come-if-we-call (1 step), interquartile range 0.5 steps; modal come-if-we-call (80%)\n"
                        + "      - distribution: partnership 0, open-door 1, come-if-we-call 4, fortress 0\n")
                // Maple Grove: P P P O O sorted, the middle value Partnership, 3 of 5.
                .contains("    linking-to-learning: 5 values; median partnership; range partnership to open-door"
                        + " (1 step), interquartile range 1 step; modal partnership (60%)\n")
                // The assistant principal's tie leaves O O O C: median Open-Door, 3 of 4.
                .contains("    addressing-differences: 4 values; median open-door; range open-door to"
                        + " come-if-we-call (1 step), interquartile range 0.5 steps; modal open-door (75%)\n"
                        + "      - distribution: partnership 0, open-door 3, come-if-we-call 1, fortress 0\n"
                        + "      - no value: 1 tie\n")
                .contains("    sharing-power: 5 values; median come-if-we-call; range partnership to"
                        + " come-if-we-call (2 steps), interquartile range 1 step; modal come-if-we-call (80%)\n"
                        + "      - distribution: partnership 1, open-door 0, come-if-we-call 4, fortress 0\n"
                        + "      - 2 or more steps from the median: team-family-liaison\n");
        assertThat(run.out()).containsOnlyOnce("2 or more steps from the median");
        assertThat(run.err()).contains("four-versions-panel.jsonl: 10 records, 10 good, 0 bad");
    }

    /**
     * Fleiss by hand: per standard the agreeing pairs of 12 are 6 (3 and 1), 4 (2 and 2, standard 5) or 12
     * (standard 7), so observed agreement is (6·6 + 4 + 12)/(8·12) = .5417; the stages hold 6, 16 and 10 of
     * the 32 values, so chance agreement is (36 + 256 + 100)/1024 = .3828, and kappa is .1589/.6172 = .257.
     */
    @Test
    void agreementOfTheRubricPanelGivesFleissKappaWorkedByHand() {
        Run run = Cli.run("agreement", "--instrument", "family-engagement-rubric", "--response",
                file(ExampleFiles.FAMILY_ENGAGEMENT_PANEL));

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).startsWith("Agreement on family-engagement-rubric 1.0.0: 1 subject\n")
                .contains("  maple-grove-elementary: 8 units, 4 raters, 32 pairable values\n")
                .contains("    Fleiss' kappa = 0.257 from 32 values in 8 units by 4 raters (observed disagreement"
                        + " 0.4583, expected 0.6172).\n")
                .contains("    Krippendorff's alpha (ordinal) = 0.516 from 32 values in 8 units by 4 raters")
                .contains("(1000 draws, seed 20070101)")
                .doesNotContain("Cohen");
    }

    @Test
    void aggregateOfTheRubricPanelShowsAnEvenSplitAndFullAgreement() {
        Run run = Cli.run("aggregate", "--instrument", "family-engagement-rubric", "--response",
                file(ExampleFiles.FAMILY_ENGAGEMENT_PANEL));

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out())
                .contains("    standard-5: 4 values; median between expansion and integration; range expansion to"
                        + " integration (1 step), interquartile range 1 step; modal tie between expansion,"
                        + " integration (50% each)\n")
                .contains("    standard-7: 4 values; median exploration; range exploration to exploration (0 steps),"
                        + " interquartile range 0 steps; modal exploration (100%)\n")
                .doesNotContain("steps from the median:");
    }

    @Test
    void compareOfTheRubricReviewsShowsUpDownNewlyPlacedAndNoLongerPlaced() {
        Run run = Cli.run("compare", "--instrument", "family-engagement-rubric",
                "--response", file(ExampleFiles.FAMILY_ENGAGEMENT_REVIEWS));

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.outLines()).startsWith(
                "Change over time of 'maple-grove-elementary': 3 reviews",
                "  2024-10-16  family-engagement-rubric@1.0.0 (sha256:2606da3e7041), 3 responses",
                "  2025-10-15  family-engagement-rubric@1.0.0 (sha256:2606da3e7041), 3 responses",
                "  2026-10-14  family-engagement-rubric@1.0.0 (sha256:2606da3e7041), 3 responses",
                "2024-10-16 -> 2025-10-15: 2 up, 1 down, 4 same, 8 units",
                // 1 1 2 -> 2 2 1
                "  - Standard 'standard-1' moved up from stage 'exploration' (position 1) (median of 3 raters) to"
                        + " stage 'expansion' (position 2) (median of 3 raters).");
        assertThat(run.outLines())
                .contains("  - Standard 'standard-7' had no standing and now stands at stage 'exploration'"
                        + " (position 1) (median of 3 raters).")
                .contains("2025-10-15 -> 2026-10-14: 3 up, 1 down, 3 same, 8 units")
                // 2 1 2 -> 1 1 2
                .contains("  - Standard 'standard-4' moved down from stage 'expansion' (position 2) (median of 3"
                        + " raters) to stage 'exploration' (position 1) (median of 3 raters).")
                .contains("  - Standard 'standard-8' stood at stage 'expansion' (position 2) (median of 3 raters)"
                        + " and now has no standing.")
                .containsSubsequence("First to last, 2024-10-16 -> 2026-10-14: 5 up, 1 down, 0 same, 8 units",
                        "  - Standard 'standard-8' stood at stage 'integration' (position 3) (median of 3 raters)"
                                + " and now has no standing.");
        assertThat(run.err()).contains("family-engagement-rubric-reviews.jsonl: 9 records, 9 good, 0 bad");
    }

    /** 2025: 3+2+2+1, 2+2+3+1, 3+1+2+2 = 24 over 12 ratings; 2026: 13 + 10 + 12 = 35 over 13, 2.69. */
    @Test
    void compareOfTheConditionsReviewsGivesMeansOverTheRatingsGiven() {
        Run run = Cli.run("compare", "--instrument", "school-conditions-personalized-learning",
                "--response", file(ExampleFiles.SCHOOL_CONDITIONS_REVIEWS));

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.outLines()).contains(
                "Change over time of 'maple-grove-elementary': 2 reviews",
                "2025-10-08 -> 2026-10-07: 5 up, 0 down, 0 same, 11 units",
                "  - Condition 'c4' moved up from a mean of 2 (n = 12) to a mean of 2.69 (n = 13).",
                "  - Indicator 'c4-i2' moved up from a mean of 1.67 (n = 3) to a mean of 2.67 (n = 3).",
                "  - Indicator 'c4-i3' had no standing and now stands at a mean of 2 (n = 2).",
                "  - Indicator 'c4-i5' moved up from a mean of 1.33 (n = 3) to a mean of 2 (n = 2).");
        assertThat(run.err()).contains("school-conditions-reviews.jsonl: 6 records, 6 good, 0 bad");
    }
}
