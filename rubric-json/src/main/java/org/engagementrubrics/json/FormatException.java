package org.engagementrubrics.json;

import java.util.List;
import java.util.Objects;
import org.engagementrubrics.core.RubricException;

/**
 * Thrown when a JSON document cannot be read; holds <em>every</em> problem found, each located.
 *
 * <p>Syntax errors, wrong types, missing and unknown fields, broken limits, Bean Validation
 * violations and unresolved references all arrive in this one shape. No Jackson or validator exception
 * escapes the JSON facade.
 */
public class FormatException extends RubricException {

    private static final long serialVersionUID = 1L;

    private final transient List<FormatProblem> problems;

    /**
     * Creates an exception holding problems.
     *
     * @param problems the problems, not empty
     */
    public FormatException(List<FormatProblem> problems) {
        super(message(problems));
        this.problems = List.copyOf(problems);
    }

    private static String message(List<FormatProblem> problems) {
        Objects.requireNonNull(problems, "problems");
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("problems must not be empty");
        }
        StringBuilder text = new StringBuilder(problems.get(0).source()).append(": ").append(problems.size())
                .append(problems.size() == 1 ? " problem" : " problems");
        for (FormatProblem problem : problems) {
            text.append(System.lineSeparator()).append(problem);
        }
        return text.toString();
    }

    /**
     * Returns every problem, in document order.
     *
     * @return the problems, not empty
     */
    public List<FormatProblem> problems() {
        return problems;
    }
}
