package org.engagementrubrics.core.report;

import java.util.Locale;

import org.engagementrubrics.core.report.Html.Attr;
import org.engagementrubrics.core.report.Html.Tag;
import org.engagementrubrics.core.scoring.Explanation;
import org.engagementrubrics.core.scoring.Message;

/**
 * The library's own explanation of a result, in the report's language, as nested lists: the summary, then its
 * detail lines and its parts one level in. The team sees it under each result; a family report leaves it out,
 * since its lines name counts per rater and per row rather than what families said.
 *
 * <p>This class holds no state.
 */
final class ExplanationList {

    private ExplanationList() {
    }

    static void write(Page page, Explanation explanation) {
        page.heading(Tag.H3, page.text("explanation.heading"));
        Html html = page.html();
        html.open(Tag.UL).attr(Attr.CLASS, "explanation");
        item(html, explanation, page.messages().locale());
        html.close();
    }

    private static void item(Html html, Explanation explanation, Locale locale) {
        html.open(Tag.LI).text(explanation.summaryMessage().text(locale));
        if (!explanation.detailMessages().isEmpty() || !explanation.parts().isEmpty()) {
            html.open(Tag.UL);
            for (Message detail : explanation.detailMessages()) {
                html.element(Tag.LI, detail.text(locale));
            }
            for (Explanation part : explanation.parts()) {
                item(html, part, locale);
            }
            html.close();
        }
        html.close();
    }
}
