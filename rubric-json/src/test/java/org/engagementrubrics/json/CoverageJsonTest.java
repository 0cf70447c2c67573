package org.engagementrubrics.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import org.engagementrubrics.core.coverage.CoverageGoal;
import org.engagementrubrics.core.coverage.CoverageResult;
import org.engagementrubrics.core.coverage.CoverageTally;
import org.engagementrubrics.core.coverage.Figures;
import org.engagementrubrics.core.coverage.GroupCoverage;
import org.engagementrubrics.core.coverage.SchoolCalendar;
import org.engagementrubrics.core.privacy.SmallCellRule;
import org.engagementrubrics.core.privacy.SuppressionReason;
import org.engagementrubrics.core.roster.ContactRecord;
import org.engagementrubrics.core.roster.Family;
import org.engagementrubrics.core.roster.Roster;
import org.engagementrubrics.core.survey.ContactPeriod;
import org.engagementrubrics.testkit.Gen;
import org.engagementrubrics.testkit.Properties;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Coverage results in the format: what is written reads back equal and writes the same bytes again, over
 * generated rosters, contacts, calendars, goals and rules; no family id is ever written; the parts of a
 * result round-trip through the Jackson module on their own.
 */
class CoverageJsonTest {

    private static final RubricJson JSON = RubricJson.defaults();
    private static final JsonMapper MAPPER = JsonMapper.builder().addModule(new RubricJsonModule()).build();
    private static final String[] RACE = {"a", "a", "a", "b", "c"};
    private static final String ID_PREFIX = "family-no-";

    /** Tallies a generated district: a partition and two flag groups of skewed sizes, contacts over 500 days. */
    static Gen<CoverageResult> results() {
        return random -> {
            int size = random.nextInt(0, 60);
            List<Family> families = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                List<String> groups = new ArrayList<>();
                if (random.nextDouble() < 0.9) {
                    groups.add("race:" + RACE[random.nextInt(RACE.length)]);
                }
                if (random.nextDouble() < 0.2) {
                    groups.add("iep");
                }
                if (random.nextDouble() < 0.4) {
                    groups.add("ml");
                }
                families.add(Family.of(ID_PREFIX + i, groups));
            }
            List<String> monitored = new ArrayList<>();
            for (String group : List.of("race", "iep", "ml", "absent")) {
                if (random.nextBoolean()) {
                    monitored.add(group);
                }
            }
            CoverageGoal goal = new CoverageGoal(random.nextInt(1, 101),
                    ContactPeriod.values()[random.nextInt(ContactPeriod.values().length)], monitored,
                    random.nextInt(0, 31));
            SchoolCalendar calendar = SchoolCalendar.of(MonthDay.of(random.nextInt(1, 13), random.nextInt(1, 29)));
            CoverageTally tally = CoverageTally.of(Roster.of(families), calendar, goal);
            LocalDate first = LocalDate.of(2025, 6, 1);
            int contacts = random.nextInt(0, 120);
            for (int c = 0; c < contacts; c++) {
                String id = size > 0 && random.nextDouble() < 0.9 ? ID_PREFIX + random.nextInt(size) : "stranger";
                tally.add(ContactRecord.of(id, first.plusDays(random.nextInt(0, 500))));
            }
            SmallCellRule rule = random.nextDouble() < 0.2 ? SmallCellRule.off()
                    : SmallCellRule.minimum(random.nextInt(2, 12));
            if (random.nextBoolean()) {
                return tally.result(rule);
            }
            LocalDate from = first.plusDays(random.nextInt(0, 400));
            return tally.result(rule, from, from.plusDays(random.nextInt(0, 200)));
        };
    }

    @Test
    void everyGeneratedResultReadsBackEqualAndWritesTheSameBytesAgain() {
        Properties.forAll("coverage result round trip", 300, results(), result -> {
            String text = JSON.write(result);

            CoverageResult back = JSON.readCoverage(text, "coverage.json");

            assertThat(back).isEqualTo(result);
            assertThat(JSON.write(back)).isEqualTo(text);
            assertThat(JSON.read(text, "any.json")).isEqualTo(result);
            assertThat(JSON.readCoverage(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "in.json"))
                    .isEqualTo(result);
            assertThat(MAPPER.readValue(text, CoverageResult.class)).isEqualTo(result);
            assertThat(text).doesNotContain(ID_PREFIX).doesNotContain("stranger");
        });
    }

    @Test
    void theSuppressedGoldenResultShowsEveryKindOfRow() {
        String text = JSON.write(CoverageSamples.twoQuarters());

        assertThat(text).contains("\"outcome\": \"shown\"", "\"outcome\": \"no-families\"",
                "\"reason\": \"small-group\"", "\"reason\": \"complementary\"", "\"flagged\": true",
                "\"kind\": \"minimum\"", "\"yearStart\": \"08-01\"");
        assertThat(JSON.write(CoverageSamples.smallTotal())).contains("\"reason\": \"small-total\"");
        assertThat(JSON.write(CoverageSamples.monthsRuleOff())).contains("\"kind\": \"off\"",
                "\"yearStart\": \"09-01\"", "\"label\": \"2025-26 M02\"", "\"contactsOutsidePeriods\": 8");
    }

    @Test
    void thePartsOfAResultRoundTripThroughTheJacksonModule() {
        record Stored(CoverageGoal goal, SmallCellRule rule, SchoolCalendar calendar, List<Figures> figures,
                GroupCoverage group, Figures.Withheld withheld) {
        }
        CoverageResult result = CoverageSamples.twoQuarters();
        List<Figures> figures = new ArrayList<>();
        figures.add(result.periods().get(0).allFamilies());
        result.periods().get(0).groups().forEach(group -> figures.add(group.figures()));
        Stored stored = new Stored(result.goal(), SmallCellRule.off(), result.calendar(), figures,
                result.periods().get(0).groups().get(0), new Figures.Withheld(SuppressionReason.COMPLEMENTARY));

        String text = MAPPER.writeValueAsString(stored);

        assertThat(MAPPER.readValue(text, Stored.class)).isEqualTo(stored);
        assertThat(text).contains("\"rule\":{\"kind\":\"off\"}", "\"calendar\":{\"yearStart\":\"08-01\"}",
                "\"withheld\":{\"outcome\":\"withheld\",\"reason\":\"complementary\"}");
    }

    @Test
    void aRuleOfTheWrongSizeFailsAtItsPlaceInTheEmbeddersRecord() {
        record Stored(String id, SmallCellRule rule) {
        }

        assertThatThrownBy(() -> MAPPER.readValue("{\"id\": \"x\", \"rule\": {\"kind\": \"minimum\", \"minimum\": 1}}",
                Stored.class)).hasMessageContaining("minimum group size must be at least 2")
                .hasMessageContaining("Stored[\"rule\"]");
    }
}
