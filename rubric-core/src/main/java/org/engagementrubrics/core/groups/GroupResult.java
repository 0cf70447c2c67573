package org.engagementrubrics.core.groups;

import java.util.Objects;
import org.engagementrubrics.core.privacy.SuppressionReason;
import org.engagementrubrics.core.scoring.ScoreResult;

/**
 * What a {@link GroupedResult} says about one roster group: the pooled result of the responses of its
 * families, that none of its families responded, or that its figures are withheld by the small-cell rule.
 *
 * <p>Every implementation is immutable and thread-safe.
 *
 * @param <R> the pooled result kind, such as {@code SurveyResult}
 */
public sealed interface GroupResult<R extends ScoreResult>
        permits GroupResult.Shown, GroupResult.NoRespondents, GroupResult.Withheld {

    /**
     * Returns the roster group, such as {@code iep} or {@code race-ethnicity:hispanic}.
     *
     * @return the group id
     */
    String groupId();

    /**
     * The group's result, shown: at least as many families responded as the small-cell rule asks for.
     *
     * @param groupId the roster group, not null
     * @param respondents how many of its families responded, at least 1
     * @param result the result of their responses, pooling at least one response per respondent, not null
     * @param <R> the pooled result kind
     */
    record Shown<R extends ScoreResult>(String groupId, int respondents, R result) implements GroupResult<R> {
        /**
         * Creates a shown group result.
         *
         * @param groupId the roster group, not null
         * @param respondents how many of its families responded, at least 1
         * @param result the result of their responses, pooling at least one response per respondent, not null
         * @throws IllegalArgumentException if there are no respondents, or fewer responses than respondents
         */
        public Shown {
            Objects.requireNonNull(groupId, "groupId");
            Objects.requireNonNull(result, "result");
            if (respondents < 1 || result.responseCount() < respondents) {
                throw new IllegalArgumentException("respondents: group '" + groupId + "' must have 1 to "
                        + result.responseCount() + " (its responses); was " + respondents);
            }
        }
    }

    /**
     * No family of the group responded (or the group is on no family of the roster): shown with 0 and no
     * result, since it reveals nothing about anyone.
     *
     * @param groupId the roster group, not null
     * @param <R> the pooled result kind
     */
    record NoRespondents<R extends ScoreResult>(String groupId) implements GroupResult<R> {
        /**
         * Creates the result of a group with no respondents.
         *
         * @param groupId the roster group, not null
         * @throws NullPointerException if {@code groupId} is null
         */
        public NoRespondents {
            Objects.requireNonNull(groupId, "groupId");
        }
    }

    /**
     * The group's result, its number of respondents included, is withheld by the small-cell rule.
     *
     * @param groupId the roster group, not null
     * @param reason why, not null
     * @param <R> the pooled result kind
     */
    record Withheld<R extends ScoreResult>(String groupId, SuppressionReason reason) implements GroupResult<R> {
        /**
         * Creates a withheld group result.
         *
         * @param groupId the roster group, not null
         * @param reason why, not null
         * @throws NullPointerException if a component is null
         */
        public Withheld {
            Objects.requireNonNull(groupId, "groupId");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
