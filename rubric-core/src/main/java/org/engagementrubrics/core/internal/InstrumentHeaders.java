package org.engagementrubrics.core.internal;

import java.util.List;
import java.util.Objects;
import org.engagementrubrics.core.Erratum;
import org.engagementrubrics.core.Extensions;
import org.engagementrubrics.core.LocalizedText;
import org.engagementrubrics.core.Source;

/**
 * The construction-time checks shared by every instrument's header components.
 */
public final class InstrumentHeaders {

    private InstrumentHeaders() {
    }

    /**
     * Checks the header components and returns an unmodifiable copy of the errata.
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
