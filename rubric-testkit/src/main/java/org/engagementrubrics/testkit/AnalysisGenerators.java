package org.engagementrubrics.testkit;

import java.util.List;
import java.util.Objects;
import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.core.change.Review;
import org.engagementrubrics.core.coverage.CoverageGoal;
import org.engagementrubrics.core.coverage.SchoolCalendar;
import org.engagementrubrics.core.privacy.SmallCellRule;
import org.engagementrubrics.core.raters.Panel;
import org.engagementrubrics.core.response.Evidence;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.core.roster.ContactRecord;
import org.engagementrubrics.core.roster.Roster;
import org.engagementrubrics.core.scoring.ScoreResult;
import org.engagementrubrics.core.scoring.ScoringEngine;

/**
 * Generators of what the analyses take and give beyond single instruments and responses: rosters and
 * contact records, coverage goals, calendars and small-cell rules, panels of many raters on many
 * subjects, real results (scored from generated responses by the public {@link ScoringEngine}), reviews
 * to compare over time, and parts to merge in a random order.
 *
 * <pre>{@code
 * Gen<Roster> rosters = AnalysisGenerators.rosters();
 * Gen<List<ContactRecord>> contacts = rosters.flatMap(AnalysisGenerators::contacts);
 * Gen<List<Response>> panel = Generators.surveys().flatMap(AnalysisGenerators::panelResponses);
 * Gen<ScoreResult> results = Generators.instruments().flatMap(AnalysisGenerators::results);
 * }</pre>
 *
 * <p>Rosters have two partitions ({@code race:a} to {@code race:d}, {@code lang:en}, {@code lang:es},
 * {@code lang:vi}) and three flags ({@code iep}, {@code ml}, {@code frl}) with skewed sizes, so that small
 * cells are common; family ids are {@code f00}, {@code f01}, ... Stateless and thread-safe.
 */
public final class AnalysisGenerators {

    private AnalysisGenerators() {
    }

    // ----- rosters and coverage -----------------------------------------------------------------

    /**
     * Returns a generator of rosters of 0 to 35 families, in random order; shrinks to fewer families.
     *
     * @return the generator
     */
    public static Gen<Roster> rosters() {
        return rosters(Sizes.typical());
    }

    /**
     * Returns a generator of rosters of 0 to {@link Sizes#families()} families.
     *
     * @param sizes the sizes, not null
     * @return the generator
     */
    public static Gen<Roster> rosters(Sizes sizes) {
        return RosterGenerators.rosters(Generators.checked(sizes));
    }

    /**
     * Returns a generator of rosters of any shape, for storage round trips: 0 to 24 families whose ids are
     * any text without blanks at either end (commas, quotes, semicolons, line breaks, accents, CJK, emoji),
     * 0 to 3 flag groups and 0 to 2 partitions of 1 to 4 groups each, with random names of lower-case
     * segments (never a yes/no word nor a CSV header name); shrinks to fewer families.
     *
     * @return the generator
     */
    public static Gen<Roster> arbitraryRosters() {
        return arbitraryRosters(Sizes.typical());
    }

    /**
     * Returns a generator of rosters of any shape with up to about 24/35 of {@link Sizes#families()}
     * families.
     *
     * @param sizes the sizes, not null
     * @return the generator
     */
    public static Gen<Roster> arbitraryRosters(Sizes sizes) {
        return RosterGenerators.arbitraryRosters(Generators.checked(sizes));
    }

    /**
     * Returns a generator of family ids of any text without blanks at either end, with commas, quotes,
     * semicolons and line breaks inside: ids that a CSV or JSON writer must quote or escape.
     *
     * @return the generator
     */
    public static Gen<String> familyIds() {
        return RosterGenerators.familyIds();
    }

    /**
     * Returns a generator of 0 to 80 contact records for a roster: nine in ten for a family on the
     * roster (when it has any), the others for one of three strangers, dated over 500 days from June 2025,
     * in no order and with repeats; shrinks to fewer records.
     *
     * @param roster the roster, not null
     * @return the generator
     */
    public static Gen<List<ContactRecord>> contacts(Roster roster) {
        return contacts(roster, Sizes.typical());
    }

    /**
     * Returns a generator of 0 to {@link Sizes#contacts()} contact records for a roster.
     *
     * @param roster the roster, not null
     * @param sizes the sizes, not null
     * @return the generator
     */
    public static Gen<List<ContactRecord>> contacts(Roster roster, Sizes sizes) {
        return RosterGenerators.contacts(Objects.requireNonNull(roster, "roster"), Generators.checked(sizes));
    }

    /**
     * Returns a generator that gives responses to a survey the families of a roster answered: each
     * response with its rater replaced by a family of the roster (nine in ten, when it has any) or one of
     * three strangers, so some families answer more than once and some not at all.
     *
     * @param roster the roster, not null
     * @param responses the responses, not null
     * @return the generator; its lists are unmodifiable
     */
    public static Gen<List<Response>> respondents(Roster roster, List<Response> responses) {
        return RosterGenerators.respondents(Objects.requireNonNull(roster, "roster"),
                Objects.requireNonNull(responses, "responses"));
    }

    /**
     * Returns a generator of school calendars whose year starts on any day from the 1st to the 28th of any
     * month.
     *
     * @return the generator
     */
    public static Gen<SchoolCalendar> calendars() {
        return RosterGenerators.calendars();
    }

    /**
     * Returns a generator of selections of groups of the generated rosters: each of {@code race},
     * {@code lang}, {@code iep}, {@code ml}, {@code frl}, {@code race:a} and {@code absent} (a group no
     * roster has) with probability 0.6; shrinks to fewer groups.
     *
     * @return the generator
     */
    public static Gen<List<String>> groupSelections() {
        return RosterGenerators.groupSelections();
    }

    /**
     * Returns a generator of coverage goals: a target of 1 to 100 percent, any period, a
     * {@linkplain #groupSelections() group selection} (never a partition and one of its groups) and a gap
     * threshold of 0 to 30 points.
     *
     * @return the generator
     */
    public static Gen<CoverageGoal> coverageGoals() {
        return RosterGenerators.coverageGoals();
    }

    /**
     * Returns a generator of small-cell rules: off one time in ten, otherwise a minimum of 2 to 8.
     *
     * @return the generator
     */
    public static Gen<SmallCellRule> smallCellRules() {
        return RosterGenerators.smallCellRules();
    }

    /**
     * Returns a generator that splits values into 1 to {@code maxParts} parts, shuffled, each value in one
     * part, parts possibly empty: the input of a merge property.
     *
     * @param <T> the type of the values
     * @param values the values, not null
     * @param maxParts the most parts, at least 1
     * @return the generator; its lists are unmodifiable
     */
    public static <T> Gen<List<List<T>>> parts(List<T> values, int maxParts) {
        return RosterGenerators.parts(Objects.requireNonNull(values, "values"), maxParts);
    }

    /**
     * Returns a generator of random merge orders.
     *
     * @return the generator
     */
    public static Gen<MergeOrder> mergeOrders() {
        return Gen.longs(Long.MIN_VALUE, Long.MAX_VALUE).map(MergeOrder::new, MergeOrder::seed);
    }

    // ----- panels, results and reviews ----------------------------------------------------------

    /**
     * Returns a generator of a panel's responses to an instrument: 1 to 3 subjects ({@code school-0}, ...)
     * rated by the same 2 to 5 raters ({@code rater-0}, ...); per rater and subject mostly one response,
     * sometimes two (so one supersedes the other, often recorded at the same minute) and sometimes none;
     * evidence from {@link #agreeingEvidence(Instrument)}. Shrinks to fewer responses and smaller evidence.
     *
     * @param instrument the instrument, not null
     * @return the generator
     */
    public static Gen<List<Response>> panelResponses(Instrument instrument) {
        return panelResponses(instrument, Sizes.typical());
    }

    /**
     * Returns a generator of a panel's responses to an instrument with up to {@link Sizes#subjects()}
     * subjects and {@link Sizes#raters()} raters.
     *
     * @param instrument the instrument, not null
     * @param sizes the sizes, not null
     * @return the generator
     */
    public static Gen<List<Response>> panelResponses(Instrument instrument, Sizes sizes) {
        return panelResponses(instrument, agreeingEvidence(instrument), sizes);
    }

    /**
     * Returns a generator of a panel's responses to an instrument with the given evidence.
     *
     * @param instrument the instrument, not null
     * @param evidence the evidence, which must fit the instrument, not null
     * @param sizes the sizes, not null
     * @return the generator
     */
    public static Gen<List<Response>> panelResponses(Instrument instrument, Gen<? extends Evidence> evidence,
            Sizes sizes) {
        return PanelGenerators.panelResponses(Objects.requireNonNull(instrument, "instrument"),
                Objects.requireNonNull(evidence, "evidence"), Generators.checked(sizes));
    }

    /**
     * Returns a generator of panels of an instrument, built by the default engine from
     * {@link #panelResponses(Instrument)}.
     *
     * @param instrument the instrument, not null
     * @return the generator
     */
    public static Gen<Panel> panels(Instrument instrument) {
        ScoringEngine engine = ScoringEngine.defaults();
        return panelResponses(instrument).map(responses -> {
            Panel.Builder builder = Panel.builder(engine, instrument);
            responses.forEach(builder::add);
            return builder.build();
        });
    }

    /**
     * Returns a generator of evidence on which raters agree more often than chance, so that agreement
     * figures span their range: on a matrix up to two marks per row, leaning towards the first columns; on
     * a rated instrument mostly the item's own value or the next one, sometimes not applicable or not
     * rated, sometimes no answer; on other kinds {@link Generators#evidence(Instrument)}.
     *
     * @param instrument the instrument, not null
     * @return the generator
     */
    public static Gen<Evidence> agreeingEvidence(Instrument instrument) {
        return PanelGenerators.agreeingEvidence(Objects.requireNonNull(instrument, "instrument"));
    }

    /**
     * Returns a generator of real results of an instrument: the default engine's score of a generated
     * response, or for a summarized kind (a survey) its summary of 1 to 20 generated responses.
     *
     * @param instrument the instrument, not null
     * @return the generator
     */
    public static Gen<ScoreResult> results(Instrument instrument) {
        return results(ScoringEngine.defaults(), instrument, Sizes.typical());
    }

    /**
     * Returns a generator of an engine's results of an instrument, summaries of up to
     * {@link Sizes#responses()} responses.
     *
     * @param engine the engine, not null
     * @param instrument the instrument, not null
     * @param sizes the sizes, not null
     * @return the generator
     */
    public static Gen<ScoreResult> results(ScoringEngine engine, Instrument instrument, Sizes sizes) {
        return PanelGenerators.results(Objects.requireNonNull(engine, "engine"),
                Objects.requireNonNull(instrument, "instrument"), Generators.checked(sizes));
    }

    /**
     * Returns a generator of results of every kind: {@link #results(Instrument)} of generated instruments.
     *
     * @return the generator
     */
    public static Gen<ScoreResult> results() {
        return Generators.instruments().flatMap(AnalysisGenerators::results);
    }

    /**
     * Returns a generator of 2 to 4 reviews of one subject ({@code school-12}) with an instrument, on
     * ascending dates 1 to 399 days apart from September 2024, each with the default engine's results of 1
     * to 3 responses (or one summary of 1 to 24): the input of a comparison over time.
     *
     * @param instrument the instrument, not null
     * @return the generator
     */
    public static Gen<List<Review>> reviews(Instrument instrument) {
        return reviews(ScoringEngine.defaults(), instrument);
    }

    /**
     * Returns a generator of reviews of one subject with an engine's results.
     *
     * @param engine the engine, not null
     * @param instrument the instrument, not null
     * @return the generator
     */
    public static Gen<List<Review>> reviews(ScoringEngine engine, Instrument instrument) {
        return PanelGenerators.reviews(Objects.requireNonNull(engine, "engine"),
                Objects.requireNonNull(instrument, "instrument"));
    }
}
