package org.engagementrubrics.core.scoring;

import java.util.List;
import java.util.Objects;
import org.engagementrubrics.core.internal.Arguments;

/**
 * Why a result is what it is: a one-line summary, the detail lines behind it, and the explanations of
 * its parts, renderable as plain text a teacher understands.
 *
 * <pre>{@code
 * String text = result.explanation().toText();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param summary the one-line summary, not null
 * @param details the facts that decided it, such as counts, ties and the policy applied, not null
 * @param parts the explanations of the result's parts, such as one per row, not null
 */
public record Explanation(String summary, List<String> details, List<Explanation> parts) {

    /**
     * Checks and copies the components.
     */
    public Explanation {
        Objects.requireNonNull(summary, "summary");
        details = Arguments.copyOf(details, "details");
        parts = Arguments.copyOf(parts, "parts");
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
        text.append(indent).append(summary).append('\n');
        for (String line : details) {
            text.append(indent).append("  - ").append(line).append('\n');
        }
        for (Explanation part : parts) {
            part.render(text, indent + "  ");
        }
    }

    /**
     * Returns the plain-text rendering.
     */
    @Override
    public String toString() {
        return toText();
    }
}
