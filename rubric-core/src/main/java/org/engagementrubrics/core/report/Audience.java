package org.engagementrubrics.core.report;

/**
 * Whom a report is written for.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Audience {
    /** The school's family-engagement team: every figure, rater and response ids, agreement and change. */
    TEAM,
    /**
     * Families: plain language, no rater or response ids, only pooled figures, small groups withheld with the
     * library's suppression rules, and what the school will do next as the instrument says it.
     */
    FAMILY;

    /**
     * Obtains an audience from its name as the command line writes it, {@code team} or {@code family}.
     *
     * @param name the name, not null
     * @return the audience
     * @throws IllegalArgumentException if the name is neither
     */
    public static Audience byName(String name) {
        java.util.Objects.requireNonNull(name, "name");
        for (Audience audience : values()) {
            if (audience.name().equalsIgnoreCase(name)) {
                return audience;
            }
        }
        throw new IllegalArgumentException("audience '" + name + "': expected team or family");
    }
}
