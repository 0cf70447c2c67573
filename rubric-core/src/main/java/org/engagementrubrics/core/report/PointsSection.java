package org.engagementrubrics.core.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.engagementrubrics.core.LocalizedText;
import org.engagementrubrics.core.points.Criterion;
import org.engagementrubrics.core.points.PointsRubric;
import org.engagementrubrics.core.scoring.CriterionPoints;
import org.engagementrubrics.core.scoring.PointsResult;

/** The section of a points rubric's result: the total, then each criterion's share of its points as bars and a table. */
final class PointsSection {

    private PointsSection() {
    }

    static void write(Page page, PointsRubric instrument, PointsResult result) {
        Messages messages = page.messages();
        page.paragraph(result.percent().isPresent()
                ? page.text("points.total", decimal(messages, result.total()), decimal(messages, result.possible()),
                        messages.percent(result.percent().get().doubleValue() / 100))
                : page.text("points.noTotal"));
        List<Charts.Bar> bars = new ArrayList<>();
        for (CriterionPoints criterion : result.criteria()) {
            Double share = share(criterion);
            bars.add(new Charts.Bar(title(instrument, criterion.criterionId()).text(messages.locale()), share,
                    share == null ? page.text("none") : messages.percent(share),
                    page.text("n", messages.count(criterion.applicable()))));
        }
        Charts.bars(page.html(), page.id("points"), page.text("points.title"), page.text("points.desc"), bars, null,
                "");
        page.tableStart(page.text("points.caption"), page.text("points.criterion"), page.text("points.rated"),
                page.text("points.notRated"), page.text("points.notApplicable"), page.text("points.earned"),
                page.text("points.possible"), page.text("points.weight"), page.text("share"));
        for (CriterionPoints criterion : result.criteria()) {
            page.rowStart(title(instrument, criterion.criterionId()));
            page.count(criterion.rated());
            page.count(criterion.notRated());
            page.count(criterion.notApplicable());
            number(page, criterion.earned());
            number(page, criterion.possible());
            number(page, criterion.weight());
            page.share(share(criterion));
            page.rowEnd();
        }
        page.tableEnd();
    }

    /** Earned over possible, unweighted, or null when the criterion applied to no response. */
    private static Double share(CriterionPoints criterion) {
        return criterion.possible().signum() == 0 ? null
                : criterion.earned().doubleValue() / criterion.possible().doubleValue();
    }

    private static LocalizedText title(PointsRubric instrument, String criterionId) {
        for (Criterion criterion : instrument.criteria()) {
            if (criterion.id().equals(criterionId)) {
                return criterion.title();
            }
        }
        return LocalizedText.of(criterionId);
    }

    private static void number(Page page, BigDecimal value) {
        page.figure(decimal(page.messages(), value), value.doubleValue());
    }

    private static String decimal(Messages messages, BigDecimal value) {
        return messages.decimal(value.doubleValue());
    }
}
