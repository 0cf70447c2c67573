package org.engagementrubrics.testkit.invalid;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.json.ReadLimits;

/**
 * A document that carries exactly one known {@link Defect}, with the problem the reader must report for it.
 *
 * <p>Read it the way it was made for: with {@link #limits()} (the limit-defects pass exactly these), and,
 * when {@link #instrument()} is present, as a response checked against that instrument. The reader must then
 * refuse it with a problem of {@link #expectedCode()}, at {@link #expectedPointer()} when one is promised.
 * Other problems may come with it (a duplicated stage id also leaves a cell's reference ambiguous).
 *
 * <pre>{@code
 * InvalidDocument variant = InvalidDocuments.of(bytes).variant(Defect.DUPLICATE_KEY, new SplittableRandom(1));
 * FormatException refused = catchThrowableOfType(FormatException.class,
 *         () -> RubricJson.defaults().withLimits(variant.limits()).read(variant.stream(), "variant"));
 * assertThat(refused.problems()).anySatisfy(p -> assertThat(p.code()).isEqualTo(variant.expectedCode()));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class InvalidDocument {

    private final Defect defect;
    private final byte[] bytes;
    private final String pointer;
    private final String where;
    private final ReadLimits limits;
    private final Instrument instrument;
    private final DocumentForm form;

    private InvalidDocument(Defect defect, byte[] bytes, String pointer, String where, ReadLimits limits,
            Instrument instrument, DocumentForm form) {
        this.defect = defect;
        this.bytes = bytes;
        this.pointer = pointer;
        this.where = where;
        this.limits = limits;
        this.instrument = instrument;
        this.form = form;
    }

    /**
     * Obtains an invalid document.
     *
     * @param defect the one defect it carries, not null
     * @param bytes the document's bytes, not null; copied
     * @param pointer the JSON pointer the reader reports the problem at ({@code ""} for the root), or null when
     *     no place is promised
     * @param where where the defect was placed, in words, not null
     * @param limits the read limits the document is meant to be read with, not null
     * @param instrument the instrument a response is read against, or null to read it on its own
     * @param form what the document is, and so how it is read, not null
     * @return the invalid document
     */
    static InvalidDocument of(Defect defect, byte[] bytes, String pointer, String where, ReadLimits limits,
            Instrument instrument, DocumentForm form) {
        Objects.requireNonNull(defect, "defect");
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(form, "form");
        return new InvalidDocument(defect, bytes.clone(), pointer, where, limits, instrument, form);
    }

    /**
     * Returns the one defect this document carries.
     *
     * @return the defect
     */
    public Defect defect() {
        return defect;
    }

    /**
     * Returns the document's bytes.
     *
     * @return a copy of the bytes
     */
    public byte[] bytes() {
        return bytes.clone();
    }

    /**
     * Returns the document's bytes as a stream, for readers that take an {@link java.io.InputStream}.
     *
     * @return a new stream over the bytes
     */
    public java.io.InputStream stream() {
        return new java.io.ByteArrayInputStream(bytes);
    }

    /**
     * Returns the problem code the reader must report, the {@link Defect#code()} of the defect.
     *
     * @return the code
     */
    public String expectedCode() {
        return defect.code();
    }

    /**
     * Returns the JSON pointer the reader must report the problem at, where the place is stable.
     *
     * @return the pointer ({@code ""} for the root), or empty when no place is promised
     */
    public Optional<String> expectedPointer() {
        return Optional.ofNullable(pointer);
    }

    /**
     * Returns where the defect was placed, in words, such as {@code "/stages/1/id takes the id of /stages/0"}.
     *
     * @return the description of the place
     */
    public String where() {
        return where;
    }

    /**
     * Returns the read limits this document is meant to be read with; the limit defects pass them by one.
     *
     * @return the limits
     */
    public ReadLimits limits() {
        return limits;
    }

    /**
     * Returns the instrument to read this response against, when its defect needs one (or the documents were
     * made {@link InvalidDocuments#against(Instrument) against} one).
     *
     * @return the instrument, or empty to read the document on its own
     */
    public Optional<Instrument> instrument() {
        return Optional.ofNullable(instrument);
    }

    /**
     * Returns what the document is, and so how it is read: a document of the format, or a record of a JSON
     * Lines file of responses, roster families or contact records.
     *
     * @return the form
     */
    public DocumentForm form() {
        return form;
    }

    /**
     * Returns the document as text, decoded as UTF-8 (a bad byte becomes U+FFFD), for messages.
     *
     * @return the text
     */
    public String text() {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof InvalidDocument)) {
            return false;
        }
        InvalidDocument that = (InvalidDocument) other;
        return defect == that.defect && Arrays.equals(bytes, that.bytes) && Objects.equals(pointer, that.pointer)
                && where.equals(that.where) && limits.equals(that.limits) && Objects.equals(instrument, that.instrument)
                && form == that.form;
    }

    @Override
    public int hashCode() {
        return Objects.hash(defect, Arrays.hashCode(bytes), pointer, where, limits, instrument, form);
    }

    /**
     * Returns the defect, the code and place promised and where the defect is, such as
     * {@code DUPLICATE_KEY [duplicate-key at /version]: /version written twice (1234 bytes)}; a line form is
     * named after the size.
     */
    @Override
    public String toString() {
        return defect + " [" + expectedCode() + (pointer == null ? "" : " at " + (pointer.isEmpty() ? "the root" : pointer))
                + "]: " + where + " (" + bytes.length + " bytes" + (form == DocumentForm.DOCUMENT ? "" : ", " + form) + ")";
    }
}
