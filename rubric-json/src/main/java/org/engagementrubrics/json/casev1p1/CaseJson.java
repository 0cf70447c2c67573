package org.engagementrubrics.json.casev1p1;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.core.validation.Problem;
import org.engagementrubrics.core.validation.RubricValidator;
import org.engagementrubrics.core.validation.Severity;
import org.engagementrubrics.json.FormatCodes;
import org.engagementrubrics.json.FormatException;
import org.engagementrubrics.json.FormatProblem;
import org.engagementrubrics.json.ReadLimits;
import org.engagementrubrics.json.RubricJson;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes instruments as 1EdTech CASE 1.1 packages and reads them back: the entry point of this package.
 *
 * <pre>{@code
 * CaseJson cases = CaseJson.defaults();                         // build once, share
 * cases.write(matrix, CaseOptions.defaults(), out);             // one CFPackage: CFDocument + one CFRubric
 * CaseImport read = cases.read(path, CaseReadOptions.strict());
 * Instrument back = read.instrument();                          // equal to matrix
 * }</pre>
 *
 * <p>A staged rubric and an archetype matrix are written as one {@code CFRubric}: a criterion per standard or
 * dimension, in order; a level per cell, its {@code quality} the column's label and its {@code description} the
 * cell's statements, one a line. Identifiers are name-based UUIDs (see {@code docs/interop.md}), times those of the
 * {@link CaseOptions}, so the same instrument gives the same bytes. What CASE cannot carry travels in the
 * {@code extensions} under {@code engagementRubrics}; reading restores it, so that a written instrument reads back
 * equal.
 *
 * <p>Reading checks the file against the official CASE 1.1 package schema (draft 2019-09) first; strict reading
 * refuses any violation and anything lenient reading would repair, lenient reading repairs what it can and reports
 * each repair as a located warning ({@link #REPAIRED}). Every problem is a {@link FormatProblem} located by JSON
 * pointer, all of them thrown together in one {@link FormatException}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CaseJson {

    /** A violation of the official CASE 1.1 schema. */
    public static final String SCHEMA = "case-schema";
    /** Strict reading: something lenient reading would repair, such as a capitalised key or a string score. */
    public static final String REPAIRABLE = "case-repairable";
    /** Lenient reading: a warning naming one repair it made. */
    public static final String REPAIRED = "case-repaired";
    /** A CASE field that disagrees with what our extension says, such as a level's quality edited in one row. */
    public static final String MISMATCH = "case-mismatch";
    /** A package this reader cannot turn into an instrument, such as one with two rubrics. */
    public static final String UNSUPPORTED = "case-unsupported";

    private static final JsonMapper PARSER = CaseTrees.exact(JsonMapper.builder())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final ObjectWriter WRITER = CaseTrees.MAPPER.writer().with(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));
    /** Read whole into a tree, a package is bounded as any document our reader reads. */
    private static final int MAX_BYTES = (int) Math.min(Integer.MAX_VALUE - 8,
            ReadLimits.defaults().maxDocumentBytes());
    private static final CaseJson DEFAULTS = new CaseJson(RubricJson.defaults().validator());

    private final RubricValidator validator;

    private CaseJson(RubricValidator validator) {
        this.validator = validator;
    }

    /**
     * Obtains the CASE reader and writer that validates instruments with the standard validator.
     *
     * @return the shared instance
     */
    public static CaseJson defaults() {
        return DEFAULTS;
    }

    /**
     * Returns a copy validating instruments with another validator.
     *
     * @param validator the validator, not null
     * @return the copy
     */
    public CaseJson withValidator(RubricValidator validator) {
        Objects.requireNonNull(validator, "validator");
        return validator == this.validator ? this : new CaseJson(validator);
    }

    /**
     * Writes an instrument as a CASE 1.1 package: UTF-8 JSON, two-space indents, {@code \n} line ends.
     *
     * @param instrument a valid staged rubric or archetype matrix, not null
     * @param options the base of the uris and the time of the records, not null
     * @return the package text, ending in a line break
     * @throws org.engagementrubrics.core.validation.InvalidDataException if the instrument is not valid
     * @throws IllegalArgumentException if CASE export does not cover the instrument's kind
     */
    public String write(Instrument instrument, CaseOptions options) {
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(options, "options");
        validator.requireValid(instrument);
        ObjectNode pkg = new CaseWriter(instrument, options).write();
        List<CaseSchema.Violation> violations = CaseSchema.validate(pkg, false);
        if (!violations.isEmpty()) {
            throw new IllegalStateException("the CASE package written for " + instrument.id()
                    + " fails the official schema: " + violations);
        }
        return WRITER.writeValueAsString(pkg) + "\n";
    }

    /**
     * Writes an instrument as a CASE 1.1 package to a stream, which is not closed.
     *
     * @param instrument a valid staged rubric or archetype matrix, not null
     * @param options the base of the uris and the time of the records, not null
     * @param out the stream, not null
     * @throws org.engagementrubrics.core.validation.InvalidDataException if the instrument is not valid
     * @throws IllegalArgumentException if CASE export does not cover the instrument's kind
     * @throws UncheckedIOException if the stream cannot be written
     */
    public void write(Instrument instrument, CaseOptions options, OutputStream out) {
        Objects.requireNonNull(out, "out");
        byte[] bytes = write(instrument, options).getBytes(StandardCharsets.UTF_8);
        try {
            out.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads the one rubric of a CASE 1.1 package from a file.
     *
     * @param file the file, not null
     * @param options strict or lenient, not null
     * @return the valid instrument with its warnings (lenient repairs, validation findings)
     * @throws FormatException holding every problem
     */
    public CaseImport read(Path file, CaseReadOptions options) {
        Objects.requireNonNull(file, "file");
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString(), options);
        } catch (IOException e) {
            throw new FormatException(List.of(new FormatProblem(file.toString(), "", 0, 0, FormatCodes.UNREADABLE,
                    "cannot read the file: " + e)));
        }
    }

    /**
     * Reads the one rubric of a CASE 1.1 package from a stream, which is not closed; at most
     * {@code ReadLimits.defaults().maxDocumentBytes()} bytes.
     *
     * @param in the stream of UTF-8 JSON, not null
     * @param sourceName the name used in problems, such as a file name, not null
     * @param options strict or lenient, not null
     * @return the valid instrument with its warnings (lenient repairs, validation findings)
     * @throws FormatException holding every problem
     */
    public CaseImport read(InputStream in, String sourceName, CaseReadOptions options) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(sourceName, "sourceName");
        try {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new FormatException(List.of(new FormatProblem(sourceName, "", 0, 0,
                        FormatCodes.DOCUMENT_TOO_LARGE, "the package has more than " + MAX_BYTES + " bytes, the "
                        + "maxDocumentBytes of ReadLimits.defaults()")));
            }
            return read(new String(bytes, StandardCharsets.UTF_8), sourceName, options);
        } catch (IOException e) {
            throw new FormatException(List.of(new FormatProblem(sourceName, "", 0, 0, FormatCodes.UNREADABLE,
                    "cannot read the stream: " + e)));
        }
    }

    /**
     * Reads the one rubric of a CASE 1.1 package from its text.
     *
     * @param json the JSON text, not null
     * @param sourceName the name used in problems, such as a file name, not null
     * @param options strict or lenient, not null
     * @return the valid instrument with its warnings (lenient repairs, validation findings)
     * @throws FormatException holding every problem
     */
    public CaseImport read(String json, String sourceName, CaseReadOptions options) {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(options, "options");
        ObjectNode root = parse(json, sourceName);
        boolean bare = !root.has(CaseTrees.DOCUMENT) && !root.has(CaseTrees.RUBRICS);
        CaseRepair repair = new CaseRepair();
        ObjectNode repaired = repair.repair(root.deepCopy());
        List<FormatProblem> problems = new ArrayList<>();
        List<FormatProblem> warnings = new ArrayList<>();
        ObjectNode pkg;
        if (options.repairs()) {
            for (CaseRepair.Repair made : repair.repairs()) {
                warnings.add(new FormatProblem(sourceName, made.pointer(), 0, 0, REPAIRED, made.message(),
                        Severity.WARNING));
            }
            for (CaseSchema.Violation violation : CaseSchema.validate(repaired, false)) {
                problems.add(new FormatProblem(sourceName, repair.originalPointer(repaired, violation.pointer()), 0, 0,
                        SCHEMA, violation.message()));
            }
            pkg = repaired;
        } else {
            schema(root, bare, sourceName, problems);
            for (CaseRepair.Repair needed : repair.repairs()) {
                problems.add(new FormatProblem(sourceName, needed.pointer(), 0, 0, REPAIRABLE,
                        needed.message().replaceFirst("^(renamed|wrapped)", "would have $1")
                                + " (CaseReadOptions.lenient() repairs this)"));
            }
            pkg = root;
        }
        fail(warnings, problems);
        CaseReader reader = new CaseReader(sourceName);
        Instrument instrument = reader.read(pkg);
        for (FormatProblem found : reader.problems()) {
            problems.add(!options.repairs() ? found : new FormatProblem(found.source(),
                    repair.originalPointer(repaired, found.pointer()), 0, 0, found.code(), found.message()));
        }
        fail(warnings, problems);
        for (Problem problem : validator.validate(instrument)) {
            FormatProblem located = new FormatProblem(sourceName, "/" + CaseTrees.RUBRICS + "/0", 0, 0,
                    problem.code(), "the instrument read has a problem at " + problem.pointer() + ": "
                    + problem.message(), problem.severity());
            (problem.isError() ? problems : warnings).add(located);
        }
        fail(warnings, problems);
        return new CaseImport(instrument, warnings);
    }

    private static void schema(JsonNode tree, boolean rubric, String sourceName, List<FormatProblem> problems) {
        for (CaseSchema.Violation violation : CaseSchema.validate(tree, rubric)) {
            problems.add(new FormatProblem(sourceName, violation.pointer(), 0, 0, SCHEMA, violation.message()));
        }
    }

    private static void fail(List<FormatProblem> warnings, List<FormatProblem> errors) {
        if (!errors.isEmpty()) {
            List<FormatProblem> all = new ArrayList<>(warnings);
            all.addAll(errors);
            throw new FormatException(all);
        }
    }

    private static ObjectNode parse(String json, String sourceName) {
        JsonNode root;
        try {
            root = PARSER.readTree(json);
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            throw new FormatException(List.of(new FormatProblem(sourceName, "", at == null ? 0 : at.getLineNr(),
                    at == null ? 0 : at.getColumnNr(), FormatCodes.SYNTAX,
                    "expected JSON: " + e.getOriginalMessage())));
        }
        if (root == null || !root.isObject()) {
            throw new FormatException(List.of(new FormatProblem(sourceName, "", 0, 0, FormatCodes.TYPE_MISMATCH,
                    "expected a CFPackage object")));
        }
        return (ObjectNode) root;
    }

    @Override
    public String toString() {
        return "CaseJson[validator=" + validator + "]";
    }
}
