package org.engagementrubrics.cli;

import java.io.PrintStream;
import java.util.List;
import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.core.conditions.Condition;
import org.engagementrubrics.core.coverage.CoverageTable;
import org.engagementrubrics.core.privacy.SmallCellRule;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.core.scoring.ScoreResult;
import org.engagementrubrics.core.scoring.ScoringEngine;
import org.engagementrubrics.core.scoring.StagePlacements;
import org.engagementrubrics.core.scoring.TiePolicies;
import org.engagementrubrics.core.validation.Problem;
import org.engagementrubrics.core.validation.RubricValidator;
import org.engagementrubrics.examples.ExampleDistrict;
import org.engagementrubrics.examples.SampleResponses;
import org.engagementrubrics.examples.SeedInstruments;

/**
 * The README's main job: scores the sample responses on every bundled seed instrument and prints each
 * result with its explanation, then shows the seed defect that validation reports.
 *
 * <pre>{@code
 * java -jar rubric-cli/target/rubric.jar demo
 * }</pre>
 */
public final class Demo {

    private Demo() {
    }

    /**
     * Runs the demo.
     *
     * @param args {@code demo}, or nothing
     */
    public static void main(String[] args) {
        if (args.length > 1 || (args.length == 1 && !args[0].equals("demo"))) {
            System.err.println("usage: java -jar rubric.jar [demo]");
            System.err.println("  demo   score the sample responses on every bundled instrument and explain the results");
            System.exit(2);
        }
        run(System.out);
    }

    /**
     * Prints the demo to a stream.
     *
     * @param out where to print, not null
     */
    public static void run(PrintStream out) {
        RubricValidator validator = RubricValidator.create();
        ScoringEngine engine = ScoringEngine.defaults();

        section(out, "4 Versions of Family-School Partnerships: a school team's marks");
        show(out, validator, engine, SeedInstruments.fourVersions(), SampleResponses.fourVersionsTeam());
        section(out, "The same matrix with a tie, reported (default) and resolved to the lower level");
        show(out, validator, engine, SeedInstruments.fourVersions(), SampleResponses.fourVersionsWithTie());
        show(out, validator, engine.withTiePolicy(TiePolicies.lowerLevel()), SeedInstruments.fourVersions(),
                SampleResponses.fourVersionsWithTie());

        section(out, "Family Engagement Rubric: stage placement, best fit by count and cumulative at 50%");
        show(out, validator, engine, SeedInstruments.familyEngagementRubric(), SampleResponses.familyEngagementTeam());
        show(out, validator, engine.withStagePlacement(StagePlacements.cumulative(0.5)),
                SeedInstruments.familyEngagementRubric(), SampleResponses.familyEngagementTeam());

        section(out, "School Conditions for Personalized Learning: Condition 4 ratings");
        show(out, validator, engine, SeedInstruments.schoolConditions(), SampleResponses.schoolConditionsTeam());

        section(out, "District indicator 6837: two-way communication");
        show(out, validator, engine, SeedInstruments.districtIndicators(), SampleResponses.districtSelfAssessment());

        section(out, "Is Your Child's School Student-Centered? A parent's visit");
        show(out, validator, engine, SeedInstruments.studentCenteredChecklist(), SampleResponses.checklistVisit());

        section(out, "Guardian survey: how true is each statement?");
        Instrument survey = SeedInstruments.guardianSurvey();
        List<Response> guardians = SampleResponses.guardianSurveyResponses();
        guardians.forEach(response -> validator.requireValid(response, survey));
        print(out, engine.summarize(survey, guardians));
        contactCoverage(out);

        section(out, "Seed defects are reported, never fixed silently");
        Instrument asPrinted = SeedInstruments.familyEngagementRubricAsPrinted();
        out.println("The Family Engagement Rubric exactly as printed:");
        for (Problem problem : validator.validate(asPrinted)) {
            out.println("  " + problem);
        }
        out.println("The bundled copy records its departures from the seeds:");
        for (Instrument instrument : SeedInstruments.all()) {
            instrument.errata().forEach(erratum -> out.println("  " + instrument.id() + " " + erratum.location() + ": "
                    + erratum.resolution().text()));
        }
    }

    private static void contactCoverage(PrintStream out) {
        section(out, "Guardian contact goal: families reached per quarter, 5,000-family example district");
        ExampleDistrict district = ExampleDistrict.generate(ExampleDistrict.DEFAULT_SEED);
        out.print(CoverageTable.of(district.coverage(SmallCellRule.defaults())).toText());
        out.println();
    }

    private static void show(PrintStream out, RubricValidator validator, ScoringEngine engine, Instrument instrument,
            Response response) {
        validator.requireValid(instrument);
        validator.requireValid(response, instrument);
        print(out, engine.score(instrument, response));
    }

    private static void print(PrintStream out, ScoreResult result) {
        out.println("[" + result.instrument() + ", " + ResultLines.responses(result, ids -> "responses " + ids)
                + "]");
        out.print(result.explanation().toText());
        out.println();
    }

    private static void section(PrintStream out, String title) {
        out.println("== " + title + " ==");
    }
}
