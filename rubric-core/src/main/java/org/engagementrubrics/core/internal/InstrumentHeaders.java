package org.engagementrubrics.core.internal;

import java.util.List;
import java.util.Objects;
import org.engagementrubrics.core.Erratum;
import org.engagementrubrics.core.Extensions;
import org.engagementrubrics.core.LocalizedText;
import org.engagementrubrics.core.Source;

/**
 * The construction-time checks shared by every instrument's header components, so that the six instrument
 * records check id, version, title, source, errata and extensions alike. Not part of the API.
 */
public final class InstrumentHeaders {

    private InstrumentHeaders() {
    }

    /**
     * Checks that no header component is null and returns an unmodifiable copy of the errata, which the
     * instrument's compact constructor assigns back.
     *
     * @param id the instrument id
     * @param version the content version
     * @param title the title
     * @param source the source
     * @param errata the errata
     * @param extensions the vendor data
     * @return the errata, copied
     * @throws NullPointerException naming the first null component
     */
    public static List<Erratum> check(String id, String version, LocalizedText title, Source source, List<Erratum> errata,
            Extensions extensions) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(extensions, "extensions");
        return List.copyOf(Objects.requireNonNull(errata, "errata"));
    }
}
