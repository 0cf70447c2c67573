package org.engagementrubrics.testkit;

/**
 * Thrown when a generator cannot produce a value, such as when a {@linkplain Gen#filter(java.util.function.Predicate)
 * filter} rejects every candidate within its retry bound.
 */
public class GenerationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception.
     *
     * @param message what could not be generated and why, not null
     */
    public GenerationException(String message) {
        super(message);
    }
}
