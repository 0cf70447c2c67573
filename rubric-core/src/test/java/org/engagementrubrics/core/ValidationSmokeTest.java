package org.engagementrubrics.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ValidationSmokeTest {
    @Test
    void smoke() {
        StagedRubric r = new StagedRubric("x", "1", LocalizedText.of("T"), Source.of("S", "A"), List.of(), Extensions.empty(),
                List.of(Stage.of("a", 1, "Exploration"), Stage.of("b", 3, "Integration"), Stage.of("c", 3, "Integration")),
                List.of(new Standard("s1", 1, LocalizedText.of(" "), LocalizedText.of("i"),
                        List.of(Cell.of("a", Statement.of("p", "x")), Cell.of("zz", Statement.of("p", "y"))), Extensions.empty())));
        List<Problem> problems = RubricValidator.create().validate(r);
        problems.forEach(System.out::println);
        assertThat(problems).isNotEmpty();
    }
}
