package org.engagementrubrics.core.matrix;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;
import java.util.Objects;
import org.engagementrubrics.core.LocalizedText;
import org.engagementrubrics.core.internal.Arguments;
import org.engagementrubrics.core.validation.WellFormedId;

/**
 * A rule of an {@link ArchetypeMatrix} that classifies a whole school from its per-row best fits, such as
 * "Advanced".
 *
 * <p>Rules are evaluated from the highest rank down; the first whose conditions all hold wins. The
 * published interpretation of the 4 Versions matrix is four rules:
 * <pre>{@code
 * Advanced     (rank 4): IN [partnership] AT_LEAST 3, NOT_IN [partnership, open-door] AT_MOST 0
 * Proficient   (rank 3): IN [open-door, partnership] AT_LEAST 4, IN [fortress] AT_MOST 0
 * Basic        (rank 2): IN [come-if-we-call] AT_LEAST 3, IN [partnership] AT_MOST 0
 * Below Basic  (rank 1): IN [fortress] AT_LEAST 3, IN [open-door, partnership] AT_MOST 0
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the stable id, not null
 * @param rank the evaluation order: higher first; ranks are unique
 * @param label the level's name, not null
 * @param conditions conditions that must all hold, not empty
 */
public record ProfileRule(@WellFormedId String id, int rank, @Valid LocalizedText label,
        @NotEmpty List<@Valid ProfileCondition> conditions) {

    /**
     * Creates a profile rule; the conditions are copied. Only a null required component fails here; the data
     * rules are checked by {@link org.engagementrubrics.core.validation.RubricValidator}.
     *
     * @param id the stable id, not null
     * @param rank the evaluation order: higher first; ranks are unique
     * @param label the level's name, not null
     * @param conditions conditions that must all hold, not empty
     */
    public ProfileRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        conditions = Arguments.copyOf(conditions, "conditions");
    }

    /**
     * Obtains a profile rule with an English label.
     *
     * <pre>{@code
     * ProfileRule advanced = ProfileRule.of("advanced", 4, "Advanced",
     *         ProfileCondition.in(Comparison.AT_LEAST, 3, "partnership"),
     *         ProfileCondition.notIn(Comparison.AT_MOST, 0, "partnership", "open-door"));
     * }</pre>
     *
     * @param id the stable id, not null
     * @param rank the evaluation order: higher first
     * @param label the level's name, not null
     * @param conditions conditions that must all hold, not null
     * @return the rule
     */
    public static ProfileRule of(String id, int rank, String label, ProfileCondition... conditions) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        return new ProfileRule(id, rank, LocalizedText.of(label), Arguments.copyOf("conditions", conditions));
    }
}
