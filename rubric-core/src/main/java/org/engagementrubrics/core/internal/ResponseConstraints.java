package org.engagementrubrics.core.internal;

import org.engagementrubrics.core.district.ImplementationStatus;
import org.engagementrubrics.core.response.ChecklistAnswers;
import org.engagementrubrics.core.response.CriterionRatings;
import org.engagementrubrics.core.response.Evidence;
import org.engagementrubrics.core.response.IndicatorAssessment;
import org.engagementrubrics.core.response.MarkedStatements;
import org.engagementrubrics.core.response.Ratings;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.core.response.Statuses;

/**
 * The Bean Validation constraints of a response and its evidence, checked by hand: {@code @WellFormedId} on
 * the id and the instrument id, {@code @NotBlank} on the rater and the subject, and through {@code @Valid}
 * the rule of each indicator assessment that only an unimplemented indicator is a priority. Not part of the
 * API.
 *
 * <p>Bean Validation walks the response's metadata, builds a context per node and a matcher per pattern;
 * reading many responses, that was the largest cost of a good record. The verdict here is the same as the
 * library's own validator gives (a property test holds the two together); a response that breaks a rule is
 * still validated by Bean Validation, for its messages and paths. This class is immutable and thread-safe.
 */
public final class ResponseConstraints {

    private static final int MAX_ID_LENGTH = 128;

    private ResponseConstraints() {
    }

    /**
     * Checks if a response satisfies every constraint its types carry, as Bean Validation with the library's
     * constraints would find.
     *
     * @param response the response, not null
     * @return true if Bean Validation would report no violation
     */
    public static boolean hold(Response response) {
        return wellFormedId(response.id()) && wellFormedId(response.instrumentId())
                && notBlank(response.raterId()) && notBlank(response.subjectId()) && hold(response.evidence());
    }

    private static boolean hold(Evidence evidence) {
        if (evidence instanceof Statuses statuses) {
            for (IndicatorAssessment assessment : statuses.byIndicator().values()) {
                if (assessment.priority() && assessment.status() != ImplementationStatus.NONE) {
                    return false;
                }
            }
            return true;
        }
        // marks, ratings, checklist answers and criterion ratings carry no constraint
        return evidence instanceof Ratings || evidence instanceof MarkedStatements
                || evidence instanceof ChecklistAnswers || evidence instanceof CriterionRatings;
    }

    /** {@code [A-Za-z0-9][A-Za-z0-9._:-]{0,127}}, the pattern of {@code @WellFormedId}, without a matcher. */
    public static boolean wellFormedId(String id) {
        int length = id.length();
        if (length == 0 || length > MAX_ID_LENGTH || !letterOrDigit(id.charAt(0))) {
            return false;
        }
        for (int i = 1; i < length; i++) {
            char c = id.charAt(i);
            if (!letterOrDigit(c) && c != '.' && c != '_' && c != ':' && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean letterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    /** {@code @NotBlank} as Hibernate Validator decides it: {@link String#isBlank()} is false. */
    public static boolean notBlank(String text) {
        return !text.isBlank();
    }
}
