package org.engagementrubrics.core.change;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChangeExplanationsTest {

    @Test
    void aChangeOfAMeanThatTwoDecimalsHideIsNamed() {
        String sentence = ChangeExplanations.moved("Statement 'survey-1'", Movement.DOWN,
                new Standing.Statement(2.8312, 0.6701, 428_893), new Standing.Statement(2.8309, 0.6698, 428_793));

        assertThat(sentence).isEqualTo("Statement 'survey-1' moved down from a mean of 2.83 with 67% in the top two"
                + " (n = 428893) to a mean of 2.83 with 67% in the top two (n = 428793) (the mean changed by -0.00030).");
    }

    @Test
    void aChangeThatTwoDecimalsShowIsNotRepeated() {
        String sentence = ChangeExplanations.moved("Indicator 'c4-i1'", Movement.UP, new Standing.Mean(2.0 + 2.0 / 3, 3),
                new Standing.Mean(3.0 + 1.0 / 3, 3));

        assertThat(sentence).isEqualTo("Indicator 'c4-i1' moved up from a mean of 2.67 (n = 3) to a mean of 3.33 (n = 3).");
    }
}
