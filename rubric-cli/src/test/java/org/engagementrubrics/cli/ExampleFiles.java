package org.engagementrubrics.cli;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.engagementrubrics.core.response.Response;
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

    /** The roster of the small example district: family_id, race-ethnicity and three yes/no group columns. */
    public static final String COVERAGE_ROSTER = "coverage-roster.csv";
    /** The contacts of the small example district over school year 2025-26: family_id,date,channel,staff_id. */
    public static final String COVERAGE_CONTACTS = "coverage-contacts.csv";
    /** The families of the small example district: few enough for small files, enough to show every rule. */
    public static final int COVERAGE_FAMILIES = 300;

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
