package org.engagementrubrics.json.canvas;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.engagementrubrics.core.points.PointsRubric;

/**
 * Reads and writes Canvas LMS rubric CSV, the file Canvas's "Import rubric" accepts. Obtained from
 * {@link org.engagementrubrics.json.RubricJson#canvasCsv()}, whose read limits it keeps.
 *
 * <pre>{@code
 * CanvasCsv canvas = RubricJson.defaults().canvasCsv();
 * List<CanvasRubric> rubrics = canvas.readRubrics(Path.of("rubrics.csv"));
 * //   a bad file throws FormatException with every problem, such as
 * //   rubrics.csv:4:1: /Rubric Name: [missing] Missing 'Rubric Name' in some rows. ...
 * String csv = canvas.writeRubrics(rubrics);
 *
 * List<PointsRubric> instruments = canvas.withVersion("2.0.0").read(Path.of("rubrics.csv"));
 * CanvasExport export = canvas.withLossAllowed(true).write(instruments, "ours");
 * export.losses().forEach(loss -> log(loss.toString()));   // warnings: what the CSV could not carry
 * }</pre>
 *
 * <p>A points rubric read from Canvas CSV is in <em>Canvas normal form</em>, the points rubrics a Canvas
 * rubric CSV can carry: ids derived from names (lower-case Latin letters and digits joined by {@code -},
 * {@code -2}, {@code -3}… for a repeat), English text only, every weight 1, levels in Canvas's order (points,
 * highest first, equal points by name), no free-form criterion, no errata, no extensions, and the source
 * {@code (rubric name, "Canvas rubric CSV", file name)}. Writing a points rubric refuses anything outside that
 * form with a located {@code not-carried} problem per loss, unless loss is {@linkplain #withLossAllowed
 * allowed}; then each loss is still reported, as a warning.
 *
 * <p>The layout read and written, the rounding of points and every problem code are in
 * {@code docs/format.md}, "Canvas rubric CSV". A read either gives every rubric of the file or throws: never
 * a part of a file. Implementations are immutable and thread-safe.
 */
public interface CanvasCsv {

    /**
     * Reads the rubrics of a Canvas rubric CSV file, grouped by {@code Rubric Name} in order of first
     * appearance, each with its criteria in file order.
     *
     * @param file the file, not null
     * @return the rubrics, not empty
     * @throws org.engagementrubrics.json.FormatException with every problem of the file, located, if it has any
     */
    List<CanvasRubric> readRubrics(Path file);

    /**
     * Reads the rubrics of a Canvas rubric CSV from a stream, which is read to its end and not closed.
     *
     * @param in the stream, not null
     * @param sourceName the name used in problems, such as a file name, not null
     * @return the rubrics, not empty
     * @throws org.engagementrubrics.json.FormatException with every problem of the text, located, if it has any
     */
    List<CanvasRubric> readRubrics(InputStream in, String sourceName);

    /**
     * Writes rubrics as a Canvas rubric CSV laid out as Canvas's template is: plain repeated rating headers,
     * as many triples as the widest criterion, rows padded to the header's width, ratings in the order held,
     * RFC 4180 quoting, rows ended by {@code \n}. The same rubrics always give the same text.
     *
     * @param rubrics the rubrics, not empty, with distinct names (Canvas groups rows by name)
     * @return the CSV text, to be written as UTF-8
     * @throws IllegalArgumentException if there is no rubric, or two share a name
     */
    String writeRubrics(List<CanvasRubric> rubrics);

    /**
     * Reads the rubrics of a Canvas rubric CSV file as points rubrics in Canvas normal form, one per
     * {@code Rubric Name}; the source's citation is the file's name (without its directory).
     *
     * @param file the file, not null
     * @return the points rubrics, not empty
     * @throws org.engagementrubrics.json.FormatException with every problem of the file, located, if it has any
     *     (also when an instrument id is given and the file holds more than one rubric)
     */
    List<PointsRubric> read(Path file);

    /**
     * Reads the rubrics of a Canvas rubric CSV from a stream, which is read to its end and not closed, as
     * points rubrics in Canvas normal form; the source's citation is {@code sourceName}.
     *
     * @param in the stream, not null
     * @param sourceName the name used in problems and as the source's citation, not null
     * @return the points rubrics, not empty
     * @throws org.engagementrubrics.json.FormatException with every problem of the text, located, if it has any
     */
    List<PointsRubric> read(InputStream in, String sourceName);

    /**
     * Returns the points rubric in Canvas normal form that a Canvas rubric imports as, with this reader's
     * version and instrument id (derived from the rubric's name if none was given).
     *
     * @param rubric the Canvas rubric, not null
     * @param sourceName the source's citation, such as the CSV file's name, not null
     * @return the points rubric
     * @throws org.engagementrubrics.json.FormatException if the rubric breaks a data rule of points rubrics,
     *     such as negative points or two ranged ratings of equal points
     */
    PointsRubric toPointsRubric(CanvasRubric rubric, String sourceName);

    /**
     * Writes points rubrics as one Canvas rubric CSV, as {@link #writeRubrics} lays it out.
     *
     * @param rubrics the points rubrics, not empty, with distinct English titles
     * @param sourceName the name used in problems, such as the file the rubrics were read from, not null
     * @return the CSV text and the losses, warnings when loss is allowed
     * @throws org.engagementrubrics.json.FormatException with a {@code not-carried} problem per loss unless
     *     loss is allowed, and always when two rubrics share a title or no criterion is left
     */
    CanvasExport write(List<PointsRubric> rubrics, String sourceName);

    /**
     * Returns a reader that gives imported rubrics this version; {@code 1.0.0} unless given.
     *
     * @param version the version, not blank
     * @return a reader with the version
     * @throws IllegalArgumentException if the version is blank
     */
    CanvasCsv withVersion(String version);

    /**
     * Returns a reader that gives the imported rubric this instrument id instead of the one derived from its
     * name; a file holding several rubrics is then refused.
     *
     * @param instrumentId the instrument id, not null
     * @return a reader with the instrument id
     */
    CanvasCsv withInstrumentId(String instrumentId);

    /**
     * Returns a writer that writes what it can of a rubric outside Canvas normal form, reporting each loss
     * as a warning, or one that refuses such a rubric (the default).
     *
     * @param allowed whether loss is allowed
     * @return a writer with the setting
     */
    CanvasCsv withLossAllowed(boolean allowed);
}
