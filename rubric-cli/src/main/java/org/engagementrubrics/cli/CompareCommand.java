package org.engagementrubrics.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.core.change.ChangeComparer;
import org.engagementrubrics.core.change.Comparison;
import org.engagementrubrics.core.change.ComparisonException;
import org.engagementrubrics.core.change.Review;
import org.engagementrubrics.core.coverage.SchoolCalendar;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.core.scoring.CheckedResponse;
import org.engagementrubrics.core.scoring.PreparedInstrument;
import org.engagementrubrics.core.scoring.ScoreResult;
import org.engagementrubrics.core.scoring.ScoringEngine;
import org.engagementrubrics.core.scoring.Tally;
import org.engagementrubrics.core.validation.Problem;
import org.engagementrubrics.json.Contents;
import org.engagementrubrics.core.validation.ProblemCodes;
import org.engagementrubrics.json.FormatProblem;
import org.engagementrubrics.json.ResponseRecord;
import org.engagementrubrics.json.ResponseStream;
import org.engagementrubrics.json.RubricJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code rubric compare}: groups responses by subject and review date, scores each review with the instrument
 * version its responses name, and prints how every unit changed between the reviews.
 */
@Command(name = "compare", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        header = "Compare reviews of each subject over time.",
        description = {"Groups the responses by subject, then into reviews by the UTC date of recordedAt (--review-by"
                + " day, the default), its month (month: the review is dated the 1st) or its school year (school-year:"
                + " starting on 1 August, the review dated that day). Each review is scored with the --instrument its"
                + " responses name (instrumentId and version; a response without a version needs exactly one"
                + " --instrument of its id). A staged rubric or archetype matrix review holds each rater's result (a"
                + " standard stands at the median of the raters' stages, a matrix row at the modal best fit); other"
                + " kinds pool the review's responses through a tally, so memory does not grow with responses.",
                "Reviews of different instrument versions compare only with --map MAPPING.json (an id-mapping"
                        + " document: old unit id to new unit id per kind of unit). A subject with one review is"
                        + " reported on standard error and not compared.",
                "Survey statements rated by fewer than K on either side (--min-cell, default 10) are withheld."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:compared, every record good", "1:a bad record, an invalid or unreadable file, or reviews"
                + " that cannot be compared", "2:usage error", "3:internal error",
                "4:out of memory (give Java more: java -Xmx2g -jar rubric.jar ...)"})
final class CompareCommand implements Callable<Integer> {

    /** How responses are grouped into reviews. */
    enum ReviewBy {
        DAY, MONTH, SCHOOL_YEAR;

        LocalDate dateOf(Response response) {
            LocalDate day = response.recordedAt().atZone(ZoneOffset.UTC).toLocalDate();
            return switch (this) {
                case DAY -> day;
                case MONTH -> day.withDayOfMonth(1);
                case SCHOOL_YEAR -> SchoolCalendar.defaults().yearStart()
                        .atYear(SchoolCalendar.defaults().schoolYearOf(day));
            };
        }
    }

    @Spec
    CommandSpec spec;

    @Option(names = "--instrument", required = true, paramLabel = "ID|FILE",
            description = "An instrument the responses name: a catalog id or an instrument file; repeat for"
                    + " several versions.")
    List<String> instruments;

    @Option(names = "--map", paramLabel = "MAPPING.json",
            description = "An id-mapping document: which unit of an older version is which unit of a newer one.")
    Path map;

    @Option(names = "--subject", paramLabel = "ID", description = "Compare this subject only.")
    String subject;

    @Option(names = "--review-by", paramLabel = "PERIOD", defaultValue = "day", converter = ReviewByConverter.class,
            description = "day (default), month or school-year.")
    ReviewBy reviewBy;

    @Option(names = "--min-cell", paramLabel = "K", description = "The fewest ratings of a survey statement for its"
            + " change to be shown, at least 2 (default 10).")
    Integer minCell;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text (default) or json.")
    OutputFormat format;

    @Option(names = "--response", required = true, paramLabel = "FILE",
            description = "Responses: a response document, a JSON Lines file (.jsonl, .ndjson; one response per"
                    + " line) or a file holding a JSON array of responses; a pipe or /dev/stdin as for 'rubric"
                    + " score'. Repeat for several files (e.g. one per year).")
    List<Path> responses;

    @Override
    public Integer call() {
        RubricJson json = RubricJson.defaults();
        ScoringEngine engine = ScoringEngine.defaults().withValidator(json.validator());
        Map<String, PreparedInstrument<Instrument, ScoreResult>> prepared = new LinkedHashMap<>();
        for (String instrument : instruments) {
            PreparedInstrument<Instrument, ScoreResult> one = engine.prepare(
                    InstrumentOption.instrument(instrument, spec.commandLine()));
            prepared.put(one.ref().id() + "@" + one.ref().version(), one);
        }
        ChangeComparer comparer = comparer(json);
        Reviews reviews = new Reviews();
        int exit = ExitCodes.OK;
        for (Path file : responses) {
            exit = Math.max(exit, read(json, file, prepared, reviews));
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Comparison> comparisons = new ArrayList<>();
        for (Map.Entry<String, List<Review>> entry : reviews.bySubject().entrySet()) {
            if (entry.getValue().size() < 2) {
                err.println("rubric: subject '" + entry.getKey() + "' has one review; nothing to compare");
                continue;
            }
            try {
                comparisons.add(comparer.compare(entry.getValue()));
            } catch (ComparisonException e) {
                err.println("rubric: subject '" + entry.getKey() + "': " + e.getMessage());
                exit = ExitCodes.PROBLEMS;
            }
        }
        if (reviews.bySubject().isEmpty()) {
            err.println("rubric: no good response" + (subject == null ? "" : " of subject '" + subject + "'")
                    + "; nothing to compare");
            exit = ExitCodes.PROBLEMS;
        }
        print(json, comparisons, out);
        out.flush();
        err.flush();
        return exit;
    }

    /** Text: each comparison, a blank line between; json: the document, or an array of them for several subjects. */
    private void print(RubricJson json, List<Comparison> comparisons, PrintWriter out) {
        if (format == OutputFormat.JSON) {
            if (comparisons.size() == 1) {
                out.print(json.write(comparisons.get(0)));
            } else if (!comparisons.isEmpty()) {
                List<String> documents = comparisons.stream().map(json::write).map(String::strip).toList();
                out.print("[\n" + String.join(",\n", documents) + "\n]\n");
            }
            return;
        }
        for (int i = 0; i < comparisons.size(); i++) {
            if (i > 0) {
                out.println();
            }
            out.print(comparisons.get(i).toText());
        }
    }

    private ChangeComparer comparer(RubricJson json) {
        ChangeComparer comparer = ChangeComparer.defaults();
        if (map != null) {
            comparer = comparer.withMapping(json.readIdMapping(map));
        }
        if (minCell != null) {
            try {
                comparer = comparer.withSmallCellRule(org.engagementrubrics.core.privacy.SmallCellRule.minimum(minCell));
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--min-cell " + minCell + ": at least 2");
            }
        }
        return comparer;
    }

    /** Reads one file of responses, adding each good one to its review; returns the exit code of the file. */
    private int read(RubricJson json, Path file, Map<String, PreparedInstrument<Instrument, ScoreResult>> prepared,
            Reviews reviews) {
        StreamReport report = StreamReport.of(ResultFormat.TEXT, spec.commandLine().getErr(), file, false);
        int good = 0;
        try (Contents contents = json.responseReader().open(file)) {
            if (contents instanceof Contents.Responses stream) {
                ResponseStream records = stream.stream();
                while (records.hasNext()) {
                    ResponseRecord record = records.next();
                    good += add(file, record, prepared, reviews, report) ? 1 : 0;
                }
            } else {
                Response response = (Response) ((Contents.Document) contents).value();
                good += add(file, new ResponseRecord(1, 1, response, List.of()), prepared, reviews, report) ? 1 : 0;
            }
        } catch (OutOfMemoryError e) {
            throw OutOfMemory.reading(file, e);
        }
        return report.finish(good);
    }

    private boolean add(Path file, ResponseRecord record, Map<String, PreparedInstrument<Instrument, ScoreResult>>
            prepared, Reviews reviews, StreamReport report) {
        if (!record.isGood()) {
            report.bad(record);
            return false;
        }
        Response response = record.response();
        if (subject != null && !subject.equals(response.subjectId())) {
            return true;
        }
        PreparedInstrument<Instrument, ScoreResult> instrument = instrumentOf(response, prepared);
        if (instrument == null) {
            report.bad(bad(file, record, "/instrumentId", "response '" + response.id() + "' names "
                    + response.instrumentId() + (response.instrumentVersion() == null ? " with no version"
                    : "@" + response.instrumentVersion()) + "; the --instrument options give " + prepared.keySet()));
            return false;
        }
        CheckedResponse checked = instrument.check(response);
        if (!checked.passed()) {
            List<FormatProblem> problems = new ArrayList<>();
            for (Problem problem : checked.problems()) {
                if (problem.isError()) {
                    problems.add(new FormatProblem(file.toString(), "", record.line(), 0, problem.code(),
                            "response '" + response.id() + "': " + problem.message()));
                }
            }
            report.bad(new ResponseRecord(record.number(), record.line(), null, problems));
            return false;
        }
        reviews.add(response.subjectId(), reviewBy.dateOf(response), instrument, checked);
        return true;
    }

    private static ResponseRecord bad(Path file, ResponseRecord record, String pointer, String message) {
        return new ResponseRecord(record.number(), record.line(), null, List.of(new FormatProblem(file.toString(),
                pointer, record.line(), 0, ProblemCodes.INSTRUMENT_MISMATCH, message)));
    }

    private static PreparedInstrument<Instrument, ScoreResult> instrumentOf(Response response,
            Map<String, PreparedInstrument<Instrument, ScoreResult>> prepared) {
        if (response.instrumentVersion() != null) {
            return prepared.get(response.instrumentId() + "@" + response.instrumentVersion());
        }
        List<PreparedInstrument<Instrument, ScoreResult>> ofId = prepared.values().stream()
                .filter(one -> one.ref().id().equals(response.instrumentId())).toList();
        return ofId.size() == 1 ? ofId.get(0) : null;
    }

    /**
     * The reviews being built: per subject, date and instrument version, the raters' results (per-response kinds)
     * or a tally that keeps counts only (pooled kinds).
     */
    private static final class Reviews {
        private final Map<String, Map<String, List<ScoreResult>>> results = new TreeMap<>();
        private final Map<String, Map<String, Tally<ScoreResult>>> tallies = new TreeMap<>();

        void add(String subject, LocalDate date, PreparedInstrument<Instrument, ScoreResult> instrument,
                CheckedResponse checked) {
            String key = date + " " + instrument.ref().id() + "@" + instrument.ref().version();
            if (instrument.summarizes()) {
                tallies.computeIfAbsent(subject, s -> new TreeMap<>())
                        .computeIfAbsent(key, k -> instrument.tally()).add(checked);
            } else {
                results.computeIfAbsent(subject, s -> new TreeMap<>())
                        .computeIfAbsent(key, k -> new ArrayList<>()).add(instrument.score(checked));
            }
        }

        Map<String, List<Review>> bySubject() {
            Map<String, List<Review>> reviews = new TreeMap<>();
            results.forEach((subject, byKey) -> byKey.forEach((key, made) -> reviews
                    .computeIfAbsent(subject, s -> new ArrayList<>()).add(new Review(date(key), made))));
            tallies.forEach((subject, byKey) -> byKey.forEach((key, tally) -> reviews
                    .computeIfAbsent(subject, s -> new ArrayList<>()).add(Review.of(date(key), tally.result()))));
            return reviews;
        }

        private static LocalDate date(String key) {
            return LocalDate.parse(key.substring(0, key.indexOf(' ')));
        }
    }

    /** Converts --review-by. */
    static final class ReviewByConverter implements picocli.CommandLine.ITypeConverter<ReviewBy> {
        @Override
        public ReviewBy convert(String value) {
            return switch (value) {
                case "day" -> ReviewBy.DAY;
                case "month" -> ReviewBy.MONTH;
                case "school-year" -> ReviewBy.SCHOOL_YEAR;
                default -> throw new picocli.CommandLine.TypeConversionException("'" + value
                        + "' is not day, month or school-year");
            };
        }
    }
}
