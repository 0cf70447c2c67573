package org.engagementrubrics.core.scoring;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import org.engagementrubrics.core.internal.Arguments;

/**
 * Why a result is what it is: a one-line summary, the detail lines behind it, and the explanations of
 * its parts, renderable as plain text a teacher understands, in English or in another locale the library's
 * explanation bundle has (Spanish).
 *
 * <pre>{@code
 * String text = result.explanation().toText();
 * String spanish = result.explanation().toText(Locale.forLanguageTag("es"));
 * }</pre>
 *
 * <p>Each line is a {@link Message}; {@link #summary()}, {@link #details()} and {@link #toText()} are the
 * English text, {@link #toText(Locale)} renders every line in the locale. Instrument text in a line stays as
 * the instrument gives it.
 *
 * <p>The scorers make their explanations lazily: the sentences are written the first time any of them is
 * asked for ({@link #summary()}, {@link #details()}, {@link #parts()}, {@code equals}, {@code hashCode},
 * {@code toString}), from facts the result already holds, and then kept. Equality, hash code and text are
 * those of the sentences, however the explanation was made.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Explanation {

    /** The lines, once written, with their English text. */
    private record Content(Message summary, List<Message> details, List<Explanation> parts, String summaryText,
            List<String> detailTexts) {

        static Content of(Message summary, List<Message> details, List<Explanation> parts) {
            return new Content(summary, details, parts, summary.toString(),
                    details.stream().map(Message::toString).toList());
        }
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
        this.content = Content.of(Message.text(summary),
                Arguments.copyOf(details, "details").stream().map(Message::text).toList(),
                Arguments.copyOf(parts, "parts"));
        this.source = null;
    }

    private Explanation(Message summary, List<Message> details, List<Explanation> parts) {
        this.content = Content.of(summary, details, parts);
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
     * Obtains an explanation from its lines as messages, checking and copying them.
     *
     * @param summary the one-line summary, not null
     * @param details the facts that decided it, not null
     * @param parts the explanations of the result's parts, not null
     * @return the explanation
     */
    public static Explanation of(Message summary, List<Message> details, List<Explanation> parts) {
        return new Explanation(Objects.requireNonNull(summary, "summary"), Arguments.copyOf(details, "details"),
                Arguments.copyOf(parts, "parts"));
    }

    /**
     * Obtains an explanation from its lines as messages, with no parts.
     *
     * @param summary the one-line summary, not null
     * @param details the facts that decided it
     * @return the explanation
     */
    public static Explanation of(Message summary, Message... details) {
        return of(summary, Arguments.copyOf("details", details), List.of());
    }

    /**
     * Returns a copy with other parts, the summary and details unchanged.
     *
     * @param parts the explanations of the result's parts, not null
     * @return the explanation
     */
    public Explanation withParts(List<Explanation> parts) {
        Content written = content();
        return new Explanation(written.summary(), written.details(), Arguments.copyOf(parts, "parts"));
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
        return content().summaryText();
    }

    /**
     * Returns the one-line summary as a message.
     *
     * @return the summary
     */
    public Message summaryMessage() {
        return content().summary();
    }

    /**
     * Returns the facts that decided it, such as counts, ties and the policy applied.
     *
     * @return the detail lines, unmodifiable
     */
    public List<String> details() {
        return content().detailTexts();
    }

    /**
     * Returns the detail lines as messages.
     *
     * @return the details, unmodifiable
     */
    public List<Message> detailMessages() {
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
        render(text, "", null);
        return text.toString();
    }

    /**
     * Renders the explanation as indented plain text in a locale, one line per summary or detail line; in
     * English it equals {@link #toText()}.
     *
     * @param locale the locale, not null
     * @return the text, ending with a line break
     */
    public String toText(Locale locale) {
        StringBuilder text = new StringBuilder();
        render(text, "", Objects.requireNonNull(locale, "locale"));
        return text.toString();
    }

    private void render(StringBuilder text, String indent, Locale locale) {
        Content written = content();
        text.append(indent).append(locale == null ? written.summaryText() : written.summary().text(locale)).append('\n');
        for (int i = 0; i < written.details().size(); i++) {
            text.append(indent).append("  - ").append(locale == null ? written.detailTexts().get(i)
                    : written.details().get(i).text(locale)).append('\n');
        }
        for (Explanation part : written.parts()) {
            part.render(text, indent + "  ", locale);
        }
    }

    /**
     * Checks if another object is an explanation with the same summary, details and parts.
     */
    @Override
    public boolean equals(Object other) {
        if (other == this) {
            return true;
        }
        if (!(other instanceof Explanation)) {
            return false;
        }
        Content mine = content();
        Content theirs = ((Explanation) other).content();
        return mine.summaryText().equals(theirs.summaryText()) && mine.detailTexts().equals(theirs.detailTexts())
                && mine.parts().equals(theirs.parts());
    }

    @Override
    public int hashCode() {
        Content written = content();
        return Objects.hash(written.summaryText(), written.detailTexts(), written.parts());
    }

    /**
     * Returns the plain-text rendering.
     */
    @Override
    public String toString() {
        return toText();
    }
}
