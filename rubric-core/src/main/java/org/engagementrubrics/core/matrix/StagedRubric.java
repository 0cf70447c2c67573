package org.engagementrubrics.core.matrix;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;
import org.engagementrubrics.core.Erratum;
import org.engagementrubrics.core.Extensions;
import org.engagementrubrics.core.InstrumentKind;
import org.engagementrubrics.core.LocalizedText;
import org.engagementrubrics.core.Source;
import org.engagementrubrics.core.internal.Arguments;
import org.engagementrubrics.core.internal.InstrumentHeaders;
import org.engagementrubrics.core.validation.ConsistentOrder;
import org.engagementrubrics.core.validation.DistinctLabels;
import org.engagementrubrics.core.validation.ResolvedReferences;
import org.engagementrubrics.core.validation.UniqueIds;
import org.engagementrubrics.core.validation.WellFormedId;

/**
 * Standards placed on an ordered set of stages, each standard describing each stage by indicator
 * statements: the Family Engagement Rubric.
 *
 * <p>The stages are shared by all standards; a standard lists, per stage it has, the statements that
 * describe it, so standards may have different numbers of statements per stage. The model can hold
 * what a seed says even where the seed is defective: the seed's Standard 1 has two rows labelled
 * "STAGE 3 INTEGRATION", which is two stages with position 3 and the label "Integration", and
 * validation reports both the duplicate label and the repeated position.
 *
 * <pre>{@code
 * StagedRubric rubric = new StagedRubric("family-engagement-rubric", "1.0.0", title, source,
 *         List.of(), Extensions.empty(), stages, standards);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the instrument id, stable across versions, not null
 * @param version the content version, not null
 * @param title the title, not null
 * @param source where the instrument comes from, not null
 * @param errata recorded departures from the seed, not null
 * @param extensions vendor data, not null
 * @param stages the stages in ascending position, not empty
 * @param standards the standards in ascending number, not empty
 */
@UniqueIds
@DistinctLabels
@ConsistentOrder
@ResolvedReferences
public record StagedRubric(@WellFormedId String id, @NotBlank String version, @Valid LocalizedText title, @Valid Source source,
        List<@Valid Erratum> errata, Extensions extensions,
        @NotEmpty List<@Valid Stage> stages, @NotEmpty List<@Valid Standard> standards) implements MatrixInstrument {

    /**
     * Creates a staged rubric; the lists are copied. Only a null required component fails here. The data
     * rules (ids, labels, order, references) are checked by
     * {@link org.engagementrubrics.core.validation.RubricValidator}, so that a faulty staged rubric can still
     * be built and all of its problems reported.
     *
     * @param id the instrument id, stable across versions, not null
     * @param version the content version, not null
     * @param title the title, not null
     * @param source where the instrument comes from, not null
     * @param errata recorded departures from the seed, not null
     * @param extensions vendor data, not null
     * @param stages the stages in ascending position, not empty
     * @param standards the standards in ascending number, not empty
     */
    public StagedRubric {
        errata = InstrumentHeaders.check(id, version, title, source, errata, extensions);
        stages = Arguments.copyOf(stages, "stages");
        standards = Arguments.copyOf(standards, "standards");
    }

    @Override
    public InstrumentKind kind() {
        return InstrumentKind.STAGED_RUBRIC;
    }

    @Override
    public List<Stage> columns() {
        return stages;
    }

    @Override
    public List<Standard> rows() {
        return standards;
    }
}
