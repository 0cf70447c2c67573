package org.engagementrubrics.testkit.assertions;

import java.util.Objects;
import org.assertj.core.api.AbstractAssert;
import org.engagementrubrics.core.scoring.Explanation;

/**
 * The base of the result assertions: every failure names the figure, the result, what was expected and what was
 * found, then prints the result's own explanation, so that a failing test shows why the scorer decided as it did.
 *
 * @param <S> the assertion's own type
 * @param <A> the type of the value asserted on
 */
abstract class ExplainedAssert<S extends ExplainedAssert<S, A>, A> extends AbstractAssert<S, A> {

    ExplainedAssert(A actual, Class<?> selfType) {
        super(actual, selfType);
    }

    /** The explanation printed with every failure. */
    abstract Explanation explanation();

    /** What is asserted on, in words, such as {@code the archetype-result of response r-1}. */
    abstract String subject();

    /** Passes when {@code holds}, else fails naming the figure, what was expected and what was found. */
    final S expect(boolean holds, String figure, Object expected, Object found) {
        if (!holds) {
            failWithMessage("%nExpecting %s of %s to be:%n  %s%nbut was:%n  %s%n%nThe result's explanation:%n%s", figure,
                    subject(), expected, found, explanation().toText());
        }
        return myself;
    }

    /** Fails with a message of its own (such as a row that does not exist), then the explanation. */
    final void fail(String message) {
        failWithMessage("%n%s%n%nThe result's explanation:%n%s", message, explanation().toText());
    }

    /** Checks that the actual value is present; the figures are read only after this. */
    final S present() {
        isNotNull();
        return myself;
    }

    static boolean near(Double found, double expected, double tolerance) {
        return found != null && Math.abs(found - expected) <= tolerance;
    }

    static <T> T named(T value, String name) {
        return Objects.requireNonNull(value, name);
    }
}
