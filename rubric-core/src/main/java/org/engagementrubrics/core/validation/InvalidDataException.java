package org.engagementrubrics.core.validation;

import java.util.List;
import java.util.Objects;
import org.engagementrubrics.core.RubricException;

/**
 * Thrown when an instrument or a response breaks one or more rules; holds <em>every</em> problem found.
 *
 * <p>The message lists the problems one per line, each as {@code path: [code] message}.
 */
public class InvalidDataException extends RubricException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    /**
     * Creates an exception holding the given problems.
     *
     * @param what what was checked, such as {@code "response r-17"}, not null
     * @param problems the problems found, not empty
     */
    public InvalidDataException(String what, List<Problem> problems) {
        super(message(what, problems));
        this.problems = List.copyOf(problems);
    }

    private static String message(String what, List<Problem> problems) {
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(problems, "problems");
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("problems must not be empty");
        }
        // "response 'r-1' has", "2 responses have": the verb agrees with a counted plural subject
        boolean plural = what.matches("\\d+ .*") && !what.startsWith("1 ");
        StringBuilder text = new StringBuilder(what).append(plural ? " have " : " has ").append(problems.size())
                .append(problems.size() == 1 ? " problem:" : " problems:");
        for (Problem problem : problems) {
            text.append(System.lineSeparator()).append("  ").append(problem);
        }
        return text.toString();
    }

    /**
     * Returns every problem found, in a stable order.
     *
     * @return the problems, not empty
     */
    public List<Problem> problems() {
        return problems;
    }
}
