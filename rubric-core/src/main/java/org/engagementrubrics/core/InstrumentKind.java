package org.engagementrubrics.core;

import java.util.Objects;

/**
 * The closed set of instrument kinds, one per record that implements {@link Instrument}, each with the stable
 * name used in files.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum InstrumentKind {
    /** Standards placed on ordered stages, such as the Family Engagement Rubric. */
    STAGED_RUBRIC("staged-rubric"),
    /** Archetype columns by dimension rows, such as the 4 Versions of Family-School Partnerships. */
    ARCHETYPE_MATRIX("archetype-matrix"),
    /** Conditions with indicators rated on a scale, such as School Conditions for Personalized Learning. */
    CONDITIONS_ASSESSMENT("conditions-assessment"),
    /** District indicators assessed by implementation status. */
    DISTRICT_INDICATORS("district-indicators"),
    /** Look-fors and questions answered observed or not, such as "Is Your Child's School Student-Centered?". */
    CHECKLIST("checklist"),
    /** Statements rated on an ordered response scale, such as a guardian survey. */
    SURVEY("survey"),
    /** Criteria with levels worth points, such as a Canvas rubric or a CASE {@code CFRubric}. */
    POINTS_RUBRIC("points-rubric");

    private final String kindName;

    InstrumentKind(String kindName) {
        this.kindName = kindName;
    }

    /**
     * Returns the stable name used in files, such as {@code staged-rubric}.
     *
     * @return the name
     */
    public String kindName() {
        return kindName;
    }

    /**
     * Obtains the kind from the name used in files.
     *
     * @param kindName the name, such as {@code survey}
     * @return the kind
     * @throws IllegalArgumentException if no kind has that name
     */
    public static InstrumentKind fromWireName(String kindName) {
        Objects.requireNonNull(kindName, "kindName");
        for (InstrumentKind kind : values()) {
            if (kind.kindName.equals(kindName)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown instrument kind '" + kindName + "'; expected one of "
                + java.util.Arrays.stream(values()).map(InstrumentKind::kindName).toList());
    }
}
