package org.engagementrubrics.core.scoring;

import java.util.List;
import java.util.Objects;
import org.engagementrubrics.core.internal.Arguments;

/**
 * Why a result is what it is: a one-line summary, the evidence lines behind it, and the explanations of
 * its parts, renderable as plain text a teacher understands.
 *
 * <pre>{@code
 * String text = result.explanation().toText();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param summary the one-line summary, not null
 * @param evidence the facts that decided it, such as counts, ties and the policy applied, not null
 * @param parts the explanations of the result's parts, such as one per row, not null
 */
public record Explanation(String summary, List<String> evidence, List<Explanation> parts) {

    /**
     * Checks and copies the components.
     */
    public Explanation {
        Objects.requireNonNull(summary, "summary");
        evidence = Arguments.copyOf(evidence, "evidence");
        parts = Arguments.copyOf(parts, "parts");
    }

    /**
     * Obtains an explanation with no parts.
     *
     * @param summary the summary, not null
     * @param evidence the evidence lines
     * @return the explanation
     */
    public static Explanation of(String summary, String... evidence) {
        return new Explanation(summary, Arguments.copyOf("evidence", evidence), List.of());
    }

    /**
     * Renders the explanation as indented plain text, one line per summary or evidence line.
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
        for (String line : evidence) {
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
