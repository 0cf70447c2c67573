package org.engagementrubrics.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.core.raters.AgreementReport;
import org.engagementrubrics.core.report.Audience;
import org.engagementrubrics.core.report.Report;
import org.engagementrubrics.core.report.ReportRenderer;
import org.engagementrubrics.core.report.ReportSection;
import org.engagementrubrics.core.scoring.PreparedInstrument;
import org.engagementrubrics.core.scoring.ScoreResult;
import org.engagementrubrics.core.scoring.ScoringEngine;
import org.engagementrubrics.core.survey.Survey;
import org.engagementrubrics.json.RubricJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code rubric report}: scores responses as {@code rubric score} does and writes the results as one
 * self-contained HTML report for the school team or for families, in English or Spanish.
 */
@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        header = "Write the results as a self-contained HTML report for the team or for families.",
        description = {"Scores responses on an instrument as 'rubric score' does (the same --instrument, --response, "
                + "--tie-policy and --placement) and writes one HTML file: inline CSS and SVG, no script, nothing "
                + "loaded from the network. Every chart has a data table and a text alternative; it prints on A4 "
                + "and Letter.",
                "--audience team shows every figure with the raters; --audience family writes plain language with "
                        + "pooled figures only, no rater ids, survey figures of fewer than 10 families withheld, and "
                        + "what the school will do next as the instrument's contact goal says it.",
                "--lang es writes the report's own words in Spanish; instrument text the instrument has only in "
                        + "English is shown in English, marked as English, never machine-translated.",
                "--roster and --contacts add contact coverage by group against a contact goal, read and checked as "
                        + "'rubric coverage' reads them, with its options (--goal, --target, --groups, --period, "
                        + "--year-start, --min-cell, --gap-threshold, --from, --to; --no-suppression for a team "
                        + "report only); the goal is that of the --instrument survey, or of the guardian survey when "
                        + "the instrument is not a survey.",
                "--panel adds rater agreement: the responses of many raters on the same instrument, read as "
                        + "'rubric agreement' reads them, with its --draws, --seed and --level."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:written, every record good", "1:a bad record, or an invalid or unreadable file",
                "2:usage error (such as an unknown language)", "3:internal error",
                "4:out of memory (give Java more: java -Xmx2g -jar rubric.jar ...)"})
final class ReportCommand extends ScoringCommand {

    @Option(names = "--audience", paramLabel = "AUDIENCE", defaultValue = "team", converter = AudienceConverter.class,
            description = "team (default) or family.")
    Audience audience;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en", converter = LanguageConverter.class,
            description = "en (default) or es; a region such as es-MX formats numbers and dates for it.")
    Locale lang;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The HTML file to write.")
    Path out;

    @Option(names = "--roster", paramLabel = "FILE",
            description = "With --contacts: the roster, as 'rubric coverage' reads it; adds contact coverage by group.")
    Path roster;

    @Option(names = "--contacts", paramLabel = "FILE",
            description = "With --roster: the contact records, CSV or JSON Lines, as 'rubric coverage' reads them.")
    Path contacts;

    @Mixin
    CoverageOptions coverageOptions;

    /** The coverage read from --roster and --contacts, or null without them. */
    private CoverageInput coverage;
    private Survey coverageSurvey;

    @Option(names = "--panel", paramLabel = "FILE",
            description = "The responses of many raters on the instrument, as 'rubric agreement' reads them; adds "
                    + "their agreement.")
    Path panel;

    @Mixin
    BootstrapOptions bootstrapOptions;

    @Option(names = "--date", paramLabel = "DATE", converter = CoverageSettings.DateConverter.class,
            description = "The report's date, yyyy-MM-dd (default: today); the same date and input give the same "
                    + "bytes.")
    LocalDate date;

    @Override
    public Integer call() {
        readCoverage();
        int exit = score();
        boolean bad = coverage != null && coverage.bad() > 0 || agreementExit != ExitCodes.OK;
        return exit == ExitCodes.OK && bad ? ExitCodes.PROBLEMS : exit;
    }

    /** The exit code of reading --panel. */
    private int agreementExit = ExitCodes.OK;

    /** Reads --panel into the agreement section, with the instrument and strategies of the scores. */
    private ReportSection agreement(Instrument scored) {
        CommandLine commandLine = spec.commandLine();
        PanelInput.requireRaters(scored, commandLine);
        RubricJson json = RubricJson.defaults();
        PreparedInstrument<Instrument, ScoreResult> prepared = ScoringEngine.defaults()
                .withValidator(json.validator()).withTiePolicy(tiePolicy).withStagePlacement(placement)
                .prepare(scored);
        PanelInput input = PanelInput.read(prepared, panel, commandLine.getErr(),
                ((RubricCli) spec.root().userObject()).interactive());
        agreementExit = input.exit();
        return new ReportSection.Agreement(scored, AgreementReport.of(input.panel(),
                bootstrapOptions.bootstrap(commandLine)));
    }

    /**
     * Checks --panel and reads --roster and --contacts into the coverage, before any response, as
     * 'rubric agreement' and 'rubric coverage' do.
     */
    private void readCoverage() {
        CommandLine commandLine = spec.commandLine();
        if ((roster == null) != (contacts == null)) {
            throw new ParameterException(commandLine, "--roster and --contacts go together: give both for contact "
                    + "coverage, or neither");
        }
        if (panel != null) {
            bootstrapOptions.bootstrap(commandLine);
            PanelInput.requireRaters(InstrumentOption.instrument(instrument, commandLine), commandLine);
        }
        if (roster == null) {
            return;
        }
        if (audience == Audience.FAMILY && coverageOptions.noSuppression) {
            throw new ParameterException(commandLine, "--no-suppression: a family report shows coverage with small "
                    + "groups withheld; give --audience team for an internal report");
        }
        Instrument named = InstrumentOption.instrument(instrument, commandLine);
        String survey = named instanceof Survey ? instrument : "guardian-survey";
        CoverageSettings settings = CoverageSettings.of(coverageOptions, survey, commandLine);
        coverageSurvey = (Survey) InstrumentOption.instrument(survey, commandLine);
        coverage = CoverageInput.read(roster, contacts, coverageOptions, settings, commandLine.getErr(),
                ((RubricCli) spec.root().userObject()).interactive());
    }

    @Override
    ResultFormat problemFormat() {
        return ResultFormat.TEXT;
    }

    @Override
    ResultSink results(PrintWriter stdout, boolean array) {
        Instrument scored = read;
        List<ReportSection> sections = new ArrayList<>();
        return new ResultSink() {
            @Override
            public void add(ScoreResult result) {
                sections.add(new ReportSection.Scored(scored, result));
            }

            @Override
            public void finish() {
                if (sections.isEmpty()) {
                    return;
                }
                int results = sections.size();
                if (coverage != null) {
                    sections.add(new ReportSection.Coverage(coverageSurvey, coverage.result()));
                }
                if (panel != null) {
                    sections.add(agreement(scored));
                }
                Report report = new Report(date != null ? date : LocalDate.now(), sections);
                ReportRenderer.of(audience, lang).write(report, out);
                stdout.println("rubric: wrote the " + audience.name().toLowerCase(Locale.ROOT) + " report ("
                        + lang.toLanguageTag() + ", " + results + " result" + (results == 1 ? "" : "s")
                        + (coverage == null ? "" : ", coverage") + (panel == null ? "" : ", agreement") + ") to " + out);
                stdout.flush();
            }
        };
    }

    /** Converts --audience with {@link Audience#byName(String)}. */
    static final class AudienceConverter implements ITypeConverter<Audience> {
        @Override
        public Audience convert(String value) {
            try {
                return Audience.byName(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** Converts --lang: a BCP 47 tag whose language the report's bundles hold. */
    static final class LanguageConverter implements ITypeConverter<Locale> {
        @Override
        public Locale convert(String value) {
            Locale locale = Locale.forLanguageTag(value);
            if (!ReportRenderer.LANGUAGES.contains(locale.getLanguage())) {
                throw new TypeConversionException("'" + value + "': reports are written in en or es");
            }
            return locale;
        }
    }
}
