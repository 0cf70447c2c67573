package org.engagementrubrics.core.change;

/**
 * The kind of unit a change is reported for; ids are unique within a kind, so a mapping is kept per kind.
 */
public enum UnitKind {
    /** A standard of a staged rubric, placed at a stage. */
    STANDARD("standard"),
    /** A row (dimension) of an archetype matrix, with a best-fitting column. */
    ROW("row"),
    /** A condition of a conditions assessment, rated on its scale. */
    CONDITION("condition"),
    /** An indicator of a conditions assessment, rated on its scale. */
    INDICATOR("indicator"),
    /** A dimension of district indicators, counted by implementation status. */
    DIMENSION("dimension"),
    /** A group of checklist items, counted by answer. */
    GROUP("group"),
    /** A survey statement, rated on its scale. */
    STATEMENT("statement"),
    /** A criterion of a points rubric, with its mean points. */
    CRITERION("criterion");

    private final String noun;

    UnitKind(String noun) {
        this.noun = noun;
    }

    /**
     * Returns the word used for a unit of this kind in explanations and in JSON.
     *
     * @return the noun, such as {@code "standard"}
     */
    public String noun() {
        return noun;
    }

    /**
     * Obtains the kind named by its noun.
     *
     * @param noun the noun, such as {@code "statement"}
     * @return the kind
     * @throws IllegalArgumentException if no kind has that noun
     */
    public static UnitKind fromNoun(String noun) {
        java.util.Objects.requireNonNull(noun, "noun");
        for (UnitKind kind : values()) {
            if (kind.noun.equals(noun)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unit kind '" + noun + "' is not one of standard, row, condition,"
                + " indicator, dimension, group, statement, criterion");
    }
}
