package org.engagementrubrics.core.report;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Objects;

/**
 * An HTML writer in which unescaped output cannot be written: element and attribute names are enum constants
 * chosen by this package, every text and attribute value is escaped, the only URL-valued attribute takes
 * fragment links only (so {@code javascript:} and every network address are refused), and the one block of
 * markup not built from elements, the stylesheet, is a constant of this class. There is no method taking raw
 * markup, so no text of an instrument or a response can become markup.
 *
 * <p>Not thread-safe: one writer per report.
 */
final class Html {

    /** The elements a report uses. */
    enum Tag {
        HTML, HEAD, META, TITLE, STYLE, BODY, HEADER, MAIN, FOOTER, SECTION, H1, H2, H3, P, SPAN, STRONG, DIV, UL, LI,
        TABLE, CAPTION, THEAD, TBODY, TR, TH, TD, A, FIGURE, SVG, G, RECT, LINE, TEXT, DESC, SVG_TITLE;

        String tagName() {
            return this == SVG_TITLE ? "title" : name().toLowerCase(Locale.ROOT);
        }

        boolean isVoid() {
            return this == META;
        }
    }

    /** The attributes a report uses; none of them is an event handler or takes a script. */
    enum Attr {
        LANG, CHARSET, NAME, CONTENT, ID, CLASS, SCOPE, ROLE, ARIA_LABELLEDBY, ARIA_HIDDEN, ARIA_LABEL, HREF, VIEWBOX,
        WIDTH, HEIGHT, X, Y, X1, X2, Y1, Y2, TEXT_ANCHOR, FOCUSABLE, DATA_VALUE, DATA_KIND, COLSPAN;

        String attributeName() {
            switch (this) {
                case ARIA_LABELLEDBY:
                    return "aria-labelledby";
                case ARIA_HIDDEN:
                    return "aria-hidden";
                case ARIA_LABEL:
                    return "aria-label";
                case VIEWBOX:
                    return "viewBox";
                case TEXT_ANCHOR:
                    return "text-anchor";
                case DATA_VALUE:
                    return "data-value";
                case DATA_KIND:
                    return "data-kind";
                default:
                    return name().toLowerCase(Locale.ROOT);
            }
        }
    }

    /**
     * Inline CSS: the page box takes the printer's paper (A4 or Letter, both tested) with fixed margins,
     * no chart or table split across pages, each section on a new page when printed, and colours that pass
     * WCAG AA contrast. Marks never rely on colour alone: best fits carry a symbol and words.
     */
    private static final String STYLESHEET = String.join("\n",
            "@page { size: auto; margin: 15mm; }",
            "@media print { .report-section { break-before: page; } .report-section:first-of-type "
                    + "{ break-before: auto; } }",
            ".block, figure, table, svg { break-inside: avoid; page-break-inside: avoid; }",
            "html { font-family: system-ui, 'DejaVu Sans', sans-serif; color: #1a1a1a; background: #fff; "
                    + "line-height: 1.45; }",
            "body { margin: 0 auto; max-width: 60rem; padding: 1rem; }",
            "h1 { font-size: 1.6rem; } h2 { font-size: 1.3rem; border-bottom: 2px solid #1f4e79; } "
                    + "h3 { font-size: 1.1rem; }",
            "table { border-collapse: collapse; margin: .5rem 0 1rem; width: 100%; }",
            "caption { text-align: left; font-weight: 600; padding: .25rem 0; }",
            "th, td { border: 1px solid #767676; padding: .25rem .4rem; text-align: left; vertical-align: top; }",
            "td.num { text-align: right; }",
            "td.best { background: #dcebf7; font-weight: 700; }",
            ".withheld { font-style: italic; }",
            "figure { margin: .5rem 0; } svg { width: 100%; height: auto; max-width: 48rem; }",
            ".bar { fill: #1f4e79; } .goal { stroke: #8b1a1a; stroke-width: 2; stroke-dasharray: 6 3; }",
            ".rung { fill: #eeeeee; stroke: #555555; } .rung-on { fill: #1f4e79; stroke: #1f4e79; }",
            ".axis { stroke: #555555; } svg text { font-size: 12px; fill: #1a1a1a; } "
                    + "svg text.on-bar { fill: #ffffff; }",
            ".note { color: #404040; font-size: .95rem; }",
            ".table-wrap { overflow-x: auto; }",
            "@media (max-width: 480px) { body { padding: .5rem; } th, td { padding: .2rem; font-size: .85rem; } }");

    private final StringBuilder out = new StringBuilder(16_384);
    private final Deque<Tag> open = new ArrayDeque<>();
    private boolean tagPending;

    /**
     * Writes the document type.
     *
     * @return this writer
     */
    Html doctype() {
        out.append("<!DOCTYPE html>\n");
        return this;
    }

    /**
     * Opens an element; attributes may follow until the first content or the next element.
     *
     * @param tag the element
     * @return this writer
     */
    Html open(Tag tag) {
        endStartTag();
        out.append('<').append(tag.tagName());
        tagPending = true;
        if (!tag.isVoid()) {
            open.push(tag);
        }
        return this;
    }

    /**
     * Adds an attribute to the element just opened, its value escaped.
     *
     * @param attr the attribute
     * @param value the value, any text
     * @return this writer
     * @throws IllegalStateException if no element was just opened
     * @throws IllegalArgumentException if {@code href} is not a fragment link
     */
    Html attr(Attr attr, String value) {
        Objects.requireNonNull(value, "value");
        if (!tagPending) {
            throw new IllegalStateException("attribute " + attr.attributeName() + " outside a start tag");
        }
        if (attr == Attr.HREF && !isFragment(value)) {
            throw new IllegalArgumentException("href: only links within the report (#id) are allowed; was '"
                    + value + "'");
        }
        out.append(' ').append(attr.attributeName()).append("=\"");
        escape(value);
        out.append('"');
        return this;
    }

    /**
     * Adds a numeric attribute, written the same way in every locale.
     *
     * @param attr the attribute
     * @param value the value
     * @return this writer
     */
    Html attr(Attr attr, double value) {
        return attr(attr, number(value));
    }

    /**
     * Writes text, escaped.
     *
     * @param text any text
     * @return this writer
     */
    Html text(String text) {
        endStartTag();
        escape(Objects.requireNonNull(text, "text"));
        return this;
    }

    /**
     * Closes the innermost open element.
     *
     * @return this writer
     */
    Html close() {
        endStartTag();
        Tag tag = open.pop();
        out.append("</").append(tag.tagName()).append('>');
        if (tag != Tag.SPAN && tag != Tag.STRONG && tag != Tag.A && tag != Tag.TEXT) {
            out.append('\n');
        }
        return this;
    }

    /**
     * Writes an element holding only text.
     *
     * @param tag the element
     * @param text its text, escaped
     * @return this writer
     */
    Html element(Tag tag, String text) {
        return open(tag).text(text).close();
    }

    /**
     * Writes the report's stylesheet, a constant of this class.
     *
     * @return this writer
     */
    Html stylesheet() {
        open(Tag.STYLE);
        endStartTag();
        out.append('\n').append(STYLESHEET).append('\n');
        return close();
    }

    /**
     * Returns the document.
     *
     * @return the markup
     * @throws IllegalStateException if an element is still open
     */
    String finish() {
        endStartTag();
        if (!open.isEmpty()) {
            throw new IllegalStateException("elements left open: " + open);
        }
        return out.toString();
    }

    /**
     * Formats a number for an attribute: locale-independent, no exponent, at most four decimals.
     *
     * @param value the number
     * @return the text
     */
    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return new java.math.BigDecimal(value).setScale(4, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros()
                .toPlainString();
    }

    private static boolean isFragment(String value) {
        if (value.length() < 2 || value.charAt(0) != '#') {
            return false;
        }
        for (int i = 1; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!(Character.isLetterOrDigit(c) && c < 128 || c == '-' || c == '_')) {
                return false;
            }
        }
        return true;
    }

    private void endStartTag() {
        if (tagPending) {
            out.append('>');
            tagPending = false;
        }
    }

    /** Escapes markup characters and replaces characters HTML does not allow (controls, lone surrogates). */
    private void escape(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&':
                    out.append("&amp;");
                    break;
                case '<':
                    out.append("&lt;");
                    break;
                case '>':
                    out.append("&gt;");
                    break;
                case '"':
                    out.append("&quot;");
                    break;
                case '\'':
                    out.append("&#39;");
                    break;
                default:
                    if (Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else if (Character.isSurrogate(c) || c < 0x20 && c != '\n' && c != '\t' || c == 0x7f
                            || c >= 0x80 && c < 0xa0) {
                        out.append('\ufffd');
                    } else {
                        out.append(c);
                    }
            }
        }
    }
}
