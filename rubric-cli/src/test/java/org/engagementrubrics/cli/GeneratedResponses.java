package org.engagementrubrics.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.engagementrubrics.core.matrix.ArchetypeMatrix;
import org.engagementrubrics.core.response.MarkedStatements;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.examples.SeedInstruments;
import org.engagementrubrics.json.RubricJson;

/**
 * Large JSON Lines files of responses on the 4 Versions matrix, for memory and speed checks of the packaged jar:
 * each response marks each statement with probability 0.3, from a seeded generator, so a file is the same on every
 * run. {@code scripts/generate-responses.sh} runs {@link #main(String[])}.
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
        SplittableRandom random = new SplittableRandom(seed);
        List<String> statements = FOUR_VERSIONS.statementIds();
        RubricJson json = RubricJson.defaults();
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 1; i <= count; i++) {
                List<String> marked = new ArrayList<>();
                for (String statement : statements) {
                    if (random.nextInt(10) < 3) {
                        marked.add(statement);
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
