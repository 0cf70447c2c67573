package org.engagementrubrics.json;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.core.groups.GroupedResult;
import org.engagementrubrics.core.change.Comparison;
import org.engagementrubrics.core.change.IdMapping;
import org.engagementrubrics.core.coverage.CoverageResult;
import org.engagementrubrics.core.raters.AgreementReport;
import org.engagementrubrics.core.raters.Consensus;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.core.scoring.PreparedInstrument;
import org.engagementrubrics.core.scoring.ScoreResult;
import org.engagementrubrics.core.scoring.StagePointsScheme;
import org.engagementrubrics.core.scoring.SurveyResult;
import org.engagementrubrics.core.scoring.TallyState;
import org.engagementrubrics.core.validation.InvalidDataException;
import org.engagementrubrics.core.validation.RubricValidator;
import org.engagementrubrics.json.canvas.CanvasCsv;
import org.engagementrubrics.json.roster.ContactReader;
import org.engagementrubrics.json.roster.RosterReader;

/**
 * Reads and writes instruments, responses, results, the states of tallies, survey results by group,
 * contact coverage results and the aggregates and agreement reports of panels in the documented JSON format.
 *
 * <pre>{@code
 * RubricJson json = RubricJson.defaults();                       // share one instance
 * Instrument instrument = json.readInstrument(Path.of("four-versions.json"));
 * String text = json.write(instrument);                         // canonical: stable, diffable
 * try (ResponseStream responses = json.responseReader(instrument).stream(Path.of("responses.jsonl"))) {
 *     responses.forEachRemaining(record -> ...);
 * }
 * try (Contents contents = json.responseReader(instrument).openAny(Path.of(name))) { ... }   // a document or responses
 * }</pre>
 *
 * <p>Reading returns a valid object or throws one {@link FormatException} holding every problem, each
 * with source, JSON pointer, line and column, a stable code and a message. Syntax and type errors,
 * missing and unknown fields, limits, Bean Validation and reference checks all arrive that way; no
 * Jackson or validator exception escapes. Writing is canonical: the same value always gives the same
 * bytes (two-space indentation, fields in a fixed order, LF line ends, a final newline), and reading
 * what was written gives an equal value: the writer refuses, with an {@link InvalidDataException}
 * naming every problem, an instrument or a response that the reader would refuse (it validates them
 * with the same validator), and {@link #readResults(String, String)} reads what
 * {@link #writeResults(List)} writes.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RubricJson {

    private static final class Defaults {
        static final RubricJson INSTANCE = new RubricJson(ReadLimits.defaults(), RubricValidator.create(), false);
    }

    private static final List<String> INSTRUMENTS = DocumentKind.kindNames(DocumentKind.Role.INSTRUMENT);
    private static final List<String> RESPONSES = DocumentKind.kindNames(DocumentKind.Role.RESPONSE);
    private static final List<String> RESULTS = DocumentKind.kindNames(DocumentKind.Role.RESULT);
    private static final List<String> TALLIES = DocumentKind.kindNames(DocumentKind.Role.TALLY);
    private static final List<String> BY_GROUP = DocumentKind.kindNames(DocumentKind.Role.BY_GROUP);
    private static final List<String> COVERAGE = DocumentKind.kindNames(DocumentKind.Role.COVERAGE);
    private static final List<String> COMPARISON = DocumentKind.kindNames(DocumentKind.Role.COMPARISON);
    private static final List<String> ID_MAPPING = DocumentKind.kindNames(DocumentKind.Role.ID_MAPPING);
    private static final List<String> CONSENSUS = DocumentKind.kindNames(DocumentKind.Role.CONSENSUS);
    private static final List<String> AGREEMENT = DocumentKind.kindNames(DocumentKind.Role.AGREEMENT_REPORT);
    private static final List<String> STAGE_POINTS = DocumentKind.kindNames(DocumentKind.Role.STAGE_POINTS_SCHEME);

    private final ReadLimits limits;
    private final RubricValidator validator;
    private final DocumentReader documents;
    /** Whether results are written in their compact form, without explanation text. */
    private final boolean compactResults;

    private RubricJson(ReadLimits limits, RubricValidator validator, boolean compactResults) {
        this.limits = limits;
        this.validator = validator;
        this.documents = new DocumentReader(limits, validator);
        this.compactResults = compactResults;
    }

    /**
     * Obtains the shared instance with the default limits and validator.
     *
     * @return the shared instance
     */
    public static RubricJson defaults() {
        return Defaults.INSTANCE;
    }

    /**
     * Returns a copy with other read limits.
     *
     * @param limits the limits, not null
     * @return an instance with the limits
     */
    public RubricJson withLimits(ReadLimits limits) {
        Objects.requireNonNull(limits, "limits");
        return limits.equals(this.limits) ? this : new RubricJson(limits, validator, compactResults);
    }

    /**
     * Returns a copy that validates with another validator, such as one built on the embedder's own
     * Bean Validation factory.
     *
     * @param validator the validator, not null
     * @return an instance with the validator
     */
    public RubricJson withValidator(RubricValidator validator) {
        Objects.requireNonNull(validator, "validator");
        return validator == this.validator ? this : new RubricJson(limits, validator, compactResults);
    }

    /**
     * Returns a copy that writes results in their compact form, for storage: every fact of the result, the tie
     * policy a matrix or stage result was scored with, and {@code "explanation": "omitted"} instead of the
     * explanation text (of the result and of each row), which the instrument rebuilds when the result is read
     * with it ({@link #readResult(String, String, PreparedInstrument)}). Other documents are written as before.
     *
     * <pre>{@code
     * String stored = RubricJson.defaults().withCompactResults().write(result);
     * StageResult back = (StageResult) json.readResult(stored, "result.json", prepared);   // equals result
     * }</pre>
     *
     * @return an instance that writes compact results
     */
    public RubricJson withCompactResults() {
        return compactResults ? this : new RubricJson(limits, validator, true);
    }

    /**
     * Checks if results are written in their compact form.
     *
     * @return true after {@link #withCompactResults()}
     */
    public boolean writesCompactResults() {
        return compactResults;
    }

    /**
     * Returns the read limits.
     *
     * @return the limits
     */
    public ReadLimits limits() {
        return limits;
    }

    /**
     * Returns the validator that checks what is read, to share with a {@code ScoringEngine}
     * ({@code withValidator}) so that one Bean Validation factory serves both.
     *
     * @return the validator
     */
    public RubricValidator validator() {
        return validator;
    }

    // ----- instruments --------------------------------------------------------------------------

    /**
     * Reads an instrument of any kind from a file.
     *
     * @param file the file, not null
     * @return the valid instrument
     * @throws FormatException holding every problem
     */
    public Instrument readInstrument(Path file) {
        return (Instrument) documents.read(bytes(file), file.toString(), INSTRUMENTS, Against.NOTHING);
    }

    /**
     * Reads an instrument of any kind from a stream, which is not closed.
     *
     * @param in the stream, not null
     * @param sourceName the name used in problems, such as a file name, not null
     * @return the valid instrument
     * @throws FormatException holding every problem
     */
    public Instrument readInstrument(InputStream in, String sourceName) {
        return (Instrument) documents.read(bytes(in, sourceName), sourceName, INSTRUMENTS, Against.NOTHING);
    }

    /**
     * Reads an instrument of any kind from text.
     *
     * @param json the JSON text, not null
     * @param sourceName the name used in problems, not null
     * @return the valid instrument
     * @throws FormatException holding every problem
     */
    public Instrument readInstrument(String json, String sourceName) {
        return (Instrument) read(json, sourceName, INSTRUMENTS, Against.NOTHING);
    }

    // ----- responses ----------------------------------------------------------------------------

    /**
     * Reads a response from a file, validated on its own (not against an instrument; use
     * {@link #responseReader(Instrument)} for that).
     *
     * @param file the file, not null
     * @return the valid response
     * @throws FormatException holding every problem
     */
    public Response readResponse(Path file) {
        return (Response) documents.read(bytes(file), file.toString(), RESPONSES, Against.NOTHING);
    }

    /**
     * Reads a response from text, validated on its own (not against an instrument; use
     * {@link #responseReader(Instrument)} for that).
     *
     * @param json the JSON text, not null
     * @param sourceName the name used in problems, not null
     * @return the valid response
     * @throws FormatException holding every problem
     */
    public Response readResponse(String json, String sourceName) {
        return (Response) read(json, sourceName, RESPONSES, Against.NOTHING);
    }

    /**
     * Reads a response from a stream, which is not closed, validated on its own (not against an instrument;
     * use {@link #responseReader(Instrument)} for that).
     *
     * @param in the stream, not null
     * @param sourceName the name used in problems, not null
     * @return the valid response
     * @throws FormatException holding every problem
     */
    public Response readResponse(InputStream in, String sourceName) {
        return (Response) documents.read(bytes(in, sourceName), sourceName, RESPONSES, Against.NOTHING);
    }

    /**
     * Returns a reader of responses checked on their own, not against an instrument.
     *
     * @return the reader
     */
    public ResponseReader responseReader() {
        return new ResponseReader(documents, limits.maxDocumentBytes(), Against.NOTHING);
    }

    /**
     * Returns a reader of responses checked against an instrument: unknown ids, off-scale ratings and a
     * response for another instrument are problems too.
     *
     * @param instrument the instrument the responses answer, not null
     * @return the reader
     */
    public ResponseReader responseReader(Instrument instrument) {
        return new ResponseReader(documents, limits.maxDocumentBytes(),
                Against.instrument(Objects.requireNonNull(instrument, "instrument")));
    }

    /**
     * Returns a reader of responses checked against a prepared instrument; each good response comes with its
     * check, so that {@link PreparedInstrument#score(org.engagementrubrics.core.scoring.CheckedResponse)}
     * scores it without checking it again.
     *
     * @param prepared the prepared instrument the responses answer, not null
     * @return the reader
     */
    public ResponseReader responseReader(PreparedInstrument<?, ?> prepared) {
        return new ResponseReader(documents, limits.maxDocumentBytes(), Against.prepared(Objects.requireNonNull(prepared, "prepared")));
    }

    // ----- results ------------------------------------------------------------------------------

    /**
     * Reads a scoring result from a file.
     *
     * @param file the file, not null
     * @return the result
     * @throws FormatException holding every problem; {@code instrument-required} for a compact result, which
     *         is read with the instrument it names ({@link #readResult(Path, PreparedInstrument)})
     */
    public ScoreResult readResult(Path file) {
        return (ScoreResult) documents.read(bytes(file), file.toString(), RESULTS, Against.NOTHING);
    }

    /**
     * Reads a scoring result from text.
     *
     * @param json the JSON text, not null
     * @param sourceName the name used in problems, not null
     * @return the result
     * @throws FormatException holding every problem; {@code instrument-required} for a compact result, which
     *         is read with the instrument it names ({@link #readResult(String, String, PreparedInstrument)})
     */
    public ScoreResult readResult(String json, String sourceName) {
        return (ScoreResult) read(json, sourceName, RESULTS, Against.NOTHING);
    }

    /**
     * Reads a scoring result, full or compact, from a file, rebuilding a compact result's explanations from the
     * instrument it names.
     *
     * @param file the file, not null
     * @param prepared the instrument the result names, prepared, not null
     * @return the result, explained
     * @throws FormatException holding every problem, with {@code instrument-mismatch} if the result names another
     *         fingerprint and {@code invalid-value} if its rows or items are not the instrument's
     */
    public ScoreResult readResult(Path file, PreparedInstrument<?, ?> prepared) {
        Against against = Against.prepared(prepared);
        return (ScoreResult) documents.read(bytes(file), file.toString(), RESULTS, against);
    }

    /**
     * Reads a scoring result, full or compact, from text, rebuilding a compact result's explanations from the
     * instrument it names; the result equals the one written.
     *
     * <pre>{@code
     * String stored = json.withCompactResults().write(result);
     * ScoreResult back = json.readResult(stored, "stored.json", prepared);   // equals result
     * }</pre>
     *
     * @param json the JSON text, not null
     * @param sourceName the name used in problems, not null
     * @param prepared the instrument the result names, prepared, not null
     * @return the result, explained
     * @throws FormatException holding every problem, as {@link #readResult(Path, PreparedInstrument)}
     */
    public ScoreResult readResult(String json, String sourceName, PreparedInstrument<?, ?> prepared) {
        return (ScoreResult) read(json, sourceName, RESULTS, Against.prepared(prepared));
    }

    /**
     * Reads a JSON array of result documents, as {@link #writeResults(List)} writes it, from a file.
     *
     * @param file the file, not null
     * @return the results, in array order
     * @throws FormatException holding every problem of every element
     */
    public List<ScoreResult> readResults(Path file) {
        return results(documents.readArray(bytes(file), file.toString(), RESULTS, Against.NOTHING));
    }

    /**
     * Reads a JSON array of result documents, as {@link #writeResults(List)} writes it, from text.
     *
     * <pre>{@code
     * String stored = json.writeResults(results);
     * List<ScoreResult> back = json.readResults(stored, "results.json");   // equal to results
     * }</pre>
     *
     * @param json the JSON text, not null
     * @param sourceName the name used in problems, not null
     * @return the results, in array order
     * @throws FormatException holding every problem of every element
     */
    public List<ScoreResult> readResults(String json, String sourceName) {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(sourceName, "sourceName");
        return results(documents.readArray(json, sourceName, RESULTS, Against.NOTHING));
    }

    /**
     * Reads a JSON array of result documents, full or compact, from text, rebuilding the explanations of compact
     * ones from the instrument they name.
     *
     * @param json the JSON text, not null
     * @param sourceName the name used in problems, not null
     * @param prepared the instrument the results name, prepared, not null
     * @return the results, in array order, explained
     * @throws FormatException holding every problem of every element
     */
    public List<ScoreResult> readResults(String json, String sourceName, PreparedInstrument<?, ?> prepared) {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(sourceName, "sourceName");
        return results(documents.readArray(json, sourceName, RESULTS, Against.prepared(prepared)));
    }

    /**
     * Reads a JSON array of result documents, as {@link #writeResults(List)} writes it, from a stream, which
     * is not closed.
     *
     * @param in the stream, not null
     * @param sourceName the name used in problems, not null
     * @return the results, in array order
     * @throws FormatException holding every problem of every element
     */
    public List<ScoreResult> readResults(InputStream in, String sourceName) {
        return results(documents.readArray(bytes(in, sourceName), sourceName, RESULTS, Against.NOTHING));
    }

    private static List<ScoreResult> results(List<Object> values) {
        return values.stream().map(ScoreResult.class::cast).toList();
    }

    // ----- tally states -------------------------------------------------------------------------

    /**
     * Reads the state of a tally ({@code rating-tally}, {@code rollup-tally}, {@code checklist-tally} or
     * {@code survey-tally}) from a file; {@code PreparedInstrument.tally(state)} restores it, checking it
     * against the instrument.
     *
     * @param file the file, not null
     * @return the state
     * @throws FormatException holding every problem
     */
    public TallyState readTally(Path file) {
        return (TallyState) documents.read(bytes(file), file.toString(), TALLIES, Against.NOTHING);
    }

    /**
     * Reads the state of a tally from text.
     *
     * <pre>{@code
     * String stored = json.write(tally.state());
     * Tally<SurveyResult> back = survey.tally(json.readTally(stored, "north.json"));   // the same counts
     * }</pre>
     *
     * @param json the JSON text, not null
     * @param sourceName the name used in problems, not null
     * @return the state
     * @throws FormatException holding every problem
     */
    public TallyState readTally(String json, String sourceName) {
        return (TallyState) read(json, sourceName, TALLIES, Against.NOTHING);
    }

    /**
     * Reads the state of a tally from a stream, which is not closed.
     *
     * @param in the stream, not null
     * @param sourceName the name used in problems, not null
     * @return the state
     * @throws FormatException holding every problem
     */
    public TallyState readTally(InputStream in, String sourceName) {
        return (TallyState) documents.read(bytes(in, sourceName), sourceName, TALLIES, Against.NOTHING);
    }

    // ----- results by group ---------------------------------------------------------------------

    /**
     * Reads survey results by roster group ({@code survey-by-group-result}) from a file.
     *
     * @param file the file, not null
     * @return the results by group
     * @throws FormatException holding every problem
     */
    @SuppressWarnings("unchecked")
    public GroupedResult<SurveyResult> readSurveyByGroup(Path file) {
        return (GroupedResult<SurveyResult>) documents.read(bytes(file), file.toString(), BY_GROUP, Against.NOTHING);
    }

    /**
     * Reads survey results by roster group from text.
     *
     * <pre>{@code
     * String stored = json.write(tally.result(SmallCellRule.defaults()));
     * GroupedResult<SurveyResult> back = json.readSurveyByGroup(stored, "by-group.json");   // equal
     * }</pre>
     *
     * @param json the JSON text, not null
     * @param sourceName the name used in problems, not null
     * @return the results by group
     * @throws FormatException holding every problem
     */
    @SuppressWarnings("unchecked")
    public GroupedResult<SurveyResult> readSurveyByGroup(String json, String sourceName) {
        return (GroupedResult<SurveyResult>) read(json, sourceName, BY_GROUP, Against.NOTHING);
    }

    /**
     * Reads survey results by roster group from a stream, which is not closed.
     *
     * @param in the stream, not null
     * @param sourceName the name used in problems, not null
     * @return the results by group
     * @throws FormatException holding every problem
     */
    @SuppressWarnings("unchecked")
    public GroupedResult<SurveyResult> readSurveyByGroup(InputStream in, String sourceName) {
        return (GroupedResult<SurveyResult>) documents.read(bytes(in, sourceName), sourceName, BY_GROUP,
                Against.NOTHING);
    }

    // ----- contact coverage ---------------------------------------------------------------------

    /**
     * Reads a contact coverage result ({@code coverage-result}) from a file.
     *
     * @param file the file, not null
     * @return the result
     * @throws FormatException holding every problem
     */
    public CoverageResult readCoverage(Path file) {
        return (CoverageResult) documents.read(bytes(file), file.toString(), COVERAGE, Against.NOTHING);
    }

    /**
     * Reads a contact coverage result from text.
     *
     * <pre>{@code
     * String stored = json.write(tally.result(SmallCellRule.defaults()));
     * CoverageResult back = json.readCoverage(stored, "coverage.json");   // equal to the result written
     * }</pre>
     *
     * @param json the JSON text, not null
     * @param sourceName the name used in problems, not null
     * @return the result
     * @throws FormatException holding every problem
     */
    public CoverageResult readCoverage(String json, String sourceName) {
        return (CoverageResult) read(json, sourceName, COVERAGE, Against.NOTHING);
    }

    /**
     * Reads a contact coverage result from a stream, which is not closed.
     *
     * @param in the stream, not null
     * @param sourceName the name used in problems, not null
     * @return the result
     * @throws FormatException holding every problem
     */
    public CoverageResult readCoverage(InputStream in, String sourceName) {
        return (CoverageResult) documents.read(bytes(in, sourceName), sourceName, COVERAGE, Against.NOTHING);
    }

    /**
     * Reads a comparison over time ({@code comparison}) from a file.
     *
     * @param file the file, not null
     * @return the comparison
     * @throws FormatException holding every problem
     */
    public Comparison readComparison(Path file) {
        return (Comparison) documents.read(bytes(file), file.toString(), COMPARISON, Against.NOTHING);
    }

    /**
     * Reads a comparison over time from text.
     *
     * @param json the JSON text, not null
     * @param sourceName the name used in problems, not null
     * @return the comparison, equal to the one written
     * @throws FormatException holding every problem
     */
    public Comparison readComparison(String json, String sourceName) {
        return (Comparison) read(json, sourceName, COMPARISON, Against.NOTHING);
    }

    /**
     * Reads an id mapping between instrument versions ({@code id-mapping}) from a file.
     *
     * <pre>{@code
     * ChangeComparer comparer = ChangeComparer.defaults().withMapping(json.readIdMapping(Path.of("map.json")));
     * }</pre>
     *
     * @param file the file, not null
     * @return the mapping
     * @throws FormatException holding every problem
     */
    public IdMapping readIdMapping(Path file) {
        return (IdMapping) documents.read(bytes(file), file.toString(), ID_MAPPING, Against.NOTHING);
    }

    /**
     * Reads an id mapping from text.
     *
     * @param json the JSON text, not null
     * @param sourceName the name used in problems, not null
     * @return the mapping
     * @throws FormatException holding every problem
     */
    public IdMapping readIdMapping(String json, String sourceName) {
        return (IdMapping) read(json, sourceName, ID_MAPPING, Against.NOTHING);
    }

    // ----- panels of raters --------------------------------------------------------------------

    /**
     * Reads the aggregate of a panel of raters ({@code consensus}) from a file.
     *
     * @param file the file, not null
     * @return the aggregate
     * @throws FormatException holding every problem
     */
    public Consensus readConsensus(Path file) {
        return (Consensus) documents.read(bytes(file), file.toString(), CONSENSUS, Against.NOTHING);
    }

    /**
     * Reads the aggregate of a panel of raters ({@code consensus}) from text.
     *
     * <pre>{@code
     * Consensus back = json.readConsensus(json.write(Consensus.of(panel)), "aggregate.json");   // equal
     * }</pre>
     *
     * @param json the JSON text, not null
     * @param sourceName the name used in problems, not null
     * @return the aggregate
     * @throws FormatException holding every problem
     */
    public Consensus readConsensus(String json, String sourceName) {
        return (Consensus) read(json, sourceName, CONSENSUS, Against.NOTHING);
    }

    /**
     * Reads the agreement report of a panel of raters ({@code agreement-report}) from a file.
     *
     * @param file the file, not null
     * @return the report
     * @throws FormatException holding every problem
     */
    public AgreementReport readAgreementReport(Path file) {
        return (AgreementReport) documents.read(bytes(file), file.toString(), AGREEMENT, Against.NOTHING);
    }

    /**
     * Reads the agreement report of a panel of raters ({@code agreement-report}) from text.
     *
     * @param json the JSON text, not null
     * @param sourceName the name used in problems, not null
     * @return the report
     * @throws FormatException holding every problem
     */
    public AgreementReport readAgreementReport(String json, String sourceName) {
        return (AgreementReport) read(json, sourceName, AGREEMENT, Against.NOTHING);
    }

    // ----- points of a staged rubric ------------------------------------------------------------

    /**
     * Reads how a staged rubric's placements become points ({@code stage-points-scheme}) from a file.
     *
     * <pre>{@code
     * ScoringEngine engine = ScoringEngine.defaults().withStagePoints(json.readStagePointsScheme(Path.of("points.json")));
     * }</pre>
     *
     * @param file the file, not null
     * @return the scheme
     * @throws FormatException holding every problem
     */
    public StagePointsScheme readStagePointsScheme(Path file) {
        return (StagePointsScheme) documents.read(bytes(file), file.toString(), STAGE_POINTS, Against.NOTHING);
    }

    /**
     * Reads a stage points scheme from text.
     *
     * @param json the JSON text, not null
     * @param sourceName the name used in problems, not null
     * @return the scheme
     * @throws FormatException holding every problem
     */
    public StagePointsScheme readStagePointsScheme(String json, String sourceName) {
        return (StagePointsScheme) read(json, sourceName, STAGE_POINTS, Against.NOTHING);
    }

    /**
     * Writes a stage points scheme as canonical JSON, its weights sorted by standard id.
     *
     * @param scheme the scheme, not null
     * @return the JSON text, ending with a newline
     */
    public String write(StagePointsScheme scheme) {
        return DocumentWriter.write(Objects.requireNonNull(scheme, "scheme"));
    }

    // ----- any document -------------------------------------------------------------------------

    /**
     * Reads a document of any kind: an {@link Instrument}, a {@link Response}, a {@link ScoreResult}, a
     * {@link TallyState}, a {@link GroupedResult} or a {@link CoverageResult}.
     *
     * @param file the file, not null
     * @return the instrument, response, result, tally state or results by group
     * @throws FormatException holding every problem
     */
    public Object read(Path file) {
        return documents.read(bytes(file), file.toString(), DocumentKind.kindNames(), Against.NOTHING);
    }

    /**
     * Reads a document of any kind from text.
     *
     * @param json the JSON text, not null
     * @param sourceName the name used in problems, not null
     * @return the instrument, response, result, tally state or results by group
     * @throws FormatException holding every problem
     */
    public Object read(String json, String sourceName) {
        return read(json, sourceName, DocumentKind.kindNames(), Against.NOTHING);
    }

    /**
     * Reads a document of any kind from a stream, which is not closed: at most
     * {@link ReadLimits#maxDocumentBytes()} bytes, with the same problems as from a file.
     *
     * @param in the stream, not null
     * @param sourceName the name used in problems, such as a file name, not null
     * @return the instrument, response, result, tally state or results by group
     * @throws FormatException holding every problem
     */
    public Object read(InputStream in, String sourceName) {
        return documents.read(bytes(in, sourceName), sourceName, DocumentKind.kindNames(), Against.NOTHING);
    }

    // ----- writing ------------------------------------------------------------------------------

    /**
     * Writes an instrument as canonical JSON.
     *
     * @param instrument the instrument, not null
     * @return the JSON text, ending with a newline
     * @throws InvalidDataException with every problem, if the instrument is not valid (the reader would
     *         refuse it)
     */
    public String write(Instrument instrument) {
        return DocumentWriter.write(writable(Objects.requireNonNull(instrument, "instrument")));
    }

    /**
     * Writes an instrument as canonical JSON without validating it, to show a faulty instrument as it is
     * (such as a seed as printed, whose problems {@code rubric validate} then reports). Unlike
     * {@link #write(Instrument)}, what it writes may not read back.
     *
     * @param instrument the instrument, valid or not, not null
     * @return the JSON text, ending with a newline
     */
    public String writeUnchecked(Instrument instrument) {
        return DocumentWriter.write(Objects.requireNonNull(instrument, "instrument"));
    }

    /**
     * Writes a response as canonical JSON.
     *
     * @param response the response, not null
     * @return the JSON text, ending with a newline
     * @throws InvalidDataException with every problem, if the response is not valid on its own (the
     *         reader would refuse it)
     */
    public String write(Response response) {
        return DocumentWriter.write(writable(Objects.requireNonNull(response, "response")));
    }

    /**
     * Writes a result as canonical JSON.
     *
     * @param result the result, not null
     * @return the JSON text, ending with a newline
     */
    public String write(ScoreResult result) {
        return DocumentWriter.write(Objects.requireNonNull(result, "result"), compactResults);
    }

    /**
     * Writes the state of a tally as canonical JSON.
     *
     * @param state the state, not null
     * @return the JSON text, ending with a newline
     */
    public String write(TallyState state) {
        return DocumentWriter.write(Objects.requireNonNull(state, "state"));
    }

    /**
     * Writes survey results by roster group as canonical JSON: counts and pooled results only, no family id.
     *
     * @param result the results by group, not null
     * @return the JSON text, ending with a newline
     */
    public String write(GroupedResult<SurveyResult> result) {
        return DocumentWriter.write(Objects.requireNonNull(result, "result"));
    }

    /**
     * Writes a contact coverage result as canonical JSON: counts only, no family id.
     *
     * @param result the result, not null
     * @return the JSON text, ending with a newline
     */
    public String write(CoverageResult result) {
        return DocumentWriter.write(Objects.requireNonNull(result, "result"));
    }

    /**
     * Writes a comparison over time as canonical JSON.
     *
     * @param comparison the comparison, not null
     * @return the JSON text, ending with a newline
     */
    public String write(Comparison comparison) {
        return DocumentWriter.write(Objects.requireNonNull(comparison, "comparison"));
    }

    /**
     * Writes an id mapping as canonical JSON.
     *
     * @param mapping the mapping, not null
     * @return the JSON text, ending with a newline
     */
    public String write(IdMapping mapping) {
        return DocumentWriter.write(Objects.requireNonNull(mapping, "mapping"));
    }

    /**
     * Writes the aggregate of a panel of raters as canonical JSON: figures per subject and unit, no
     * respondent of a survey named.
     *
     * @param consensus the aggregate, not null
     * @return the JSON text, ending with a newline
     */
    public String write(Consensus consensus) {
        return DocumentWriter.write(Objects.requireNonNull(consensus, "consensus"));
    }

    /**
     * Writes the agreement report of a panel of raters as canonical JSON, every figure exactly as computed.
     *
     * @param report the report, not null
     * @return the JSON text, ending with a newline
     */
    public String write(AgreementReport report) {
        return DocumentWriter.write(Objects.requireNonNull(report, "report"));
    }

    /**
     * Writes survey results by roster group as one line of JSON, the same document as
     * {@link #write(GroupedResult)} without indentation and without a final newline.
     *
     * @param result the results by group, not null
     * @return the line
     */
    public String writeLine(GroupedResult<SurveyResult> result) {
        return DocumentWriter.writeLine(Objects.requireNonNull(result, "result"));
    }

    /**
     * Writes the state of a tally as canonical UTF-8 JSON to a stream, which is flushed, not closed.
     *
     * @param state the state, not null
     * @param out the stream, not null
     */
    public void write(TallyState state, OutputStream out) {
        DocumentWriter.write(write(state), out);
    }

    /**
     * Writes an instrument as canonical UTF-8 JSON to a stream, which is flushed, not closed.
     *
     * @param instrument the instrument, not null
     * @param out the stream, not null
     * @throws InvalidDataException with every problem, if the instrument is not valid
     */
    public void write(Instrument instrument, OutputStream out) {
        DocumentWriter.write(write(instrument), out);
    }

    /**
     * Writes a response as canonical UTF-8 JSON to a stream, which is flushed, not closed.
     *
     * @param response the response, not null
     * @param out the stream, not null
     * @throws InvalidDataException with every problem, if the response is not valid on its own
     */
    public void write(Response response, OutputStream out) {
        DocumentWriter.write(write(response), out);
    }

    /**
     * Writes a result as canonical UTF-8 JSON to a stream, which is flushed, not closed.
     *
     * @param result the result, not null
     * @param out the stream, not null
     */
    public void write(ScoreResult result, OutputStream out) {
        DocumentWriter.write(write(result), out);
    }

    /**
     * Writes results as one canonical JSON array of result documents, such as the results of scoring a
     * stream of responses one by one; {@link #readResults(String, String)} reads it back.
     *
     * @param results the results, not null
     * @return the JSON text, ending with a newline
     */
    public String writeResults(List<? extends ScoreResult> results) {
        return DocumentWriter.writeResults(List.copyOf(Objects.requireNonNull(results, "results")), compactResults);
    }

    /**
     * Writes problems as a canonical JSON array of objects {@code {source, pointer, line, column, code,
     * message, severity}} ({@code severity} is {@code "error"} or {@code "warning"}), for tools that process a
     * validation report.
     *
     * @param problems the problems, not null
     * @return the JSON text, ending with a newline
     */
    public String writeProblems(List<FormatProblem> problems) {
        return DocumentWriter.writeProblems(List.copyOf(Objects.requireNonNull(problems, "problems")));
    }

    /**
     * Writes a response as one line of JSON (no final newline), for JSON Lines files.
     *
     * @param response the response, not null
     * @return the line
     * @throws InvalidDataException with every problem, if the response is not valid on its own
     */
    public String writeLine(Response response) {
        return DocumentWriter.writeLine(writable(Objects.requireNonNull(response, "response")));
    }

    /**
     * Writes a result as one line of JSON, the same document as {@link #write(ScoreResult)} without
     * indentation and without a final newline, for JSON Lines; {@link #readResult(String, String)} reads it
     * back.
     *
     * <pre>{@code
     * out.write(json.writeLine(result));
     * out.write('\n');
     * }</pre>
     *
     * @param result the result, not null
     * @return the line
     */
    public String writeLine(ScoreResult result) {
        return DocumentWriter.writeLine(Objects.requireNonNull(result, "result"), compactResults);
    }

    /**
     * Writes a problem as one line of JSON: the object {@code {source, pointer, line, column, code, message,
     * severity}} that {@link #writeProblems(List)} writes for it, without indentation and without a final
     * newline, for JSON Lines.
     *
     * @param problem the problem, not null
     * @return the line
     */
    public String writeLine(FormatProblem problem) {
        return DocumentWriter.writeProblemLine(Objects.requireNonNull(problem, "problem"));
    }

    /**
     * Returns a writer of one canonical JSON array of result documents, element by element, for results made one
     * at a time (such as scoring a long stream of responses) and kept nowhere: what it writes is byte for byte
     * what {@link #writeResults(List)} writes for the same results.
     *
     * @param out where to write, flushed after each result and never closed, not null
     * @return the array writer; closing it ends the array
     */
    public ArrayWriter<ScoreResult> resultArrayWriter(Writer out) {
        return new StreamedArray<>(Objects.requireNonNull(out, "out"),
                compactResults ? DocumentWriter::writeCompactDocument : DocumentWriter::writeDocument);
    }

    /**
     * Returns a writer of one canonical JSON array of problem objects, element by element: what it writes is
     * byte for byte what {@link #writeProblems(List)} writes for the same problems.
     *
     * @param out where to write, flushed after each problem and never closed, not null
     * @return the array writer; closing it ends the array
     */
    public ArrayWriter<FormatProblem> problemArrayWriter(Writer out) {
        return new StreamedArray<>(Objects.requireNonNull(out, "out"), DocumentWriter::writeProblem);
    }

    // ----- rosters and contact records ----------------------------------------------------------

    /**
     * Returns a reader of rosters in CSV or JSON Lines, within these read limits.
     *
     * @return the reader
     */
    public RosterReader rosterReader() {
        return new RosterReading(limits, documents.trees());
    }

    /**
     * Returns a reader of contact records in CSV or JSON Lines, streamed in constant memory within these read
     * limits.
     *
     * @return the reader
     */
    public ContactReader contactReader() {
        return new ContactReading(limits, documents.trees());
    }

    /**
     * Returns a reader and writer of Canvas LMS rubric CSV, within these read limits.
     *
     * @return the Canvas rubric CSV reader and writer
     */
    public CanvasCsv canvasCsv() {
        return new CanvasReading(limits, validator);
    }

    // ----- internals ----------------------------------------------------------------------------

    /** Returns the value if the reader would accept it; see {@link DocumentWriter#writable}. */
    <T> T writable(T value) {
        return DocumentWriter.writable(value, validator);
    }

    private Object read(String json, String sourceName, List<String> kinds, Against against) {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(sourceName, "sourceName");
        return documents.read(json, sourceName, kinds, against);
    }

    private byte[] bytes(Path file) {
        try (BoundedInput input = BoundedInput.open(file, limits.maxDocumentBytes())) {
            return input.readAll();
        }
    }

    private byte[] bytes(InputStream in, String sourceName) {
        return BoundedInput.readAll(in, sourceName, limits.maxDocumentBytes());
    }

    DocumentReader documents() {
        return documents;
    }

    /**
     * Returns the limits.
     */
    @Override
    public String toString() {
        return "RubricJson[" + limits + (compactResults ? ", compact results" : "") + "]";
    }
}
