package org.engagementrubrics.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.core.report.Report;
import org.engagementrubrics.core.report.ReportSection;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.core.scoring.ScoringEngine;
import org.engagementrubrics.examples.SampleReports;
import org.engagementrubrics.examples.SampleResponses;
import org.engagementrubrics.json.RubricJson;

/**
 * The demo report with hostile text everywhere a vendor's file can put text: every text field of every seed
 * instrument (read from the catalog's JSON with the hostile text put in front of each value) and the rater and
 * subject of every response.
 */
final class HostileReports {

    /** A script, attribute breakers of both quotes, a tag that runs code on error, and script URLs. */
    static final String HOSTILE = "<script>alert(1)</script>\"'><img src=x onerror=alert(2)>"
            + "<a href=\"javascript:alert(3)\">x</a> javascript:alert(4) ";

    /** The same, as it must appear in the bytes: escaped. */
    static final String ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;&gt;&lt;img src=x onerror=alert(2)"
            + "&gt;&lt;a href=&quot;javascript:alert(3)&quot;&gt;x&lt;/a&gt; javascript:alert(4) ";

    private static final Path CATALOG = Path.of("..", "rubric-examples", "src", "main", "resources", "org",
            "engagementrubrics", "examples", "catalog");

    /** Keys whose values are identifiers or codes, never text shown to people. */
    private static final Set<String> CODES = Set.of("format", "kind", "id", "version", "columnId", "defaultLanguage",
            "selector", "comparison", "code", "period", "rowId", "instrumentId");

    /** A JSON member whose value is a string. */
    private static final Pattern MEMBER = Pattern.compile("\"(\\w+)\": \"((?:[^\"\\\\]|\\\\.)*)\"");

    private HostileReports() {
    }

    /**
     * Returns the demo report's scored sections, each instrument's text and each response's rater and subject
     * made hostile.
     *
     * @return the report
     */
    static Report report() {
        ScoringEngine engine = ScoringEngine.defaults();
        List<ReportSection> sections = new ArrayList<>();
        for (ReportSection section : SampleReports.sections()) {
            if (!(section instanceof ReportSection.Scored)) {
                continue;
            }
            Instrument hostile = hostile(section.instrument());
            for (Response response : responses(section.instrument().id())) {
                Response bad = new Response(response.id(), response.instrumentId(), response.instrumentVersion(),
                        HOSTILE + response.raterId(), HOSTILE + response.subjectId(), response.recordedAt(),
                        response.evidence(), response.extensions());
                sections.add(new ReportSection.Scored(hostile, hostile instanceof org.engagementrubrics.core.survey.Survey
                        ? engine.summarize(hostile, List.of(bad)) : engine.score(hostile, bad)));
            }
        }
        return new Report(SampleReports.DATE, sections);
    }

    private static List<Response> responses(String instrumentId) {
        switch (instrumentId) {
            case "four-versions-of-partnerships":
                return List.of(SampleResponses.fourVersionsTeam());
            case "family-engagement-rubric":
                return List.of(SampleResponses.familyEngagementTeam());
            case "school-conditions-personalized-learning":
                return List.of(SampleResponses.schoolConditionsTeam());
            case "district-two-way-communication":
                return List.of(SampleResponses.districtSelfAssessment());
            case "student-centered-checklist":
                return List.of(SampleResponses.checklistVisit());
            default:
                return SampleResponses.guardianSurveyResponses();
        }
    }

    /** Reads the instrument's catalog file with the hostile text in front of every text value. */
    static Instrument hostile(Instrument instrument) {
        try {
            String json = Files.readString(CATALOG.resolve(instrument.id() + ".json"));
            Matcher member = MEMBER.matcher(json);
            StringBuilder out = new StringBuilder();
            while (member.find()) {
                String replacement = CODES.contains(member.group(1)) ? member.group()
                        : "\"" + member.group(1) + "\": \"" + jsonEscape(HOSTILE) + member.group(2) + "\"";
                member.appendReplacement(out, Matcher.quoteReplacement(replacement));
            }
            member.appendTail(out);
            return RubricJson.defaults().readInstrument(out.toString(), instrument.id() + " (hostile)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String jsonEscape(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
