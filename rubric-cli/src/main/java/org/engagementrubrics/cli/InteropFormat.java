package org.engagementrubrics.cli;

import java.nio.file.Path;
import java.util.List;
import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.json.FormatProblem;

/**
 * A format that {@code rubric convert} reads instruments from and writes them to. The formats are listed in
 * {@link InteropFormats}; a new one is a class of this interface and one entry there.
 *
 * <p>Implementations are immutable and thread-safe.
 */
interface InteropFormat {

    /**
     * What the command line asks of a conversion, besides the formats and files.
     *
     * @param version the version of an imported instrument, or null for the format's default
     * @param instrumentId the instrument id of an imported instrument, or null to derive it
     * @param allowLoss whether a write may leave out what the format cannot carry, reporting each loss
     * @param lenient whether a read may repair what the format's schema refuses, reporting each repair
     */
    record Settings(String version, String instrumentId, boolean allowLoss, boolean lenient) {
    }

    /**
     * What a read gave: the instruments and the repairs made to read them.
     *
     * @param instruments the instruments, not empty
     * @param warnings the repairs made (a lenient read only), as warnings
     */
    record Input(List<Instrument> instruments, List<FormatProblem> warnings) {
    }

    /**
     * One file written: its name in a directory of several, its text and the losses allowed.
     *
     * @param fileName the name of the file when several are written into a directory
     * @param text the text, written as UTF-8
     * @param warnings the losses allowed, as warnings
     */
    record Output(String fileName, String text, List<FormatProblem> warnings) {
    }

    /**
     * Returns the format's name on the command line, such as {@code canvas-csv}.
     *
     * @return the name
     */
    String name();

    /**
     * Checks if one file of this format holds several instruments; if not, each goes into a file of its own.
     *
     * @return whether one file holds several instruments
     */
    boolean holdsSeveral();

    /**
     * Reads every instrument of a file, or of standard input.
     *
     * @param file the file, or null for standard input
     * @param sourceName the name used in problems: the file's, or {@code <stdin>}
     * @param settings the conversion's settings
     * @return the instruments, not empty, with the repairs a lenient read made
     * @throws org.engagementrubrics.json.FormatException with every problem of the input
     */
    Input read(Path file, String sourceName, Settings settings);

    /**
     * Writes instruments: one output holding them all, or one output per instrument.
     *
     * @param instruments the instruments, not empty
     * @param sourceName the name used in problems: the input's
     * @param settings the conversion's settings
     * @return the outputs
     * @throws org.engagementrubrics.json.FormatException if an instrument cannot be written (a loss not allowed)
     */
    List<Output> write(List<Instrument> instruments, String sourceName, Settings settings);
}
