package org.engagementrubrics.examples;

import java.util.Objects;
import org.engagementrubrics.core.Fingerprint;
import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.core.InstrumentKind;

/**
 * A one-line summary of a catalog instrument.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the instrument id, not null
 * @param version the version, not null
 * @param kind the kind, not null
 * @param title the title in its default language, not null
 * @param errata how many departures from the seed the instrument records
 * @param fingerprint the content fingerprint, not null
 */
public record CatalogEntry(String id, String version, InstrumentKind kind, String title, int errata,
        Fingerprint fingerprint) {

    /**
     * Refuses a missing id, version, kind, title or fingerprint.
     *
     * @param id the instrument id, not null
     * @param version the version, not null
     * @param kind the kind, not null
     * @param title the title in its default language, not null
     * @param errata how many departures from the seed the instrument records
     * @param fingerprint the content fingerprint, not null
     */
    public CatalogEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(fingerprint, "fingerprint");
    }

    /**
     * Obtains the entry of an instrument.
     *
     * @param instrument the instrument, not null
     * @return the entry
     */
    public static CatalogEntry of(Instrument instrument) {
        Objects.requireNonNull(instrument, "instrument");
        return new CatalogEntry(instrument.id(), instrument.version(), instrument.kind(), instrument.title().text(),
                instrument.errata().size(), instrument.fingerprint());
    }
}
