package org.engagementrubrics.json.canvas;

import java.util.List;
import java.util.Objects;
import org.engagementrubrics.json.FormatProblem;

/**
 * Points rubrics written as a Canvas rubric CSV, with what the CSV could not carry.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param csv the CSV text, to be written as UTF-8, not null
 * @param losses one {@code not-carried} warning per loss allowed, in rubric order, empty when nothing was
 *     lost, not null
 */
public record CanvasExport(String csv, List<FormatProblem> losses) {

    /**
     * Creates an export; the list is copied.
     *
     * @param csv the CSV text, not null
     * @param losses the losses allowed, as warnings, not null
     */
    public CanvasExport {
        Objects.requireNonNull(csv, "csv");
        losses = List.copyOf(Objects.requireNonNull(losses, "losses"));
    }
}
