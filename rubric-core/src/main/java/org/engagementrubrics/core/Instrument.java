package org.engagementrubrics.core;

import java.util.List;
import org.engagementrubrics.core.checklist.Checklist;
import org.engagementrubrics.core.conditions.ConditionsAssessment;
import org.engagementrubrics.core.district.DistrictIndicators;
import org.engagementrubrics.core.matrix.MatrixInstrument;
import org.engagementrubrics.core.survey.Survey;
import org.engagementrubrics.core.validation.Problem;
import org.engagementrubrics.core.validation.RubricValidator;

/**
 * An instrument schools use to judge family and community engagement.
 *
 * <p>The six kinds are a closed set, one record each. Every instrument has an id, a version, a title,
 * its source, the errata that record how this copy departs from its seed, vendor extensions, and a
 * {@linkplain #fingerprint() content fingerprint} so that any result can name exactly the instrument
 * version it was computed against.
 *
 * <pre>{@code
 * Instrument instrument = ...;
 * List<Problem> problems = RubricValidator.create().validate(instrument);
 * }</pre>
 *
 * <p>All implementations are immutable and thread-safe.
 */
public sealed interface Instrument
        permits MatrixInstrument, ConditionsAssessment, DistrictIndicators, Checklist, Survey {

    /**
     * Returns the id, stable across versions.
     *
     * @return the id
     */
    String id();

    /**
     * Returns the version of this instrument's content.
     *
     * @return the version
     */
    String version();

    /**
     * Returns the title.
     *
     * @return the title
     */
    LocalizedText title();

    /**
     * Returns where the instrument comes from.
     *
     * @return the source
     */
    Source source();

    /**
     * Returns the recorded departures from the seed, in order.
     *
     * @return the errata, possibly empty
     */
    List<Erratum> errata();

    /**
     * Returns the vendor extensions.
     *
     * @return the extensions, possibly empty
     */
    Extensions extensions();

    /**
     * Returns the kind of this instrument.
     *
     * @return the kind
     */
    InstrumentKind kind();

    /**
     * Returns the content fingerprint: equal exactly when the canonical content is equal.
     *
     * <p>The fingerprint covers every component (texts in every language, order, extensions, errata). It
     * is computed on each call; score many responses through one engine call or keep the value.
     *
     * @return the fingerprint
     */
    default Fingerprint fingerprint() {
        return Fingerprint.of(this);
    }
}
