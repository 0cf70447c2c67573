package org.engagementrubrics.testkit;

/**
 * How large generated values grow: the most rows, columns, statements per cell, items, responses, raters,
 * subjects, families and contacts that the growing generators of {@link Generators} draw.
 *
 * <p>Each bound is the largest count of one dimension. A generator whose own range differs from the
 * typical one (a staged rubric has at most 4 stages where an archetype matrix has 5 archetypes) scales its
 * range by the ratio of the bound to the {@linkplain #typical() typical} bound, never below the smallest
 * valid count; so {@link #typical()} gives exactly the values the generators without a {@code Sizes}
 * argument give, and a seed keeps its values. Immutable and thread-safe.
 *
 * <pre>{@code
 * Gen<StagedRubric> tiny = Generators.stagedRubrics(Sizes.small());
 * Gen<Survey> longSurveys = Generators.surveys(Sizes.typical().withItems(40));
 * Gen<List<Response>> panel = Generators.panelResponses(survey, Sizes.large());
 * }</pre>
 *
 * @param rows the most rows: dimensions, standards, conditions, checklist groups; at least 1
 * @param columns the most columns: archetypes, stages; at least 2
 * @param statementsPerCell the most statements in one cell of a matrix; at least 0
 * @param items the most items: survey statements, district indicators, indicators of a condition, items of
 *     a checklist group; at least 1
 * @param responses the most responses in a generated list of responses; at least 0
 * @param raters the most raters of a panel; at least 1
 * @param subjects the most subjects (schools, families) a panel rates; at least 1
 * @param families the most families on a roster; at least 0
 * @param contacts the most contact records of a roster; at least 0
 */
public record Sizes(int rows, int columns, int statementsPerCell, int items, int responses, int raters,
        int subjects, int families, int contacts) {

    private static final Sizes SMALL = new Sizes(2, 2, 2, 3, 3, 2, 2, 5, 10);
    private static final Sizes TYPICAL = new Sizes(6, 5, 5, 8, 20, 5, 3, 35, 80);
    private static final Sizes LARGE = new Sizes(24, 8, 10, 40, 200, 12, 20, 500, 2_000);

    /**
     * Checks each bound against its smallest valid value, naming the bound in the message.
     *
     * @param rows the most rows: dimensions, standards, conditions, checklist groups; at least 1
     * @param columns the most columns: archetypes, stages; at least 2
     * @param statementsPerCell the most statements in one cell of a matrix; at least 0
     * @param items the most items: survey statements, district indicators, indicators of a condition, items of
     *        a checklist group; at least 1
     * @param responses the most responses in a generated list of responses; at least 0
     * @param raters the most raters of a panel; at least 1
     * @param subjects the most subjects (schools, families) a panel rates; at least 1
     * @param families the most families on a roster; at least 0
     * @param contacts the most contact records of a roster; at least 0
     */
    public Sizes {
        atLeast("rows", rows, 1);
        atLeast("columns", columns, 2);
        atLeast("statementsPerCell", statementsPerCell, 0);
        atLeast("items", items, 1);
        atLeast("responses", responses, 0);
        atLeast("raters", raters, 1);
        atLeast("subjects", subjects, 1);
        atLeast("families", families, 0);
        atLeast("contacts", contacts, 0);
    }

    /**
     * Obtains the small sizes: values a person reads at a glance (2 rows, 2 columns, 2 statements per cell,
     * 3 items, 3 responses, 2 raters on 2 subjects, 5 families, 10 contacts).
     *
     * @return the small sizes
     */
    public static Sizes small() {
        return SMALL;
    }

    /**
     * Obtains the typical sizes, those of the generators without a {@code Sizes} argument (6 rows, 5 columns,
     * 5 statements per cell, 8 items, 20 responses, 5 raters on 3 subjects, 35 families, 80 contacts).
     *
     * @return the typical sizes
     */
    public static Sizes typical() {
        return TYPICAL;
    }

    /**
     * Obtains the large sizes, for load and storage tests (24 rows, 8 columns, 10 statements per cell, 40
     * items, 200 responses, 12 raters on 20 subjects, 500 families, 2,000 contacts).
     *
     * @return the large sizes
     */
    public static Sizes large() {
        return LARGE;
    }

    /**
     * Returns a copy with another bound on rows.
     *
     * @param rows the most rows, at least 1
     * @return the copy, or this if nothing changes
     */
    public Sizes withRows(int rows) {
        return rows == this.rows ? this
                : new Sizes(rows, columns, statementsPerCell, items, responses, raters, subjects, families, contacts);
    }

    /**
     * Returns a copy with another bound on columns.
     *
     * @param columns the most columns, at least 2
     * @return the copy, or this if nothing changes
     */
    public Sizes withColumns(int columns) {
        return columns == this.columns ? this
                : new Sizes(rows, columns, statementsPerCell, items, responses, raters, subjects, families, contacts);
    }

    /**
     * Returns a copy with another bound on statements per cell.
     *
     * @param statementsPerCell the most statements in a cell, at least 0
     * @return the copy, or this if nothing changes
     */
    public Sizes withStatementsPerCell(int statementsPerCell) {
        return statementsPerCell == this.statementsPerCell ? this
                : new Sizes(rows, columns, statementsPerCell, items, responses, raters, subjects, families, contacts);
    }

    /**
     * Returns a copy with another bound on items.
     *
     * @param items the most items, at least 1
     * @return the copy, or this if nothing changes
     */
    public Sizes withItems(int items) {
        return items == this.items ? this
                : new Sizes(rows, columns, statementsPerCell, items, responses, raters, subjects, families, contacts);
    }

    /**
     * Returns a copy with another bound on responses.
     *
     * @param responses the most responses, at least 0
     * @return the copy, or this if nothing changes
     */
    public Sizes withResponses(int responses) {
        return responses == this.responses ? this
                : new Sizes(rows, columns, statementsPerCell, items, responses, raters, subjects, families, contacts);
    }

    /**
     * Returns a copy with other bounds on a panel's raters and subjects.
     *
     * @param raters the most raters, at least 1
     * @param subjects the most subjects, at least 1
     * @return the copy, or this if nothing changes
     */
    public Sizes withPanel(int raters, int subjects) {
        return raters == this.raters && subjects == this.subjects ? this
                : new Sizes(rows, columns, statementsPerCell, items, responses, raters, subjects, families, contacts);
    }

    /**
     * Returns a copy with other bounds on a roster's families and contacts.
     *
     * @param families the most families, at least 0
     * @param contacts the most contact records, at least 0
     * @return the copy, or this if nothing changes
     */
    public Sizes withRoster(int families, int contacts) {
        return families == this.families && contacts == this.contacts ? this
                : new Sizes(rows, columns, statementsPerCell, items, responses, raters, subjects, families, contacts);
    }

    /**
     * Scales a generator's own typical bound by the ratio of a bound of these sizes to the typical one.
     *
     * @param ownTypical the generator's bound at typical sizes
     * @param bound this bound
     * @param typicalBound the typical bound
     * @param min the smallest valid bound
     */
    static int scale(int ownTypical, int bound, int typicalBound, int min) {
        if (bound == typicalBound) {
            return ownTypical;
        }
        return Math.max(min, (int) Math.round((double) ownTypical * bound / typicalBound));
    }

    int rows(int ownTypical, int min) {
        return scale(ownTypical, rows, TYPICAL.rows, min);
    }

    int columns(int ownTypical) {
        return scale(ownTypical, columns, TYPICAL.columns, 2);
    }

    int statementsPerCell(int ownTypical) {
        return scale(ownTypical, statementsPerCell, TYPICAL.statementsPerCell, 0);
    }

    int items(int ownTypical, int min) {
        return scale(ownTypical, items, TYPICAL.items, min);
    }

    private static void atLeast(String name, int value, int min) {
        if (value < min) {
            throw new IllegalArgumentException(name + " must be at least " + min + "; was " + value);
        }
    }
}
