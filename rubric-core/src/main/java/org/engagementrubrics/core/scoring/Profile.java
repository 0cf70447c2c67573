package org.engagementrubrics.core.scoring;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A school's classification by an archetype matrix's profile rules.
 *
 * <p>All implementations are immutable and thread-safe.
 */
public sealed interface Profile permits Profile.Classified, Profile.Unclassified, Profile.NoRules {

    /**
     * The first rule, from the highest rank down, whose conditions all hold.
     *
     * @param ruleId the rule's id, not null
     * @param label the level's name, such as "Advanced", not null
     * @param rank the rule's rank
     */
    record Classified(String ruleId, String label, int rank) implements Profile {
        /**
         * Creates a classification.
         *
         * @param ruleId the rule's id, not null
         * @param label the level's name, such as "Advanced", not null
         * @param rank the rule's rank
         * @throws NullPointerException if {@code ruleId} or {@code label} is null
         */
        public Classified {
            Objects.requireNonNull(ruleId, "ruleId");
            Objects.requireNonNull(label, "label");
        }
    }

    /**
     * No rule matched: the rules overlap and leave gaps.
     *
     * @param rowsByColumn how many rows have each column as their single best fit, in column order
     * @param unresolvedRows rows that are tied or have no evidence
     */
    record Unclassified(Map<String, Integer> rowsByColumn, int unresolvedRows) implements Profile {
        /**
         * Creates an unclassified profile, copying the counts in column order.
         *
         * @param rowsByColumn how many rows have each column as their single best fit, in column order
         * @param unresolvedRows rows that are tied or have no evidence
         * @throws IllegalArgumentException if a count is negative
         */
        public Unclassified {
            Objects.requireNonNull(rowsByColumn, "rowsByColumn");
            if (!(rowsByColumn instanceof RowsByColumn)) { // a scorer's own counts: unmodifiable, none negative
                rowsByColumn = Collections.unmodifiableMap(new LinkedHashMap<>(rowsByColumn));
                rowsByColumn.forEach((column, rows) -> NonNegativeCounts.require("rows of " + column, rows));
            }
            NonNegativeCounts.require("unresolvedRows", unresolvedRows);
        }
    }

    /** The matrix has no profile rules. */
    record NoRules() implements Profile {
    }
}
