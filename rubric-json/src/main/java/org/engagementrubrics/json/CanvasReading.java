package org.engagementrubrics.json;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.engagementrubrics.json.canvas.CanvasCsv;
import org.engagementrubrics.json.canvas.CanvasRubric;

/**
 * The Canvas rubric CSV reader and writer: opens the input, reads its rubrics ({@link CanvasTableCsv}) and
 * writes them ({@link CanvasCsvText}).
 *
 * <p>This class is immutable and thread-safe.
 */
final class CanvasReading implements CanvasCsv {

    private final ReadLimits limits;

    CanvasReading(ReadLimits limits) {
        this.limits = limits;
    }

    @Override
    public List<CanvasRubric> readRubrics(Path file) {
        Objects.requireNonNull(file, "file");
        try (BoundedInput input = RosterReading.open(file, limits.maxDocumentBytes())) {
            return read(input);
        }
    }

    @Override
    public List<CanvasRubric> readRubrics(InputStream in, String sourceName) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(sourceName, "sourceName");
        return read(BoundedInput.of(RosterReading.notClosed(in), sourceName, limits.maxDocumentBytes()));
    }

    private List<CanvasRubric> read(BoundedInput input) {
        try (CsvTable table = CsvTable.open(input, limits, true)) {
            return CanvasTableCsv.read(table, limits);
        }
    }

    @Override
    public String writeRubrics(List<CanvasRubric> rubrics) {
        List<CanvasRubric> copy = List.copyOf(Objects.requireNonNull(rubrics, "rubrics"));
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("rubrics must not be empty: a Canvas rubric CSV holds at least one");
        }
        Set<String> names = new HashSet<>();
        for (CanvasRubric rubric : copy) {
            if (!names.add(rubric.name())) {
                throw new IllegalArgumentException("two rubrics are named '" + rubric.name() + "'; Canvas groups"
                        + " rows by 'Rubric Name', so they would import as one");
            }
        }
        return CanvasCsvText.write(copy);
    }

    @Override
    public String toString() {
        return "CanvasCsv[" + limits + "]";
    }
}
