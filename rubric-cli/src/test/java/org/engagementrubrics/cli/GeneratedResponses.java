package org.engagementrubrics.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Iterator;
import org.engagementrubrics.core.matrix.ArchetypeMatrix;
import org.engagementrubrics.core.response.MarkedStatements;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.core.survey.Survey;
import org.engagementrubrics.examples.SeedInstruments;
import org.engagementrubrics.json.RubricJson;
import org.engagementrubrics.testkit.Gen;

/**
 * Large JSON Lines files of responses on the 4 Versions matrix, for memory and speed checks of the packaged jar:
 * each response marks each statement with probability 0.3, drawn from the test kit's generators with a seed, so a file
 * is the same on every run. {@code scripts/generate-responses.sh} runs {@link #main(String[])}.
 */
public final class GeneratedResponses {

    private static final ArchetypeMatrix FOUR_VERSIONS = SeedInstruments.fourVersions();
    private static final Instant RECORDED_AT = Instant.parse("2026-10-14T16:30:00Z");

    private GeneratedResponses() {
    }

    /**
     * Writes {@code count} responses on the 4 Versions matrix to a JSON Lines file, one per line.
     *
     * @param file the file to write, replaced if it exists
     * @param count how many responses
     * @param seed the seed of the marks
     * @return the file
     * @throws IOException if the file cannot be written
     */
    public static Path fourVersions(Path file, int count, long seed) throws IOException {
        List<String> statements = FOUR_VERSIONS.statementIds();
        Iterator<List<Boolean>> picks = Gen.chance(0.3).listOf(statements.size()).stream(seed).iterator();
        RubricJson json = RubricJson.defaults();
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 1; i <= count; i++) {
                List<Boolean> picked = picks.next();
                List<String> marked = new ArrayList<>();
                for (int s = 0; s < statements.size(); s++) {
                    if (picked.get(s)) {
                        marked.add(statements.get(s));
                    }
                }
                Response response = Response.builder().id("team-" + i).instrument(FOUR_VERSIONS)
                        .rater("rater-" + (i % 97)).subject("school-" + (i % 1009)).recordedAt(RECORDED_AT)
                        .evidence(MarkedStatements.of(marked)).build();
                out.write(json.writeLine(response));
                out.write('\n');
            }
        }
        return file;
    }

    /**
     * Writes {@code count} responses on the guardian survey to a JSON Lines file, one per line, as
     * {@code /work/gen/gen_survey.py} writes them: response {@code i} is by family {@code i % families}
     * ({@code family-000042}), each statement rated 1 to 4 or not applicable, drawn from the kit's generators with a seed. The lines
     * are written from a template, not through the writer, so that hundreds of thousands take seconds.
     *
     * @param file the file to write, replaced if it exists
     * @param count how many responses
     * @param families how many distinct raters, at least 1
     * @param seed the seed of the ratings
     * @return the file
     * @throws IOException if the file cannot be written
     */
    public static Path guardianSurvey(Path file, int count, int families, long seed) throws IOException {
        Survey survey = SeedInstruments.guardianSurvey();
        Iterator<String> answers = Gen.elements("1", "2", "3", "4", "4", "3", "\"not-applicable\"").stream(seed).iterator();
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            StringBuilder line = new StringBuilder(512);
            for (int i = 0; i < count; i++) {
                line.setLength(0);
                line.append("{\"format\":\"engagement-rubrics/2.0\",\"kind\":\"response\",\"id\":\"g-")
                        .append(String.format("%07d", i)).append("\",\"instrumentId\":\"").append(survey.id())
                        .append("\",\"instrumentVersion\":\"").append(survey.version()).append("\",\"raterId\":\"")
                        .append(familyId(i % families)).append("\",\"subjectId\":\"maple-grove-elementary\","
                                + "\"recordedAt\":\"2026-11-02T16:05:00Z\",\"evidence\":{\"kind\":\"ratings\","
                                + "\"byItem\":{");
                for (int s = 0; s < survey.statements().size(); s++) {
                    line.append(s == 0 ? "\"" : ",\"").append(survey.statements().get(s).id()).append("\":")
                            .append(answers.next());
                }
                out.append(line).append("}}}\n");
            }
        }
        return file;
    }

    /**
     * Writes the roster of the families of {@link #guardianSurvey}: {@code family_id,race-ethnicity,iep}, each
     * family's value of race-ethnicity and iep fixed by its number (a few small groups included).
     *
     * @param file the CSV file to write, replaced if it exists
     * @param families how many families
     * @return the file
     * @throws IOException if the file cannot be written
     */
    public static Path guardianRoster(Path file, int families) throws IOException {
        String[] race = {"hispanic", "hispanic", "white", "white", "black", "asian", "hispanic", "white"};
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("family_id,race-ethnicity,iep\n");
            for (int f = 0; f < families; f++) {
                String value = f % 997 == 0 ? "pacific-islander" : race[f % race.length];
                out.write(familyId(f) + "," + value + "," + (f % 7 == 0 ? "yes" : "no") + "\n");
            }
        }
        return file;
    }

    /** The id of family {@code f}, as gen_survey.py writes it. */
    public static String familyId(int f) {
        return String.format("family-%06d", f);
    }

    /**
     * Writes a file of responses: {@code generate-responses COUNT FILE [SEED]}.
     *
     * @param args the count, the file and, optionally, the seed (default 20261130)
     * @throws IOException if the file cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 2 || args.length > 3) {
            throw new IllegalArgumentException("usage: generate-responses COUNT FILE [SEED]");
        }
        long seed = args.length == 3 ? Long.parseLong(args[2]) : 20261130L;
        fourVersions(Path.of(args[1]), Integer.parseInt(args[0]), seed);
    }
}
