package org.engagementrubrics.cli;

import java.io.IOException;
import java.math.BigDecimal;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.core.scoring.StagePointsScheme;
import org.engagementrubrics.examples.ExampleDistrict;
import org.engagementrubrics.examples.SampleResponses;
import org.engagementrubrics.examples.SeedInstruments;
import org.engagementrubrics.json.RubricJson;

/**
 * The sample files in the repository's top-level {@code examples/} folder, as they are generated from
 * {@link SampleResponses}, {@link SeedInstruments} and {@link ExampleDistrict}.
 */
public final class ExampleFiles {

    /** The folder, relative to the rubric-cli module (the tests' working directory). */
    public static final Path FOLDER = Path.of("..", "examples");

    /** A response of a school team on the 4 Versions matrix. */
    public static final String FOUR_VERSIONS_TEAM = "four-versions-team.json";
    /** The twelve guardian survey responses, one per line. */
    public static final String GUARDIAN_RESPONSES = "guardian-survey-responses.jsonl";
    /** The same twelve responses with one bad line, line {@value #BAD_LINE}. */
    public static final String GUARDIAN_RESPONSES_WITH_A_BAD_LINE = "guardian-survey-responses-with-a-bad-line.jsonl";
    /** The Family Engagement Rubric exactly as printed, with its two seed defects. */
    public static final String RUBRIC_AS_PRINTED = "family-engagement-rubric-as-printed.json";

    /** Five raters of a leadership team on the 4 Versions matrix for two schools, one per line. */
    public static final String FOUR_VERSIONS_PANEL = "four-versions-panel.jsonl";
    /** Four raters placing the eight standards of the Family Engagement Rubric for one school. */
    public static final String FAMILY_ENGAGEMENT_PANEL = "family-engagement-rubric-panel.jsonl";
    /** One school's team of three reviewing the Family Engagement Rubric in 2024, 2025 and 2026. */
    public static final String FAMILY_ENGAGEMENT_REVIEWS = "family-engagement-rubric-reviews.jsonl";
    /** One school's team of three rating the school conditions in 2025 and 2026. */
    public static final String SCHOOL_CONDITIONS_REVIEWS = "school-conditions-reviews.jsonl";

    /** The roster of the small example district: family_id, race-ethnicity and three yes/no group columns. */
    public static final String COVERAGE_ROSTER = "coverage-roster.csv";
    /** The contacts of the small example district over school year 2025-26: family_id,date,channel,staff_id. */
    public static final String COVERAGE_CONTACTS = "coverage-contacts.csv";
    /** The families of the small example district: few enough for small files, enough to show every rule. */
    public static final int COVERAGE_FAMILIES = 300;

    /**
     * The roster of the guardians who answered the survey: guardians 1 to 11 (guardian 12 is not on it) and
     * guardian 14, who did not answer. Read with {@code --by-group --min-cell 3}, it shows each rule: two small
     * groups of race-ethnicity and their complement, a small flag group, and shown groups.
     */
    public static final String GUARDIAN_ROSTER = "guardian-survey-roster.csv";

    /** Points for the Family Engagement Rubric (issue 14): 1, 2, 3 by stage, Standard 1's second Integration row 3. */
    public static final String FAMILY_ENGAGEMENT_POINTS = "family-engagement-rubric-points.json";

    /** The line of the bad record: after guardian 6. */
    public static final int BAD_LINE = 7;

    private ExampleFiles() {
    }

    /**
     * Returns the path of an example file.
     *
     * @param name the file name
     * @return the path, relative to the module
     */
    public static Path path(String name) {
        return FOLDER.resolve(name);
    }

    /**
     * Returns the points scheme of {@link #FAMILY_ENGAGEMENT_POINTS}: each standard's stages in order are worth
     * 1, 2 and 3 points; the fourth position, Standard 1's second Integration row, is Integration again, 3; an
     * unplaced standard is left out of the points possible.
     *
     * @return the scheme
     */
    public static StagePointsScheme familyEngagementPoints() {
        return StagePointsScheme.of("family-engagement-points", List.of(BigDecimal.ONE, BigDecimal.valueOf(2),
                BigDecimal.valueOf(3), BigDecimal.valueOf(3)));
    }

    /**
     * Returns the content of every example file, by file name.
     *
     * @return the contents
     */
    public static Map<String, String> contents() {
        RubricJson json = RubricJson.defaults();
        Map<String, String> files = new LinkedHashMap<>();
        files.put(FOUR_VERSIONS_TEAM, json.write(SampleResponses.fourVersionsTeam()));
        List<Response> guardians = SampleResponses.guardianSurveyResponses();
        StringBuilder clean = new StringBuilder();
        StringBuilder withBadLine = new StringBuilder();
        for (int i = 0; i < guardians.size(); i++) {
            String line = json.writeLine(guardians.get(i));
            clean.append(line).append('\n');
            withBadLine.append(line).append('\n');
            if (i + 2 == BAD_LINE) {
                withBadLine.append(badLine(line)).append('\n');
            }
        }
        files.put(GUARDIAN_RESPONSES, clean.toString());
        files.put(GUARDIAN_RESPONSES_WITH_A_BAD_LINE, withBadLine.toString());
        files.put(GUARDIAN_ROSTER, String.join("\n",
                "family_id,race-ethnicity,iep,multilingual-learner",
                "guardian-01,Hispanic,no,yes",
                "guardian-02,Hispanic,no,yes",
                "guardian-03,Hispanic,no,yes",
                "guardian-04,Hispanic,no,no",
                "guardian-05,White,no,no",
                "guardian-06,White,yes,no",
                "guardian-07,White,no,no",
                "guardian-08,White,no,yes",
                "guardian-09,Black,no,no",
                "guardian-10,White,yes,no",
                "guardian-11,Asian,no,yes",
                "guardian-14,Hispanic,no,no") + "\n");
        files.put(FOUR_VERSIONS_PANEL, lines(json, SampleResponses.fourVersionsPanel()));
        files.put(FAMILY_ENGAGEMENT_PANEL, lines(json, SampleResponses.familyEngagementPanel()));
        files.put(FAMILY_ENGAGEMENT_REVIEWS, lines(json, SampleResponses.familyEngagementReviews()));
        files.put(SCHOOL_CONDITIONS_REVIEWS, lines(json, SampleResponses.schoolConditionsReviews()));
        files.put(FAMILY_ENGAGEMENT_POINTS, json.write(familyEngagementPoints()));
        files.put(RUBRIC_AS_PRINTED, json.writeUnchecked(SeedInstruments.familyEngagementRubricAsPrinted())); // faulty on purpose
        ExampleDistrict district = ExampleDistrict.generate(ExampleDistrict.DEFAULT_SEED, COVERAGE_FAMILIES);
        StringWriter roster = new StringWriter();
        StringWriter contacts = new StringWriter();
        try {
            district.writeRosterCsv(roster);
            district.writeContactsCsv(contacts);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not throw
        }
        files.put(COVERAGE_ROSTER, roster.toString());
        files.put(COVERAGE_CONTACTS, contacts.toString());
        return files;
    }

    private static String lines(RubricJson json, List<Response> responses) {
        StringBuilder lines = new StringBuilder();
        for (Response response : responses) {
            lines.append(json.writeLine(response)).append('\n');
        }
        return lines.toString();
    }

    /**
     * A guardian 13 made from guardian 6's line, with two mistakes found with or without the instrument: a
     * comment in a field the format does not have, and a rating written as words.
     */
    private static String badLine(String guardian6) {
        String bad = guardian6.replace("guardian-06", "guardian-13")
                .replace("\"survey-2\":3", "\"survey-2\":\"mostly true\"")
                .replace("\"evidence\":", "\"comment\":\"Thanks for asking!\",\"evidence\":");
        if (!bad.contains("\"mostly true\"") || !bad.contains("\"comment\"") || !bad.contains("guardian-13")) {
            throw new IllegalStateException("guardian 6's line changed; update the bad line: " + guardian6);
        }
        return bad;
    }
}
