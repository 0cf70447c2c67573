package org.engagementrubrics.core;

import java.util.List;
import org.engagementrubrics.core.checklist.Checklist;
import org.engagementrubrics.core.conditions.ConditionsAssessment;
import org.engagementrubrics.core.district.DistrictIndicators;
import org.engagementrubrics.core.internal.ItemIds;
import org.engagementrubrics.core.matrix.MatrixInstrument;
import org.engagementrubrics.core.points.PointsRubric;
import org.engagementrubrics.core.survey.Survey;
import org.engagementrubrics.core.validation.RubricValidator;

/**
 * An instrument schools use to judge family and community engagement.
 *
 * <p>The seven kinds are a closed set, one record each: this interface permits {@link MatrixInstrument}
 * (itself sealed over {@link org.engagementrubrics.core.matrix.StagedRubric} and
 * {@link org.engagementrubrics.core.matrix.ArchetypeMatrix}), {@link ConditionsAssessment},
 * {@link DistrictIndicators}, {@link Checklist}, {@link Survey} and {@link PointsRubric}; {@link #kind()} names the kind. Every
 * instrument has an id, a version, a title, its source, the errata that record how this copy departs from
 * its seed, vendor extensions, and a {@linkplain #fingerprint() content fingerprint} so that any result can
 * name exactly the instrument version it was computed against. {@link RubricValidator} checks its data rules.
 *
 * <pre>{@code
 * Instrument instrument = ...;
 * List<Problem> problems = RubricValidator.create().validate(instrument);
 * }</pre>
 *
 * <p>All implementations are immutable and thread-safe.
 */
public sealed interface Instrument
        permits MatrixInstrument, ConditionsAssessment, DistrictIndicators, Checklist, Survey, PointsRubric {

    /**
     * Returns the id that names this instrument across its versions, such as
     * {@code four-versions-of-partnerships}; a response names its instrument by this id.
     *
     * @return the id
     */
    String id();

    /**
     * Returns the version of this content, such as {@code 1.0.0}; a response may name it to answer this
     * version only.
     *
     * @return the version
     */
    String version();

    /**
     * Returns the title shown to raters and in results.
     *
     * @return the title
     */
    LocalizedText title();

    /**
     * Returns the document this instrument was transcribed from, with its attribution.
     *
     * @return the source
     */
    Source source();

    /**
     * Returns every departure of this copy from its seed, in order.
     *
     * @return the errata, empty where the copy follows its seed
     */
    List<Erratum> errata();

    /**
     * Returns the vendor data, carried unchanged through reading and writing.
     *
     * @return the extensions, possibly empty
     */
    Extensions extensions();

    /**
     * Returns which of the seven kinds this is: it matches the record type and names the kind in files.
     *
     * @return the kind
     */
    InstrumentKind kind();

    /**
     * Returns the ids a response answers, in document order: what the evidence of a response to this
     * instrument may name.
     *
     * <p>Per kind: a matrix's statement ids (row by row, each row's cells in column order, each cell's
     * statements in order; the same as {@link MatrixInstrument#statementIds()}); a conditions assessment's
     * indicator ids, condition by condition; a district instrument's indicator ids; a checklist's item ids,
     * group by group; a survey's statement ids; a points rubric's criterion ids. A valid instrument names each id once. The list is gathered
     * on each call; keep it where it is needed often.
     *
     * <pre>{@code
     * List<String> ids = instrument.itemIds();   // such as [br-partnership-1, br-open-door-1, ...]
     * }</pre>
     *
     * @return the ids, unmodifiable
     */
    default List<String> itemIds() {
        return ItemIds.of(this);
    }

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
