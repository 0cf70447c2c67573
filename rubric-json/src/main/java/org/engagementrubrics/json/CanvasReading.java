package org.engagementrubrics.json;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.engagementrubrics.core.points.PointsRubric;
import org.engagementrubrics.core.validation.Problem;
import org.engagementrubrics.core.validation.RubricValidator;
import org.engagementrubrics.json.canvas.CanvasCodes;
import org.engagementrubrics.json.canvas.CanvasCsv;
import org.engagementrubrics.json.canvas.CanvasExport;
import org.engagementrubrics.json.canvas.CanvasRubric;

/**
 * The Canvas rubric CSV reader and writer: opens the input, reads its rubrics ({@link CanvasTableCsv}), maps
 * them to and from points rubrics ({@link CanvasPoints}) and writes them ({@link CanvasCsvText}).
 *
 * <p>This class is immutable and thread-safe.
 */
final class CanvasReading implements CanvasCsv {

    /** The version of an imported rubric unless the caller gives one. */
    static final String DEFAULT_VERSION = "1.0.0";

    private final ReadLimits limits;
    private final RubricValidator validator;
    private final String version;
    private final String instrumentId;
    private final boolean lossAllowed;

    CanvasReading(ReadLimits limits, RubricValidator validator) {
        this(limits, validator, DEFAULT_VERSION, null, false);
    }

    private CanvasReading(ReadLimits limits, RubricValidator validator, String version, String instrumentId,
            boolean lossAllowed) {
        this.limits = limits;
        this.validator = validator;
        this.version = version;
        this.instrumentId = instrumentId;
        this.lossAllowed = lossAllowed;
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
    public List<PointsRubric> read(Path file) {
        Path name = Objects.requireNonNull(file, "file").getFileName();
        return points(readRubrics(file), file.toString(), name == null ? file.toString() : name.toString());
    }

    @Override
    public List<PointsRubric> read(InputStream in, String sourceName) {
        return points(readRubrics(in, sourceName), sourceName, sourceName);
    }

    private List<PointsRubric> points(List<CanvasRubric> rubrics, String source, String citation) {
        if (instrumentId != null && rubrics.size() > 1) {
            throw new FormatException(List.of(new FormatProblem(source, "", 0, 0, FormatCodes.INVALID_VALUE,
                    "the file holds " + rubrics.size() + " rubrics " + rubrics.stream().map(CanvasRubric::name)
                            .toList() + " and the instrument id '" + instrumentId + "' can name one; expected one"
                            + " rubric, or no instrument id (each rubric's id is then derived from its name)")));
        }
        List<PointsRubric> read = new ArrayList<>();
        List<FormatProblem> problems = new ArrayList<>();
        for (CanvasRubric rubric : rubrics) {
            try {
                read.add(toPointsRubric(rubric, source, citation));
            } catch (FormatException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new FormatException(problems);
        }
        return List.copyOf(read);
    }

    @Override
    public PointsRubric toPointsRubric(CanvasRubric rubric, String sourceName) {
        Objects.requireNonNull(rubric, "rubric");
        Objects.requireNonNull(sourceName, "sourceName");
        return toPointsRubric(rubric, sourceName, sourceName);
    }

    /**
     * Maps a rubric and checks the data rules of points rubrics; a broken one is reported at the JSON pointer
     * of the points rubric, with the rubric's name (a CSV row holds no pointer of ours).
     */
    private PointsRubric toPointsRubric(CanvasRubric rubric, String source, String citation) {
        PointsRubric points = CanvasPoints.toPoints(rubric, instrumentId, version, citation);
        List<Problem> found = validator.validate(points);
        if (found.stream().anyMatch(Problem::isError)) {
            List<FormatProblem> problems = new ArrayList<>();
            for (Problem problem : found) {
                if (problem.isError()) {
                    problems.add(new FormatProblem(source, problem.pointer(), 0, 0, problem.code(),
                            "rubric '" + rubric.name() + "': " + problem.message()));
                }
            }
            throw new FormatException(problems);
        }
        return points;
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
    public CanvasExport write(List<PointsRubric> rubrics, String sourceName) {
        List<PointsRubric> copy = List.copyOf(Objects.requireNonNull(rubrics, "rubrics"));
        Objects.requireNonNull(sourceName, "sourceName");
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("rubrics must not be empty: a Canvas rubric CSV holds at least one");
        }
        Problems errors = new Problems(sourceName);
        Problems losses = new Problems(sourceName);
        List<CanvasRubric> written = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < copy.size(); i++) {
            String at = copy.size() == 1 ? "" : "/" + i;
            CanvasRubric rubric = CanvasPoints.toCanvas(copy.get(i), at, (pointer, message) -> {
                if (lossAllowed) {
                    losses.warn(pointer, 0, 0, CanvasCodes.NOT_CARRIED, message);
                } else {
                    errors.add(pointer, 0, 0, CanvasCodes.NOT_CARRIED, message + "; allow loss to write the rest");
                }
            });
            if (rubric == null) {
                errors.add(at + "/criteria", 0, 0, CanvasCodes.NOT_CARRIED, "every criterion of '"
                        + copy.get(i).id() + "' is free-form, so a Canvas rubric CSV can hold none of it");
            } else if (!names.add(rubric.name())) {
                errors.add(at + "/title", 0, 0, FormatCodes.INVALID_VALUE, "a second rubric titled '" + rubric.name()
                        + "'; Canvas groups rows by 'Rubric Name', so the two would import as one: expected"
                        + " distinct titles");
            } else {
                written.add(rubric);
            }
        }
        errors.throwIfAny();
        return new CanvasExport(CanvasCsvText.write(written), losses.warnings());
    }

    @Override
    public CanvasCsv withVersion(String version) {
        Objects.requireNonNull(version, "version");
        if (version.isBlank()) {
            throw new IllegalArgumentException("version must not be blank");
        }
        return new CanvasReading(limits, validator, version, instrumentId, lossAllowed);
    }

    @Override
    public CanvasCsv withInstrumentId(String instrumentId) {
        Objects.requireNonNull(instrumentId, "instrumentId");
        return new CanvasReading(limits, validator, version, instrumentId, lossAllowed);
    }

    @Override
    public CanvasCsv withLossAllowed(boolean allowed) {
        return new CanvasReading(limits, validator, version, instrumentId, allowed);
    }

    @Override
    public String toString() {
        return "CanvasCsv[version=" + version + ", instrumentId=" + instrumentId + ", lossAllowed=" + lossAllowed
                + ", " + limits + "]";
    }
}
