package org.engagementrubrics.core.report;

import java.util.List;

import org.engagementrubrics.core.report.Html.Attr;
import org.engagementrubrics.core.report.Html.Tag;

/**
 * Inline SVG charts: each one an image with a title and a description that say what it shows, drawn on a fixed
 * coordinate system so that the same figures give the same bytes. Every chart is followed by a data table
 * written by its section.
 *
 * <p>This class holds no state.
 */
final class Charts {

    private static final int WIDTH = 640;
    private static final int LABEL_ROW = 16;
    private static final int BAR_ROW = 22;
    private static final int ROW = LABEL_ROW + BAR_ROW + 8;
    private static final int BAR_LEFT = 4;
    private static final int BAR_WIDTH = 500;

    private Charts() {
    }

    /**
     * One bar: a label, a share from 0 to 1 (or none, when the figure is withheld or undefined), the share as
     * the locale writes it and a note such as the number of responses.
     *
     * @param label the short label above the bar
     * @param share the share, or null for no bar
     * @param valueText the value as shown
     * @param note the note after the value, such as "n = 12"
     */
    record Bar(String label, Double share, String valueText, String note) {
    }

    /**
     * Writes a horizontal bar chart.
     *
     * @param html the writer
     * @param id the chart's id, unique in the report
     * @param title the chart's title, its short text alternative
     * @param description what the chart shows, in words
     * @param bars the bars
     * @param goal the goal line as a share, or null for none
     * @param goalLabel the goal line's label, used when there is a goal
     */
    static void bars(Html html, String id, String title, String description, List<Bar> bars, Double goal,
            String goalLabel) {
        int height = bars.size() * ROW + (goal != null ? 24 : 8);
        start(html, id, title, description, height);
        int y = 4;
        for (Bar bar : bars) {
            html.open(Tag.TEXT).attr(Attr.X, BAR_LEFT).attr(Attr.Y, y + 12).text(bar.label()).close();
            int barTop = y + LABEL_ROW;
            html.open(Tag.RECT).attr(Attr.CLASS, "rung").attr(Attr.X, BAR_LEFT).attr(Attr.Y, barTop)
                    .attr(Attr.WIDTH, BAR_WIDTH).attr(Attr.HEIGHT, BAR_ROW - 4).close();
            double length = 0;
            if (bar.share() != null) {
                length = Math.max(0, Math.min(1, bar.share())) * BAR_WIDTH;
                html.open(Tag.RECT).attr(Attr.CLASS, "bar").attr(Attr.X, BAR_LEFT).attr(Attr.Y, barTop)
                        .attr(Attr.WIDTH, length).attr(Attr.HEIGHT, BAR_ROW - 4).close();
            }
            html.open(Tag.TEXT).attr(Attr.X, BAR_LEFT + BAR_WIDTH + 6).attr(Attr.Y, barTop + 13)
                    .text(bar.valueText()).close();
            if (!bar.note().isEmpty()) {
                html.open(Tag.TEXT).attr(Attr.X, BAR_LEFT + 6).attr(Attr.Y, barTop + 13)
                        .attr(Attr.CLASS, length > 90 ? "on-bar" : "").text(bar.note()).close();
            }
            y += ROW;
        }
        if (goal != null) {
            double x = BAR_LEFT + Math.max(0, Math.min(1, goal)) * BAR_WIDTH;
            html.open(Tag.LINE).attr(Attr.CLASS, "goal").attr(Attr.X1, x).attr(Attr.X2, x).attr(Attr.Y1, 2)
                    .attr(Attr.Y2, y).close();
            html.open(Tag.TEXT).attr(Attr.X, Math.min(x, BAR_LEFT + BAR_WIDTH - 4)).attr(Attr.Y, y + 14)
                    .attr(Attr.TEXT_ANCHOR, "end").text(goalLabel).close();
        }
        end(html);
    }

    /**
     * One ladder: a row of the instrument and the index of the stage it was placed on, or -1.
     *
     * @param label the short label under the ladder
     * @param placed the index of the stage placed, from the lowest, or -1 for none
     */
    record Ladder(String label, int placed) {
    }

    /**
     * Writes ladders side by side, one per standard, the lowest stage at the bottom; the rung placed on is
     * filled and marked with a check, so that it is not shown by colour alone.
     *
     * @param html the writer
     * @param id the chart's id
     * @param title the title
     * @param description what the chart shows, in words
     * @param stages the stage labels, lowest first
     * @param ladders the ladders
     */
    static void ladders(Html html, String id, String title, String description, List<String> stages,
            List<Ladder> ladders) {
        int rung = 26;
        int left = 150;
        int columnWidth = Math.max(40, Math.min(90, (WIDTH - left) / Math.max(1, ladders.size())));
        int height = stages.size() * rung + 30;
        start(html, id, title, description, height);
        for (int s = 0; s < stages.size(); s++) {
            int y = (stages.size() - 1 - s) * rung + 4;
            html.open(Tag.TEXT).attr(Attr.X, 4).attr(Attr.Y, y + 16).text(stages.get(s)).close();
        }
        for (int l = 0; l < ladders.size(); l++) {
            Ladder ladder = ladders.get(l);
            int x = left + l * columnWidth;
            for (int s = 0; s < stages.size(); s++) {
                int y = (stages.size() - 1 - s) * rung + 4;
                boolean on = s == ladder.placed();
                html.open(Tag.RECT).attr(Attr.CLASS, on ? "rung-on" : "rung").attr(Attr.X, x).attr(Attr.Y, y)
                        .attr(Attr.WIDTH, columnWidth - 10).attr(Attr.HEIGHT, rung - 6).close();
                if (on) {
                    html.open(Tag.TEXT).attr(Attr.CLASS, "on-bar").attr(Attr.X, x + (columnWidth - 10) / 2.0)
                            .attr(Attr.Y, y + 15).attr(Attr.TEXT_ANCHOR, "middle").text("\u2713").close();
                }
            }
            html.open(Tag.TEXT).attr(Attr.X, x + (columnWidth - 10) / 2.0).attr(Attr.Y, height - 8)
                    .attr(Attr.TEXT_ANCHOR, "middle").text(ladder.label()).close();
        }
        end(html);
    }

    private static void start(Html html, String id, String title, String description, int height) {
        html.open(Tag.FIGURE).attr(Attr.CLASS, "block");
        html.open(Tag.SVG).attr(Attr.ROLE, "img")
                .attr(Attr.ARIA_LABELLEDBY, id + "-title " + id + "-desc").attr(Attr.FOCUSABLE, "false")
                .attr(Attr.VIEWBOX, "0 0 " + WIDTH + " " + height).attr(Attr.ID, id);
        html.open(Tag.SVG_TITLE).attr(Attr.ID, id + "-title").text(title).close();
        html.open(Tag.DESC).attr(Attr.ID, id + "-desc").text(description).close();
    }

    private static void end(Html html) {
        html.close().close();
    }
}
