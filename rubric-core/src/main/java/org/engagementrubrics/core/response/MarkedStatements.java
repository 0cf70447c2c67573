package org.engagementrubrics.core.response;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import org.engagementrubrics.core.internal.Arguments;

/**
 * The statements a rater marked or circled on a matrix instrument; each mark counts once towards its cell.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param statementIds the ids of the marked statements, sorted
 */
public record MarkedStatements(SortedSet<String> statementIds) implements Evidence {

    /**
     * Creates marks; the ids are copied and sorted, so the order in which statements were marked never
     * matters.
     *
     * @param statementIds the ids of the marked statements, sorted
     */
    public MarkedStatements {
        TreeSet<String> copy = new TreeSet<>();
        copy.addAll(Arguments.copyOf(statementIds, "statementIds"));
        statementIds = Collections.unmodifiableSortedSet(copy);
    }

    /**
     * Obtains marks from ids in any order.
     *
     * @param statementIds the marked ids
     * @return the marks
     */
    public static MarkedStatements of(String... statementIds) {
        return of(Arguments.copyOf("statementIds", statementIds));
    }

    /**
     * Obtains marks from ids in any order; repeats count once.
     *
     * @param statementIds the marked ids, not null
     * @return the marks
     */
    public static MarkedStatements of(Collection<String> statementIds) {
        return new MarkedStatements(new TreeSet<>(Arguments.copyOf(statementIds, "statementIds")));
    }

    /**
     * Returns a copy with one more mark.
     *
     * @param statementId the id to mark, not null
     * @return the marks, {@code this} if already marked
     */
    public MarkedStatements withMark(String statementId) {
        Objects.requireNonNull(statementId, "statementId");
        if (statementIds.contains(statementId)) {
            return this;
        }
        TreeSet<String> copy = new TreeSet<>(statementIds);
        copy.add(statementId);
        return new MarkedStatements(copy);
    }

    @Override
    public String kindName() {
        return "marks";
    }
}
