package org.engagementrubrics.cli;

import java.io.BufferedInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.examples.Catalog;
import org.engagementrubrics.json.RubricJson;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * Finds the instrument and reads the files the commands are given.
 */
final class Inputs {

    private Inputs() {
    }

    /**
     * Resolves {@code --instrument}: an id in the bundled catalog (its newest version), else the path of an
     * instrument file.
     *
     * @param idOrFile the option's value
     * @param commandLine the command, for a usage error
     * @return the instrument
     * @throws ParameterException if the value is neither a catalog id nor a file (exit 2)
     * @throws org.engagementrubrics.json.FormatException if the file cannot be read or is invalid (exit 1)
     */
    static Instrument instrument(String idOrFile, CommandLine commandLine) {
        Catalog catalog = Catalog.standard();
        if (catalog.find(idOrFile).isPresent()) {
            return catalog.instrument(idOrFile);
        }
        Path file = path(idOrFile);
        if (file != null && (looksLikePath(idOrFile) || Files.exists(file))) {
            try (Input input = Input.open(file)) {
                return input.document(RubricJson.standard()::readInstrument);
            }
        }
        String unknown;
        try {
            catalog.instrument(idOrFile);
            unknown = "no instrument '" + idOrFile + "' in the catalog";
        } catch (IllegalArgumentException e) {
            unknown = e.getMessage();
        }
        throw new ParameterException(commandLine, unknown + "; or give a file path (see 'rubric catalog list')");
    }

    private static Path path(String text) {
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            return null;
        }
    }

    private static boolean looksLikePath(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return text.indexOf('/') >= 0 || text.indexOf(File.separatorChar) >= 0 || lower.endsWith(".json")
                || lower.endsWith(".jsonl") || lower.endsWith(".ndjson");
    }

    /**
     * Checks if a file holds a stream of responses: a JSON Lines file ({@code .jsonl}, {@code .ndjson}) or a
     * file whose first value is a JSON array.
     *
     * @param file the file
     * @return true to read it with a {@link org.engagementrubrics.json.ResponseStream}
     */
    static boolean isStream(Path file) {
        if (Files.isDirectory(file)) {
            return false;
        }
        if (Input.hasStreamName(file)) {
            return true;
        }
        return firstCharacter(file) == '[';
    }

    /**
     * The first character after a byte order mark and white space, -1 if none or unreadable. Looks no further
     * than the size limit: white space longer than a whole document is not worth reading to the end.
     */
    private static int firstCharacter(Path file) {
        long limit = RubricJson.standard().limits().maxDocumentBytes();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            in.mark(3);
            if (!(in.read() == 0xEF && in.read() == 0xBB && in.read() == 0xBF)) {
                in.reset();
            }
            int b;
            long read = 0;
            while (((b = in.read()) == ' ' || b == '\t' || b == '\r' || b == '\n') && ++read <= limit) {
                // skip
            }
            return b;
        } catch (IOException | RuntimeException e) {
            return -1; // the reader reports why
        }
    }
}
