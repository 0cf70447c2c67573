package org.engagementrubrics.cli;

import java.io.File;
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
 * The {@code --instrument} option: an id in the bundled catalog, else the path of an instrument file.
 */
final class InstrumentOption {

    private InstrumentOption() {
    }

    /**
     * Resolves {@code --instrument}: an id in the bundled catalog (its newest version), else the path of an
     * instrument file (a pipe such as {@code /dev/stdin} too).
     *
     * @param idOrFile the option's value
     * @param commandLine the command, for a usage error
     * @return the instrument
     * @throws ParameterException if the value is neither a catalog id nor a file (exit 2)
     * @throws org.engagementrubrics.json.FormatException if the file cannot be read or is invalid (exit 1)
     */
    static Instrument instrument(String idOrFile, CommandLine commandLine) {
        Catalog catalog = Catalog.bundled();
        if (catalog.find(idOrFile).isPresent()) {
            return catalog.instrument(idOrFile);
        }
        Path file = path(idOrFile);
        if (file != null && (looksLikePath(idOrFile) || Files.exists(file))) {
            return RubricJson.defaults().readInstrument(file);
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
}
