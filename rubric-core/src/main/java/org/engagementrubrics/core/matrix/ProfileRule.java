package org.engagementrubrics.core.matrix;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.PositiveOrZero;
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
 * <p><b>Unresolved rows.</b> A row is <em>resolved</em> when it has a single best-fit column: a clear winner,
 * or a tie the tie policy resolved. A row with a tie left open or with no evidence is unresolved. An
 * unresolved row is never {@link ProfileCondition.Selector#IN IN} any set of columns and always
 * {@link ProfileCondition.Selector#NOT_IN NOT_IN} it (see {@link ProfileCondition}). So on a response with no
 * marks at all, {@code IN [fortress] AT_MOST 0} holds and {@code NOT_IN [partnership] AT_LEAST 1} holds: a rule
 * made only of such conditions classifies an empty response. {@link #minResolvedRows()} guards against that:
 * the rule matches only when at least that many rows are resolved. It defaults to 0 (no minimum), the
 * meaning rules had before the field existed; the 4 Versions rules above need no minimum, since each already
 * asks for at least 3 rows in some columns. {@code RubricValidator.findings} warns about a rule that would
 * classify a response with no resolved rows.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the stable id, not null
 * @param rank the evaluation order: higher first; ranks are unique
 * @param label the level's name, not null
 * @param conditions conditions that must all hold, not empty
 * @param minResolvedRows the fewest resolved rows with which the rule can match, zero or more; 0 for no minimum
 */
public record ProfileRule(@WellFormedId String id, int rank, @Valid LocalizedText label,
        @NotEmpty List<@Valid ProfileCondition> conditions, @PositiveOrZero int minResolvedRows) {

    /**
     * Creates a profile rule; the conditions are copied. Only a null required component fails here; the data
     * rules are checked by {@link org.engagementrubrics.core.validation.RubricValidator}.
     *
     * @param id the stable id, not null
     * @param rank the evaluation order: higher first; ranks are unique
     * @param label the level's name, not null
     * @param conditions conditions that must all hold, not empty
     * @param minResolvedRows the fewest resolved rows with which the rule can match; 0 for no minimum
     */
    public ProfileRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        conditions = Arguments.copyOf(conditions, "conditions");
    }

    /**
     * Creates a profile rule with no minimum of resolved rows.
     *
     * @param id the stable id, not null
     * @param rank the evaluation order: higher first; ranks are unique
     * @param label the level's name, not null
     * @param conditions conditions that must all hold, not empty
     */
    public ProfileRule(String id, int rank, LocalizedText label, List<ProfileCondition> conditions) {
        this(id, rank, label, conditions, 0);
    }

    /**
     * Returns a copy that matches only when at least this many rows are resolved.
     *
     * @param minResolvedRows the fewest resolved rows, zero or more; 0 for no minimum
     * @return a rule with the minimum, {@code this} if unchanged
     */
    public ProfileRule withMinResolvedRows(int minResolvedRows) {
        return minResolvedRows == this.minResolvedRows ? this
                : new ProfileRule(id, rank, label, conditions, minResolvedRows);
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
