package org.engagementrubrics.json.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.engagementrubrics.json.FormatCodes;
import org.engagementrubrics.json.RubricJson;
import org.junit.jupiter.api.Test;

/**
 * The section "Rosters and contact records" of {@code docs/format.md}: its CSV example reads as the roster its
 * JSON Lines example shows, and its table lists every problem code of the roster and contact readers.
 */
class RosterDocumentationTest {

    private static final Path DOC = Path.of("..", "docs", "format.md");

    private static String section() throws Exception {
        String doc = Files.readString(DOC);
        int start = doc.indexOf("\n## Rosters and contact records\n");
        assertThat(start).as("the section in %s", DOC).isPositive();
        return doc.substring(start, doc.indexOf("\n## ", start + 5));
    }

    private static String block(String section, String language) {
        Matcher matcher = Pattern.compile("```" + language + "\\n(.*?)```", Pattern.DOTALL).matcher(section);
        assertThat(matcher.find()).as("a %s example", language).isTrue();
        return matcher.group(1);
    }

    @Test
    void theCsvExampleReadsAsTheRosterOfTheJsonLinesExample() throws Exception {
        String section = section();
        RosterRead read = RubricJson.defaults().rosterReader().read(
                new ByteArrayInputStream(block(section, "csv").getBytes(StandardCharsets.UTF_8)), "example.csv",
                RecordFormat.CSV);

        assertThat(read.problems()).isEmpty();
        assertThat(RosterWriter.toJsonLines(read.roster())).isEqualTo(block(section, "jsonl"));
    }

    @Test
    void theCodeTableListsEveryRosterAndContactCode() throws Exception {
        String doc = Files.readString(DOC);
        for (Field field : FormatCodes.class.getDeclaredFields()) {
            if (Modifier.isPublic(field.getModifiers()) && Modifier.isStatic(field.getModifiers())) {
                assertThat(doc).as("docs/format.md names the code of FormatCodes.%s", field.getName())
                        .contains("`" + field.get(null) + "`");
            }
        }
        String section = section();
        String table = section.substring(section.indexOf("### Problem codes of rosters and contact records"));
        for (String code : new String[] {FormatCodes.RAGGED_ROW, FormatCodes.MISSING_COLUMN, FormatCodes.DUPLICATE_COLUMN,
            FormatCodes.MIXED_COLUMN, FormatCodes.UNKNOWN_FORMAT, "missing", "blank", "duplicate-id", "invalid-id",
            "invalid-value", "unknown-reference", "unknown-field", "empty-document", "encoding",
            "misplaced-byte-order-mark", "string-too-long", "document-too-large", "syntax", "unreadable"}) {
            assertThat(table).as("the roster code table").contains("`" + code + "`");
        }
    }
}
