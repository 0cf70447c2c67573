package org.engagementrubrics.core.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.engagementrubrics.core.LocalizedText;
import org.engagementrubrics.core.survey.ContactGoal;
import org.engagementrubrics.core.survey.ContactPeriod;
import org.engagementrubrics.core.survey.MonitoredGroup;
import org.junit.jupiter.api.Test;

/** Coverage goals: from a survey's contact goal, by builder, and how monitored groups match roster groups. */
class CoverageGoalTest {

    @Test
    void aContactGoalGivesItsTargetPeriodAndGroupsWithTheDefaultThreshold() {
        ContactGoal contactGoal = new ContactGoal("quarterly", LocalizedText.of("100% each quarter"), 100,
                ContactPeriod.QUARTER, List.of(new MonitoredGroup("iep", LocalizedText.of("students with IEPs")),
                        new MonitoredGroup("race-ethnicity", LocalizedText.of("racial demographic groups"))));

        CoverageGoal goal = CoverageGoal.from(contactGoal);

        assertThat(goal).isEqualTo(new CoverageGoal(100, ContactPeriod.QUARTER, List.of("iep", "race-ethnicity"), 10));
        assertThat(goal.withGapThreshold(10)).isSameAs(goal);
        assertThat(goal.withGapThreshold(5).gapThreshold()).isEqualTo(5);
    }

    @Test
    void aContactGoalsGroupsAreRenamedToTheRostersAndUnnamedOnesKeepTheirIds() {
        ContactGoal contactGoal = new ContactGoal("quarterly", LocalizedText.of("100% each quarter"), 95,
                ContactPeriod.MONTH, List.of(new MonitoredGroup("racial-demographic-groups", LocalizedText.of("race")),
                        new MonitoredGroup("students-with-ieps", LocalizedText.of("students with IEPs")),
                        new MonitoredGroup("foster-care", LocalizedText.of("students in foster care"))));

        CoverageGoal goal = CoverageGoal.from(contactGoal, Map.of("racial-demographic-groups", "race-ethnicity",
                "students-with-ieps", "iep", "unused", "x"));

        assertThat(goal).isEqualTo(new CoverageGoal(95, ContactPeriod.MONTH,
                List.of("race-ethnicity", "iep", "foster-care"), 10));
        assertThatThrownBy(() -> CoverageGoal.from(contactGoal, Map.of("foster-care", "iep",
                "students-with-ieps", "iep"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("monitoredGroups: 'iep' appears twice");
        java.util.Map<String, String> toNull = new java.util.HashMap<>();
        toNull.put("foster-care", null);
        assertThatThrownBy(() -> CoverageGoal.from(contactGoal, toNull)).isInstanceOf(NullPointerException.class)
                .hasMessage("rosterGroups: 'foster-care' maps to null");
    }

    @Test
    void theBuilderStartsFromAFullTargetPerQuarterAndChecksOnBuild() {
        assertThat(CoverageGoal.builder().build())
                .isEqualTo(new CoverageGoal(100, ContactPeriod.QUARTER, List.of(), 10));
        assertThat(CoverageGoal.builder().targetPercent(95).period(ContactPeriod.MONTH).monitor("iep").gapThreshold(0)
                .build()).isEqualTo(new CoverageGoal(95, ContactPeriod.MONTH, List.of("iep"), 0));
        assertThatThrownBy(() -> CoverageGoal.builder().targetPercent(0).build())
                .hasMessage("targetPercent: must be 1 to 100; was 0");
        assertThatThrownBy(() -> CoverageGoal.builder().gapThreshold(101).build())
                .hasMessage("gapThreshold: must be 0 to 100 percentage points; was 101");
        assertThatThrownBy(() -> CoverageGoal.builder().monitor("iep", "iep").build())
                .hasMessage("monitoredGroups: 'iep' appears twice");
        assertThatThrownBy(() -> CoverageGoal.builder().monitor("not an id").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("monitoredGroups: 'not an id'");
    }

    @Test
    void aMonitoredGroupMatchesItselfAndTheValuesOfItsPartitionOnly() {
        assertThat(CoverageGoal.matches("iep", "iep")).isTrue();
        assertThat(CoverageGoal.matches("race-ethnicity", "race-ethnicity:hispanic")).isTrue();
        assertThat(CoverageGoal.matches("race-ethnicity:hispanic", "race-ethnicity:hispanic")).isTrue();
        assertThat(CoverageGoal.matches("race", "race-ethnicity:hispanic")).isFalse();
        assertThat(CoverageGoal.matches("iep", "iep-plan")).isFalse();
        assertThat(CoverageGoal.matches("race-ethnicity:hispanic", "race-ethnicity")).isFalse();
    }
}
