package org.engagementrubrics.core.scoring;

import java.util.Objects;
import org.engagementrubrics.core.Fingerprint;
import org.engagementrubrics.core.Instrument;

/**
 * Names exactly the instrument a result was computed against: id, version and content fingerprint.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the instrument id, not null
 * @param version the instrument version, not null
 * @param fingerprint the content fingerprint, not null
 */
public record InstrumentRef(String id, String version, Fingerprint fingerprint) {

    /**
     * Refuses a missing id, version or fingerprint.
     *
     * @param id the instrument id, not null
     * @param version the instrument version, not null
     * @param fingerprint the content fingerprint, not null
     */
    public InstrumentRef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(fingerprint, "fingerprint");
    }

    /**
     * Obtains the reference of an instrument.
     *
     * @param instrument the instrument, not null
     * @return the reference
     */
    public static InstrumentRef of(Instrument instrument) {
        Objects.requireNonNull(instrument, "instrument");
        return new InstrumentRef(instrument.id(), instrument.version(), instrument.fingerprint());
    }

    /**
     * Returns {@code id@version (fingerprint)}.
     */
    @Override
    public String toString() {
        return id + "@" + version + " (" + fingerprint + ")";
    }
}
