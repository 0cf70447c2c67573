package org.engagementrubrics.core.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.core.privacy.SmallCellRule;
import org.engagementrubrics.core.report.Html.Attr;
import org.engagementrubrics.core.report.Html.Tag;

/**
 * Renders a report as one self-contained HTML file: inline CSS and SVG, no script, no link to anything
 * outside the file, for a team or for families, in English or Spanish.
 *
 * <pre>{@code
 * String html = ReportRenderer.of(Audience.TEAM, Locale.ENGLISH).render(report);
 * ReportRenderer.of(Audience.FAMILY, Locale.forLanguageTag("es")).write(report, Path.of("familias.html"));
 * }</pre>
 *
 * <p>Every text of an instrument or a response is escaped by construction: the writer behind the renderer has
 * no way to write markup given as a string. Instrument text is shown in the report's language where the
 * instrument has it, else in the instrument's default language inside an element marked with that language,
 * never machine-translated. The same report gives the same bytes.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReportRenderer {

    /** The languages the message bundles hold. */
    public static final Set<String> LANGUAGES = Set.of("en", "es");

    private final Audience audience;
    private final Locale locale;
    private final SmallCellRule rule;

    private ReportRenderer(Audience audience, Locale locale, SmallCellRule rule) {
        this.audience = audience;
        this.locale = locale;
        this.rule = rule;
    }

    /**
     * Obtains a renderer for an audience and a language, withholding families' figures of fewer than
     * {@link SmallCellRule#DEFAULT_MINIMUM} responses in family reports.
     *
     * @param audience whom the report is for, not null
     * @param locale the report's language, English or Spanish (a region such as {@code es-MX} formats numbers
     *     and dates for that region), not null
     * @return the renderer
     * @throws IllegalArgumentException if the language has no message bundle
     */
    public static ReportRenderer of(Audience audience, Locale locale) {
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(locale, "locale");
        if (!LANGUAGES.contains(locale.getLanguage())) {
            throw new IllegalArgumentException("locale '" + locale.toLanguageTag() + "': reports are written in "
                    + "en or es");
        }
        return new ReportRenderer(audience, locale, SmallCellRule.defaults());
    }

    /**
     * Returns a copy that withholds, in family reports, survey figures of fewer respondents than the rule's
     * minimum. Team reports show every figure; coverage keeps the rule it was computed with.
     *
     * @param rule the rule, not {@link SmallCellRule#off()}
     * @return a renderer with the rule, {@code this} if nothing changes
     * @throws IllegalArgumentException if the rule is off: family reports always withhold small groups
     */
    public ReportRenderer withSmallCellRule(SmallCellRule rule) {
        Objects.requireNonNull(rule, "rule");
        if (rule.isOff()) {
            throw new IllegalArgumentException("rule: a family report always withholds small groups; was off");
        }
        return rule.equals(this.rule) ? this : new ReportRenderer(audience, locale, rule);
    }

    /**
     * Renders a report.
     *
     * @param report the report, not null
     * @return the HTML document
     * @throws IllegalArgumentException if a family report is given coverage computed with suppression off
     */
    public String render(Report report) {
        Objects.requireNonNull(report, "report");
        Page page = new Page(Messages.of(locale), audience);
        Html html = page.html();
        String kind = audience == Audience.TEAM ? "team" : "family";
        html.doctype().open(Tag.HTML).attr(Attr.LANG, locale.toLanguageTag());
        html.open(Tag.HEAD).open(Tag.META).attr(Attr.CHARSET, "utf-8");
        html.open(Tag.META).attr(Attr.NAME, "viewport").attr(Attr.CONTENT, "width=device-width, initial-scale=1");
        html.element(Tag.TITLE, page.text("title." + kind));
        html.stylesheet().close();
        html.open(Tag.BODY).open(Tag.HEADER);
        html.element(Tag.H1, page.text("title." + kind));
        page.paragraph(page.text("date", page.messages().date(report.date())));
        page.note(page.text("intro." + kind));
        html.close().open(Tag.MAIN);
        List<Instrument> instruments = new ArrayList<>();
        for (ReportSection section : report.sections()) {
            instruments.add(section.instrument());
            if (audience == Audience.FAMILY && section instanceof ReportSection.Agreement) {
                continue; // rater-level statistics: for the team only
            }
            section(page, section);
        }
        if (audience == Audience.FAMILY) {
            html.open(Tag.SECTION).attr(Attr.CLASS, "report-section");
            ContextSections.nextSteps(page, instruments);
            html.close();
        }
        html.close().open(Tag.FOOTER);
        page.note(page.text("footer"));
        html.close().close().close();
        return html.finish();
    }

    /**
     * Renders a report into a file, as UTF-8.
     *
     * @param report the report, not null
     * @param file the file, replaced if it exists, not null
     * @throws UncheckedIOException if the file cannot be written
     */
    public void write(Report report, Path file) {
        Objects.requireNonNull(file, "file");
        String document = render(report);
        try {
            Files.writeString(file, document, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report to " + file + ": " + e.getMessage(), e);
        }
    }

    private void section(Page page, ReportSection section) {
        Html html = page.html();
        html.open(Tag.SECTION).attr(Attr.CLASS, "report-section").attr(Attr.ARIA_LABELLEDBY,
                page.id("section"));
        // the kind of section, then the instrument: sections on one instrument keep distinct names
        String kind = section instanceof ReportSection.Coverage ? "coverage.heading"
                : section instanceof ReportSection.Agreement ? "agreement.heading"
                : section instanceof ReportSection.Change ? "change.heading" : null;
        html.open(Tag.H2).attr(Attr.ID, "section-" + page.lastId());
        if (kind != null) {
            html.text(page.text(kind) + ": ");
        }
        page.messages().write(html, section.instrument().title());
        int seen = page.countHeading(kind + "/" + section.instrument().id());
        if (seen > 1) {
            html.text(" (" + page.messages().count(seen) + ")");
        }
        html.close();
        if (section instanceof ReportSection.Scored) {
            ReportSection.Scored scored = (ReportSection.Scored) section;
            ScoreSections.write(page, scored.instrument(), scored.result(), rule);
            if (page.team()) {
                ExplanationList.write(page, scored.result().explanation());
            }
        } else if (section instanceof ReportSection.Coverage) {
            ReportSection.Coverage coverage = (ReportSection.Coverage) section;
            if (audience == Audience.FAMILY && coverage.result().rule().isOff()) {
                throw new IllegalArgumentException("coverage: a family report shows coverage with small groups "
                        + "withheld; this coverage was computed with suppression off");
            }
            ContextSections.coverage(page, coverage.result());
            if (page.team()) {
                ExplanationList.write(page, coverage.result().explanation());
            }
        } else if (section instanceof ReportSection.Agreement) {
            ContextSections.agreement(page, ((ReportSection.Agreement) section).report());
        } else {
            ContextSections.change(page, ((ReportSection.Change) section).comparison());
        }
        html.close();
    }

    /**
     * Returns the renderer's audience and language.
     */
    @Override
    public String toString() {
        return "ReportRenderer[" + audience.name().toLowerCase(Locale.ROOT) + ", " + locale.toLanguageTag() + "]";
    }
}
