package org.engagementrubrics.json;

import static org.engagementrubrics.json.DocumentWriter.FORMAT;
import static org.engagementrubrics.json.DocumentWriter.MAJOR;
import static org.engagementrubrics.json.DocumentWriter.MINOR;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.core.response.MarkedStatements;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.core.scoring.CheckedResponse;
import org.engagementrubrics.core.scoring.ScoreResult;
import org.engagementrubrics.core.validation.Problem;
import org.engagementrubrics.core.validation.RubricValidator;

/**
 * Reads whole documents: the located tree, the {@code format} and {@code kind} header checked against the
 * kinds a read accepts, the body decoded by the kind's codec, and validation mapped back to JSON
 * locations (errors refuse the document, an instrument's warnings are kept for {@link Contents.Document}); and opens input as what it holds, one document or a stream of responses.
 *
 * <p>Instances are immutable and thread-safe.
 */
final class DocumentReader {

    private static final List<String> RESPONSES = DocumentKind.kindNames(DocumentKind.Role.RESPONSE);
    private static final List<String> RESULTS = DocumentKind.kindNames(DocumentKind.Role.RESULT);
    /** Every format version a document of some kind is read in. */
    private static final Set<String> KNOWN_FORMATS = Arrays.stream(DocumentKind.Role.values())
            .flatMap(role -> role.formats().stream()).collect(Collectors.toUnmodifiableSet());
    private static final Pattern FORMAT_PATTERN = Pattern.compile("engagement-rubrics/(0|[1-9]\\d{0,3})\\.(0|[1-9]\\d{0,3})");

    private final ReadLimits limits;
    private final RubricValidator validator;
    private final TreeReader trees;

    DocumentReader(ReadLimits limits, RubricValidator validator) {
        this.limits = limits;
        this.validator = validator;
        this.trees = new TreeReader(limits);
    }

    TreeReader trees() {
        return trees;
    }

    /**
     * Reads one document of one of the kinds, validated against an instrument when one is given. A plain,
     * valid instrument is read straight from the parser ({@link DirectReader}); anything else, and every
     * document with a problem, is read through the located tree, which places each problem.
     *
     * @throws FormatException holding every problem
     */
    Object read(byte[] bytes, String source, List<String> kinds, Against against) {
        if (readsDirect(kinds, against)) {
            Object value = valid(DirectReader.read(trees, bytes, kinds));
            if (value != null) {
                return value;
            }
        }
        return readLocated(bytes, source, kinds, against);
    }

    /**
     * Reads as {@link #read(byte[], String, List, Against)} does, always through the located tree: the
     * straightforward read that the direct one must agree with.
     */
    Object readLocated(byte[] bytes, String source, List<String> kinds, Against against) {
        Problems problems = new Problems(source);
        return finish(trees.read(bytes, problems), kinds, against, problems);
    }

    /**
     * Reads one document from text already decoded.
     *
     * @throws FormatException holding every problem, or {@code document-too-large} alone
     */
    Object read(String text, String source, List<String> kinds, Against against) {
        BoundedInput.checkLength(text, source, limits.maxDocumentBytes());
        if (readsDirect(kinds, against)) {
            char[] chars = text.toCharArray();
            Object value = valid(DirectReader.read(trees, chars, chars.length, kinds));
            if (value != null) {
                return value;
            }
        }
        return readLocated(text, source, kinds, against);
    }

    /** Reads text as {@link #readLocated(byte[], String, List, Against)} does, after the length check. */
    Object readLocated(String text, String source, List<String> kinds, Against against) {
        Problems problems = new Problems(source);
        return finish(trees.read(text, problems), kinds, against, problems);
    }

    /**
     * Checks if a read may first try {@link DirectReader}: instruments checked on their own, whose only
     * validation is the instrument's own.
     */
    private static boolean readsDirect(List<String> kinds, Against against) {
        if (against != Against.NOTHING) {
            return false;
        }
        for (String kind : kinds) {
            if (DocumentKind.named(kind).role() != DocumentKind.Role.INSTRUMENT) {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns an instrument read directly when it has no error, as {@link #decode} would return it; null when
     * the located reader must read it: not read, or with errors that need their places. Warnings are left
     * out, as {@code read} drops them.
     */
    private Object valid(Object value) {
        return value instanceof Instrument instrument && validator.validate(instrument).isEmpty() ? value : null;
    }

    /**
     * Reads a JSON array of documents of the kinds, such as the results {@code writeResults} writes; each
     * element is read and checked as a document, with pointers into the array ({@code /2/rows/0}).
     *
     * @throws FormatException holding every problem of every element
     */
    List<Object> readArray(byte[] bytes, String source, List<String> kinds, Against against) {
        Problems problems = new Problems(source);
        return elements(trees.read(bytes, problems), kinds, against, problems);
    }

    /** Reads a JSON array of documents from text already decoded; see {@link #readArray(byte[], String, List, Against)}. */
    List<Object> readArray(String text, String source, List<String> kinds, Against against) {
        BoundedInput.checkLength(text, source, limits.maxDocumentBytes());
        Problems problems = new Problems(source);
        return elements(trees.read(text, problems), kinds, against, problems);
    }

    private List<Object> elements(Node root, List<String> kinds, Against against, Problems problems) {
        List<Object> values = new ArrayList<>();
        if (root != null && root.type != Node.Type.ARRAY) {
            problems.add(root, FormatCodes.TYPE_MISMATCH, root.describe() + "; expected a JSON array of documents"
                    + " of kind " + String.join(", ", kinds) + ", as writeResults writes them");
        } else if (root != null && problems.isEmpty()) {
            for (Node element : root.elements) {
                values.add(decode(element, kinds, against, problems));
            }
        }
        problems.throwIfAny();
        return values;
    }

    /**
     * Reads one document of any kind. With an instrument, the document is expected to be a response and is
     * validated against it; a document whose tree reads cleanly and whose header names another kind is read
     * as what it is (an instrument or a result, validated on its own).
     *
     * @throws FormatException holding every problem
     */
    Object readAnyKind(byte[] bytes, String source, Against against) {
        return readAnyKind(bytes, against, new Problems(source));
    }

    private Object readAnyKind(byte[] bytes, Against against, Problems problems) {
        if (against == Against.NOTHING) {
            return finish(trees.read(bytes, problems), DocumentKind.kindNames(), Against.NOTHING, problems);
        }
        Node root = trees.read(bytes, problems);
        String found = root == null || !problems.isEmpty() ? null : kindFound(root);
        boolean anotherKind = found != null && !RESPONSES.contains(found);
        return finish(root, anotherKind ? DocumentKind.kindNames() : RESPONSES, against, problems);
    }

    /**
     * Opens input as what it holds: a stream of responses, or one document read whole (a response when
     * {@code responsesOnly}, else a document of any kind). Input the caller gave ({@code ownStream} false)
     * is closed only with the stream of responses.
     *
     * @throws FormatException if the input cannot be read, or holding every problem of the document
     */
    Contents contents(BoundedInput input, boolean responsesOnly, Against against, boolean ownStream) {
        boolean streaming = false;
        try {
            boolean holdsResponses = input.holdsResponses();
            if (holdsResponses && !responsesOnly) {
                Contents results = resultsArray(input, against);
                if (results != null) {
                    return results;
                }
            }
            if (holdsResponses || !FirstValue.nameSays(input.source()) && isJsonLines(input)) {
                input.stream(); // a file that cannot be opened is a problem now, not a failed record later
                ResponseStream responses = new ResponseStream(input, this, against);
                streaming = true;
                return new Contents.Responses(responses);
            }
            byte[] bytes = input.readAll();
            Problems problems = new Problems(input.source());
            Object value = responsesOnly ? finish(trees.read(bytes, problems), RESPONSES, against, problems)
                    : readAnyKind(bytes, against, problems);
            return value instanceof CheckedResponse checked
                    ? new Contents.Document(checked.response(), checked, problems.warnings())
                    : new Contents.Document(value, null, problems.warnings());
        } finally {
            if (ownStream && !streaming) {
                input.close();
            }
        }
    }

    /**
     * Checks by content if a stream whose name says nothing (a pipe, {@code /dev/stdin}) holds JSON Lines, so
     * that a vendor's responses piped in are read as a stream, not refused as trailing content.
     */
    private static boolean isJsonLines(BoundedInput input) {
        try {
            return FirstValue.isJsonLines(input.stream(), input.maxBytes());
        } catch (IOException e) {
            throw BoundedInput.unreadable(input.source(), e);
        }
    }

    /** A JSON array whose first element is a result, read whole as results; null if it is not one. */
    private Contents resultsArray(BoundedInput input, Against against) {
        String kind;
        try {
            kind = FirstValue.firstElementKind(input.stream(), input.maxBytes());
        } catch (IOException e) {
            throw BoundedInput.unreadable(input.source(), e);
        }
        if (kind == null || !RESULTS.contains(kind)) {
            return null;
        }
        List<Object> values = readArray(BoundedInput.readAll(input.stream(), input.source(), input.maxBytes()),
                input.source(), RESULTS, against);
        return new Contents.Results(values.stream().map(ScoreResult.class::cast).toList());
    }

    private Object finish(Node root, List<String> kinds, Against against, Problems problems) {
        Object value = root == null ? null : decode(root, kinds, against, problems);
        problems.throwIfAny();
        return value;
    }

    /** The string in the document's {@code kind} field, known before the body is decoded; null if none. */
    private static String kindFound(Node root) {
        Node kind = root.type == Node.Type.OBJECT ? root.members.get("kind") : null;
        return kind != null && kind.type == Node.Type.STRING ? kind.text : null;
    }

    /**
     * Decodes a document of one of the allowed kinds and validates it; returns null when problems were
     * reported. A response checked against a prepared instrument comes back as its {@link CheckedResponse}.
     */
    Object decode(Node root, List<String> allowedKinds, Against against, Problems problems) {
        if (root.type != Node.Type.OBJECT) {
            problems.add(root, FormatCodes.TYPE_MISMATCH, root.describe() + "; expected a JSON object with "
                    + "\"format\": \"" + FORMAT + "\" and a kind");
            return null;
        }
        Node format = checkFormat(root, problems);
        if (format == null) {
            return null;
        }
        Node kindNode = root.members.get("kind");
        if (kindNode == null) {
            problems.add(Node.child(root.pointer, "kind"), root.line, root.column, FormatCodes.MISSING, "required field 'kind' is missing;"
                    + " expected one of " + allowedKinds);
            return null;
        }
        if (kindNode.type != Node.Type.STRING || !allowedKinds.contains(kindNode.text)) {
            boolean known = kindNode.type == Node.Type.STRING && DocumentKind.named(kindNode.text) != null;
            problems.add(kindNode, kindNode.type == Node.Type.STRING ? FormatCodes.UNKNOWN_KIND : FormatCodes.TYPE_MISMATCH,
                    kindNode.describe() + (known ? ", which is not read here" : "") + "; expected one of "
                            + allowedKinds);
            return null;
        }
        DocumentKind kind = DocumentKind.named(kindNode.text);
        if (!kind.role().formats().contains(format.text)) {
            String version = format.text.substring(format.text.indexOf('/') + 1);
            String why = kind.role() == DocumentKind.Role.RESULT
                    ? ", which is not read for results: results of " + version + " carry responseIds and must be"
                            + " recomputed; score the responses again with this version, which writes " + MAJOR + "."
                            + MINOR
                    : ", in which there were no " + kind.kindName() + " documents; "
                            + (kind.role() == DocumentKind.Role.TALLY ? "tally states" : "they") + " are written in "
                            + MAJOR + "." + MINOR;
            problems.add(format, FormatCodes.UNSUPPORTED_FORMAT, "this " + kind.kindName() + " is in format " + version
                    + why);
            return null;
        }
        boolean treeProblems = !problems.isEmpty(); // such as a limit passed: validating would only add noise
        boolean compact = kind.hasCompactForm() && CompactResultCodecs.isCompact(root);
        Object value = (compact ? CompactResultCodecs.of(kind) : kind.codec()).read(root, problems);
        if (value == null || treeProblems) {
            return null;
        }
        if (value instanceof CompactResult result) {
            return against.explain(result, root, problems); // null when a problem was reported
        }
        List<Problem> found = new ArrayList<>();
        CheckedResponse checked = null;
        if (value instanceof Instrument instrument) {
            found.addAll(validator.findings(instrument)); // warnings are kept apart and never fail the read
        } else if (value instanceof Response response) {
            Against.Checked check = against.check(validator, response);
            found.addAll(check.problems());
            checked = check.checked();
        }
        for (Problem problem : found) {
            String pointer = remapMarks(problem.pointer(), value, root);
            Node at = root.locate(pointer);
            if (at.type != Node.Type.OBJECT && at.type != Node.Type.ARRAY) {
                pointer = at.pointer; // a path into a scalar, such as a plain-string text's language
            }
            if (problem.isError()) {
                problems.add(pointer, at.line, at.column, problem.code(), problem.message());
            } else {
                problems.warn(pointer, at.line, at.column, problem.code(), problem.message());
            }
        }
        if (!problems.isEmpty()) {
            return null;
        }
        return checked != null ? checked : value;
    }

    /**
     * Checks a response that {@link RatingsLine} decoded, as {@link #decode} checks a response: returns its
     * check against a prepared instrument (or the response itself), or null when it has any problem, which the
     * general reader then finds again with its place in the record.
     */
    Object checkDecoded(Response response, Against against) {
        Against.Checked check = against.check(validator, response);
        if (!check.problems().isEmpty()) {
            return null;
        }
        return check.checked() != null ? check.checked() : response;
    }

    /**
     * Validation names a marked statement by its place in the sorted set; the file may list the marks in
     * another order, so point at the element that holds that id.
     */
    private static String remapMarks(String pointer, Object value, Node root) {
        String prefix = "/evidence/statementIds/";
        if (!(value instanceof Response response) || !pointer.startsWith(prefix)
                || !(response.evidence() instanceof MarkedStatements marks)) {
            return pointer;
        }
        int index = Integer.parseInt(pointer.substring(prefix.length()));
        String id = new ArrayList<>(marks.statementIds()).get(index);
        Node array = root.locate("/evidence/statementIds");
        for (Node element : array.elements) {
            if (id.equals(element.text)) {
                return element.pointer;
            }
        }
        return pointer;
    }

    /**
     * Checks the document's {@code format}: a version of the format this reader knows, whatever the kind.
     * Returns the {@code format} node, or null when a problem was reported.
     */
    private static Node checkFormat(Node root, Problems problems) {
        Node format = root.members.get("format");
        if (format == null) {
            problems.add(Node.child(root.pointer, "format"), root.line, root.column, FormatCodes.MISSING, "required field 'format' is missing;"
                    + " expected \"" + FORMAT + "\"");
            return null;
        }
        Matcher matcher = format.type == Node.Type.STRING ? FORMAT_PATTERN.matcher(format.text) : null;
        if (matcher == null || !matcher.matches()) {
            problems.add(format, FormatCodes.UNSUPPORTED_FORMAT, format.describe()
                    + "; expected \"engagement-rubrics/MAJOR.MINOR\", such as \"" + FORMAT + "\"");
            return null;
        }
        int major = Integer.parseInt(matcher.group(1));
        int minor = Integer.parseInt(matcher.group(2));
        if (major > MAJOR || (major == MAJOR && minor > MINOR)) {
            problems.add(format, FormatCodes.UNSUPPORTED_FORMAT, "the document is in format " + major + "." + minor
                    + ", newer than " + MAJOR + "." + MINOR + ", the newest this reader understands; read it with a"
                    + " newer release of engagement-rubrics");
            return null;
        }
        if (!KNOWN_FORMATS.contains(format.text)) { // the pattern admits no zero-padding: the text is canonical
            problems.add(format, FormatCodes.UNSUPPORTED_FORMAT, "format " + major + "." + minor
                    + " never existed; expected \"" + FORMAT + "\"");
            return null;
        }
        return format;
    }
}
