package org.engagementrubrics.json.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The documented rule that makes group ids of CSV headers and cell values, and the formats file names say.
 */
class GroupIdsTest {

    @Test
    void aTextBecomesASegmentOfLowerCaseLettersDigitsAndSingleDashes() {
        assertThat(GroupIds.segment("Hispanic or Latino")).isEqualTo("hispanic-or-latino");
        assertThat(GroupIds.segment("Race/Ethnicity")).isEqualTo("race-ethnicity");
        assertThat(GroupIds.segment("  IEP ")).isEqualTo("iep");
        assertThat(GroupIds.segment("Two or more -- races")).isEqualTo("two-or-more-races");
        assertThat(GroupIds.segment("Espa\u00f1ol / Fran\u00e7ais")).isEqualTo("espanol-francais");
        assertThat(GroupIds.segment("Grade 9.5_b")).isEqualTo("grade-9.5_b");
        assertThat(GroupIds.segment("-_.Native Hawaiian (Pacific Islander)._-")).isEqualTo("native-hawaiian-pacific-islander");
        assertThat(GroupIds.segment("\uFF29\uFF25\uFF30")).as("full-width letters").isEqualTo("iep");
    }

    @Test
    void aTextWithoutALetterOrDigitGivesNoSegment() {
        assertThat(GroupIds.segment("???")).isEmpty();
        assertThat(GroupIds.segment("   ")).isEmpty();
        assertThat(GroupIds.segment("\u4e2d\u6587")).isEmpty();
    }

    @Test
    void theSegmentOfASegmentIsItself() {
        for (String text : new String[] {"Hispanic or Latino", "Race/Ethnicity", "Grade 9.5_b", "a--b"}) {
            String segment = GroupIds.segment(text);
            assertThat(GroupIds.segment(segment)).isEqualTo(segment);
        }
    }

    @Test
    void aFileNameSaysItsFormatByItsExtension() {
        assertThat(RecordFormat.fromFileName("roster.csv")).contains(RecordFormat.CSV);
        assertThat(RecordFormat.fromFileName("/data/ROSTER.CSV")).contains(RecordFormat.CSV);
        assertThat(RecordFormat.fromFileName("contacts.jsonl")).contains(RecordFormat.JSON_LINES);
        assertThat(RecordFormat.fromFileName("contacts.ndjson")).contains(RecordFormat.JSON_LINES);
        assertThat(RecordFormat.fromFileName("roster.json")).isEqualTo(Optional.empty());
        assertThat(RecordFormat.fromFileName("csv")).isEmpty();
    }
}
