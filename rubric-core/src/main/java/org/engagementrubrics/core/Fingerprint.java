package org.engagementrubrics.core;

import java.util.Objects;
import java.util.regex.Pattern;
import org.engagementrubrics.core.internal.CanonicalEncoder;

/**
 * A stable content fingerprint of an instrument: {@code sha256:} and 64 lower-case hex digits.
 *
 * <p>Every scoring result names the fingerprint of the instrument it was computed against, so a stored
 * result can be matched to exactly that content, even where an id and version were reused for other content.
 *
 * <p>Two instruments have equal fingerprints exactly when their canonical content is equal, that is when
 * they are {@code equals}. The canonical content is an unambiguous, length-prefixed encoding of every
 * component in declaration order (map entries sorted by key), so the fingerprint does not depend on
 * the JVM, the platform or the order in which maps were filled.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value the fingerprint text, such as {@code sha256:9f86d0...}
 */
public record Fingerprint(String value) {

    private static final Pattern FORM = Pattern.compile("sha256:[0-9a-f]{64}");

    /**
     * Creates a fingerprint from its text.
     *
     * @param value the fingerprint text, such as {@code sha256:9f86d0...}
     * @throws IllegalArgumentException if not {@code sha256:} and 64 lower-case hex digits
     */
    public Fingerprint {
        Objects.requireNonNull(value, "value");
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("fingerprint '" + value
                    + "' must be 'sha256:' followed by 64 lower-case hex digits");
        }
    }

    /**
     * Obtains the fingerprint of an instrument.
     *
     * @param instrument the instrument, not null
     * @return the fingerprint
     */
    public static Fingerprint of(Instrument instrument) {
        Objects.requireNonNull(instrument, "instrument");
        return new Fingerprint("sha256:" + CanonicalEncoder.sha256Hex(instrument));
    }

    /**
     * Obtains a fingerprint from its text.
     *
     * @param text the text, such as {@code sha256:9f86d0...}
     * @return the fingerprint
     * @throws IllegalArgumentException if the text is not a fingerprint
     */
    public static Fingerprint parse(String text) {
        Objects.requireNonNull(text, "text");
        return new Fingerprint(text);
    }

    /**
     * Returns the fingerprint text, which {@link #parse(String)} reads back.
     */
    @Override
    public String toString() {
        return value;
    }
}
