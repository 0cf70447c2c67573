package org.engagementrubrics.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 9 item 6: one exception for invalid instruments and invalid responses, in agreeing words. */
class InvalidDataExceptionTest {

    private static final Problem BLANK = Problem.of("raterId", ProblemCodes.BLANK, "must not be blank");

    @Test
    void aSingleSubjectHasItsProblems() {
        assertThat(new InvalidDataException("response 'r-1'", List.of(BLANK)).getMessage())
                .startsWith("response 'r-1' has 1 problem:");
        assertThat(new InvalidDataException("1 response", List.of(BLANK, BLANK)).getMessage())
                .startsWith("1 response has 2 problems:");
    }

    @Test
    void countedResponsesHaveTheirProblems() {
        assertThat(new InvalidDataException("2 responses", List.of(BLANK)).getMessage())
                .startsWith("2 responses have 1 problem:");
    }

    @Test
    void everyProblemIsKeptAndNoneIsInvented() {
        InvalidDataException e = new InvalidDataException("instrument 'x'", List.of(BLANK));
        assertThat(e.problems()).containsExactly(BLANK);
        assertThatThrownBy(() -> new InvalidDataException("instrument 'x'", List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
