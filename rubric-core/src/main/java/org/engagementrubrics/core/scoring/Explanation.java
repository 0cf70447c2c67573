package org.engagementrubrics.core.scoring;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.engagementrubrics.core.internal.Arguments;

/**
 * Why a result is what it is: a one-line summary, the detail lines behind it, and the explanations of
 * its parts, renderable as plain text a teacher understands.
 *
 * <pre>{@code
 * String text = result.explanation().toText();
 * }</pre>
 *
 * <p>The scorers make their explanations lazily: the sentences are written the first time any of them is
 * asked for ({@link #summary()}, {@link #details()}, {@link #parts()}, {@code equals}, {@code hashCode},
 * {@code toString}), from facts the result already holds, and then kept. Equality, hash code and text are
 * those of the sentences, however the explanation was made.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Explanation {

    /** The sentences, once written. */
    private record Content(String summary, List<String> details, List<Explanation> parts) {
    }

    /** Writes the sentences; deterministic, so that a second writer racing the first writes equal ones. */
    private final Supplier<Explanation> source;
    private volatile Content content;

    /**
     * Obtains an explanation from its parts, checking and copying them.
     *
     * @param summary the one-line summary, not null
     * @param details the facts that decided it, such as counts, ties and the policy applied, not null
     * @param parts the explanations of the result's parts, such as one per row, not null
     */
    public Explanation(String summary, List<String> details, List<Explanation> parts) {
        Objects.requireNonNull(summary, "summary");
        this.content = new Content(summary, Arguments.copyOf(details, "details"), Arguments.copyOf(parts, "parts"));
        this.source = null;
    }

    private Explanation(Supplier<Explanation> source) {
        this.source = source;
    }

    /**
     * Obtains an explanation with no parts.
     *
     * @param summary the summary, not null
     * @param details the detail lines
     * @return the explanation
     */
    public static Explanation of(String summary, String... details) {
        return new Explanation(summary, Arguments.copyOf("details", details), List.of());
    }

    /**
     * Obtains an explanation written on first use by a deterministic source, which must not fail.
     *
     * @param source writes the explanation; may run more than once under contention, with equal results
     * @return the explanation
     */
    static Explanation lazy(Supplier<Explanation> source) {
        return new Explanation(Objects.requireNonNull(source, "source"));
    }

    private Content content() {
        Content written = content;
        if (written == null) {
            written = source.get().content();
            content = written;
        }
        return written;
    }

    /**
     * Returns the one-line summary.
     *
     * @return the summary
     */
    public String summary() {
        return content().summary();
    }

    /**
     * Returns the facts that decided it, such as counts, ties and the policy applied.
     *
     * @return the detail lines, unmodifiable
     */
    public List<String> details() {
        return content().details();
    }

    /**
     * Returns the explanations of the result's parts, such as one per row.
     *
     * @return the parts, unmodifiable
     */
    public List<Explanation> parts() {
        return content().parts();
    }

    /**
     * Renders the explanation as indented plain text, one line per summary or detail line.
     *
     * @return the text, ending with a line break
     */
    public String toText() {
        StringBuilder text = new StringBuilder();
        render(text, "");
        return text.toString();
    }

    private void render(StringBuilder text, String indent) {
        Content written = content();
        text.append(indent).append(written.summary()).append('\n');
        for (String line : written.details()) {
            text.append(indent).append("  - ").append(line).append('\n');
        }
        for (Explanation part : written.parts()) {
            part.render(text, indent + "  ");
        }
    }

    /**
     * Checks if another object is an explanation with the same summary, details and parts.
     */
    @Override
    public boolean equals(Object other) {
        return other == this || other instanceof Explanation that && content().equals(that.content());
    }

    @Override
    public int hashCode() {
        return content().hashCode();
    }

    /**
     * Returns the plain-text rendering.
     */
    @Override
    public String toString() {
        return toText();
    }
}
