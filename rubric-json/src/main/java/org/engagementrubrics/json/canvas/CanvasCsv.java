package org.engagementrubrics.json.canvas;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

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
 * }</pre>
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
}
