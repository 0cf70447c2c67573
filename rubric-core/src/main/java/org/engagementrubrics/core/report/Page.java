package org.engagementrubrics.core.report;

import java.util.HashMap;
import java.util.Map;

import org.engagementrubrics.core.LocalizedText;
import org.engagementrubrics.core.report.Html.Attr;
import org.engagementrubrics.core.report.Html.Tag;

/**
 * The report being written: the writer, the messages of its locale, its audience and the ids handed out, with
 * the few shapes every section uses (headings, paragraphs, data tables).
 *
 * <p>Not thread-safe: one page per rendering.
 */
final class Page {

    private final Html html = new Html();
    private final Messages messages;
    private final Audience audience;
    private int ids;
    private final Map<String, Integer> headings = new HashMap<>();

    Page(Messages messages, Audience audience) {
        this.messages = messages;
        this.audience = audience;
    }

    Html html() {
        return html;
    }

    Messages messages() {
        return messages;
    }

    boolean team() {
        return audience == Audience.TEAM;
    }

    /**
     * Returns a new id, unique in the report and the same on every rendering of the same report.
     *
     * @param prefix what the id names
     * @return the id
     */
    String id(String prefix) {
        return prefix + "-" + (++ids);
    }

    /**
     * Counts a section heading, so that a second section of the same kind on the same instrument is numbered.
     *
     * @param key the kind and the instrument
     * @return how many sections had the key, this one included
     */
    int countHeading(String key) {
        return headings.merge(key, 1, Integer::sum);
    }

    int lastId() {
        return ids;
    }

    String text(String key, Object... args) {
        return messages.get(key, args);
    }

    void heading(Tag level, String text) {
        html.element(level, text);
    }

    void heading(Tag level, LocalizedText text) {
        html.open(level);
        messages.write(html, text);
        html.close();
    }

    void paragraph(String text) {
        html.element(Tag.P, text);
    }

    void note(String text) {
        html.open(Tag.P).attr(Attr.CLASS, "note").text(text).close();
    }

    /**
     * Opens a data table with its caption and column headers; the first column holds row headers.
     *
     * @param caption the caption
     * @param columns the column headers: chrome as {@code String}s, instrument text as {@code LocalizedText}s
     */
    void tableStart(String caption, Object... columns) {
        html.open(Tag.DIV).attr(Attr.CLASS, "table-wrap block");
        html.open(Tag.TABLE).element(Tag.CAPTION, caption).open(Tag.THEAD).open(Tag.TR);
        for (Object column : columns) {
            html.open(Tag.TH).attr(Attr.SCOPE, "col");
            if (column instanceof LocalizedText) {
                messages.write(html, (LocalizedText) column);
            } else {
                html.text((String) column);
            }
            html.close();
        }
        html.close().close().open(Tag.TBODY);
    }

    void tableEnd() {
        html.close().close().close();
    }

    void rowStart(String header) {
        html.open(Tag.TR).open(Tag.TH).attr(Attr.SCOPE, "row").text(header).close();
    }

    void rowStart(LocalizedText header) {
        html.open(Tag.TR).open(Tag.TH).attr(Attr.SCOPE, "row");
        messages.write(html, header);
        html.close();
    }

    void rowEnd() {
        html.close();
    }

    /**
     * Writes a cell with a figure: the text as the locale writes it, and the figure itself in
     * {@code data-value}, the same in every locale, for checks and for machines.
     *
     * @param text the figure as shown
     * @param value the figure, or null when there is none
     */
    void figure(String text, Double value) {
        html.open(Tag.TD).attr(Attr.CLASS, "num");
        if (value != null) {
            html.attr(Attr.DATA_VALUE, value);
        }
        html.text(text).close();
    }

    void count(long value) {
        figure(messages.count(value), (double) value);
    }

    void share(Double share) {
        if (share == null) {
            figure(text("none"), null);
        } else {
            figure(messages.percent(share), share);
        }
    }

    void cell(String text) {
        html.element(Tag.TD, text);
    }

    void withheldCell(String reason) {
        html.open(Tag.TD).attr(Attr.CLASS, "withheld").attr(Attr.DATA_VALUE, "withheld").text(reason).close();
    }
}
