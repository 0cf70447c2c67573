package org.engagementrubrics.core.scoring;

import java.util.List;
import java.util.Objects;
import org.engagementrubrics.core.internal.Arguments;

/**
 * The best fit of every dimension of an archetype matrix and the school's profile.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param instrument the instrument scored, not null
 * @param responseIds the responses scored, sorted, not null
 * @param rows the fit of each dimension in order, not null
 * @param profile the school's classification by the profile rules, not null
 * @param explanation why, not null
 */
public record ArchetypeResult(InstrumentRef instrument, List<String> responseIds, List<RowFit> rows, Profile profile,
        Explanation explanation) implements ScoreResult {

    /**
     * Checks and copies the components.
     */
    public ArchetypeResult {
        Objects.requireNonNull(instrument, "instrument");
        responseIds = Arguments.copyOf(responseIds, "responseIds");
        rows = Arguments.copyOf(rows, "rows");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(explanation, "explanation");
    }

    /**
     * Returns how many responses were scored.
     *
     * @return the number of response ids
     */
    @Override
    public long responseCount() {
        return responseIds.size();
    }
}
