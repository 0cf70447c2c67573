package org.engagementrubrics.json.casev1p1;

/**
 * How {@link CaseJson} reads a CASE file: strictly (the default), refusing anything the official CASE 1.1 schema
 * refuses, or leniently, repairing what older CASE-like files commonly get wrong and reporting each repair.
 *
 * <pre>{@code
 * CaseImport read = CaseJson.defaults().read(path, CaseReadOptions.lenient());
 * read.warnings().forEach(System.err::println);        // one located notice per repair
 * }</pre>
 *
 * <p>Lenient reading renames keys that differ from the schema's only in case (and {@code CFRubricCriterion} to
 * {@code CFRubricCriteria}), turns numeric strings into numbers where the schema wants a number, gives a repeated
 * or malformed identifier a new name-based one, fills a missing {@code identifier}, {@code uri} or
 * {@code lastChangeDateTime}, renames the keys of a {@code CFItemURI} link, and wraps a bare {@code CFRubric} in
 * a package. Whatever it cannot repair is still refused.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param repairs whether to repair and report rather than refuse
 */
public record CaseReadOptions(boolean repairs) {

    private static final CaseReadOptions STRICT = new CaseReadOptions(false);
    private static final CaseReadOptions LENIENT = new CaseReadOptions(true);

    /**
     * Obtains strict reading: a file must pass the official schema.
     *
     * @return strict options
     */
    public static CaseReadOptions strict() {
        return STRICT;
    }

    /**
     * Obtains lenient reading: repairs, each reported as a located warning.
     *
     * @return lenient options
     */
    public static CaseReadOptions lenient() {
        return LENIENT;
    }
}
