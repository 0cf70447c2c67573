package org.engagementrubrics.json;

/**
 * The problem codes of the JSON reader, besides the data codes of
 * {@link org.engagementrubrics.core.validation.ProblemCodes} ({@code duplicate-id}, {@code unknown-reference},
 * {@code out-of-scale}, …) which it reports with their JSON location.
 */
public final class FormatCodes {

    /** The input could not be read at all: no such file, a directory, no permission, an I/O error. */
    public static final String UNREADABLE = "unreadable";
    /** The text is not JSON: an unexpected character, an unclosed string, NaN, a comment. */
    public static final String SYNTAX = "syntax";
    /** The bytes are not UTF-8 (a UTF-8 byte order mark is tolerated). */
    public static final String ENCODING = "encoding";
    /** The input holds no JSON value at all. */
    public static final String EMPTY_DOCUMENT = "empty-document";
    /** Something follows the document's one value, such as a second document. */
    public static final String TRAILING_CONTENT = "trailing-content";
    /** An object has the same key twice. */
    public static final String DUPLICATE_KEY = "duplicate-key";
    /** A value has the wrong JSON type, such as a string where a number is expected. */
    public static final String TYPE_MISMATCH = "type-mismatch";
    /** A required field is absent. */
    public static final String MISSING = "missing";
    /** A field this format does not define; vendor data belongs in {@code extensions}. */
    public static final String UNKNOWN_FIELD = "unknown-field";
    /** A {@code kind} or enumerated value outside its allow-list. */
    public static final String UNKNOWN_KIND = "unknown-kind";
    /** The {@code format} field names a version this reader does not understand. */
    public static final String UNSUPPORTED_FORMAT = "unsupported-format";
    /** The document is larger than the configured limit. */
    public static final String DOCUMENT_TOO_LARGE = "document-too-large";
    /** Arrays and objects nest deeper than the configured limit. */
    public static final String TOO_DEEP = "too-deep";
    /** A string or key is longer than the configured limit. */
    public static final String STRING_TOO_LONG = "string-too-long";
    /** A number has more digits than the configured limit. */
    public static final String NUMBER_TOO_LONG = "number-too-long";
    /** An array or object has more members than the configured limit. */
    public static final String TOO_MANY_ELEMENTS = "too-many-elements";
    /**
     * A byte order mark anywhere but at the very start of the input, such as at the start of a later line
     * of a JSON Lines file (files joined with {@code cat} keep each one's mark).
     */
    public static final String MISPLACED_BYTE_ORDER_MARK = "misplaced-byte-order-mark";
    /** A value of the right type that is not acceptable, such as a malformed language tag. */
    public static final String INVALID_VALUE = "invalid-value";
    /**
     * A compact result ({@code "explanation": "omitted"}) read without the instrument that rebuilds its
     * explanation; read it with the prepared instrument it names.
     */
    public static final String INSTRUMENT_REQUIRED = "instrument-required";

    // ----- rosters and contact records (CSV and JSON Lines) -------------------------------------

    /** A CSV row has more or fewer cells than its header has columns. */
    public static final String RAGGED_ROW = "ragged-row";
    /** A CSV header lacks a required column, such as {@code family_id}. */
    public static final String MISSING_COLUMN = "missing-column";
    /** A CSV header names one column twice (spellings that mean one column count as one). */
    public static final String DUPLICATE_COLUMN = "duplicate-column";
    /** A roster column holds yes/no values and other values both, so it is neither a flag nor a partition. */
    public static final String MIXED_COLUMN = "mixed-column";
    /** A file name says no format this reader knows, such as {@code roster.txt}; name the format instead. */
    public static final String UNKNOWN_FORMAT = "unknown-format";

    private FormatCodes() {
    }
}
