package org.engagementrubrics.core;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.engagementrubrics.core.checklist.Checklist;
import org.engagementrubrics.core.conditions.ConditionsAssessment;
import org.engagementrubrics.core.coverage.CoverageGoal;
import org.engagementrubrics.core.coverage.CoverageTally;
import org.engagementrubrics.core.coverage.Period;
import org.engagementrubrics.core.coverage.SchoolCalendar;
import org.engagementrubrics.core.groups.GroupedResult;
import org.engagementrubrics.core.groups.GroupedTally;
import org.engagementrubrics.core.district.DistrictIndicators;
import org.engagementrubrics.core.matrix.ArchetypeMatrix;
import org.engagementrubrics.core.matrix.MatrixColumn;
import org.engagementrubrics.core.matrix.MatrixInstrument;
import org.engagementrubrics.core.matrix.MatrixRow;
import org.engagementrubrics.core.matrix.StagedRubric;
import org.engagementrubrics.core.privacy.SmallCellRule;
import org.engagementrubrics.core.response.Evidence;
import org.engagementrubrics.core.response.MarkedStatements;
import org.engagementrubrics.core.response.Rating;
import org.engagementrubrics.core.response.Ratings;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.core.roster.Family;
import org.engagementrubrics.core.roster.Roster;
import org.engagementrubrics.core.scoring.CheckedResponse;
import org.engagementrubrics.core.scoring.Fit;
import org.engagementrubrics.core.scoring.PreparedInstrument;
import org.engagementrubrics.core.scoring.Profile;
import org.engagementrubrics.core.scoring.ResponsePool;
import org.engagementrubrics.core.scoring.ScoreResult;
import org.engagementrubrics.core.scoring.ScoringEngine;
import org.engagementrubrics.core.scoring.StagePlacement;
import org.engagementrubrics.core.scoring.StagePlacements;
import org.engagementrubrics.core.scoring.Tally;
import org.engagementrubrics.core.scoring.TallyState;
import org.engagementrubrics.core.scoring.TiePolicies;
import org.engagementrubrics.core.scoring.TiePolicy;
import org.engagementrubrics.core.survey.ContactPeriod;
import org.engagementrubrics.core.survey.Survey;
import org.engagementrubrics.core.validation.RubricValidator;
import org.engagementrubrics.testkit.Fixtures;
import org.engagementrubrics.testkit.NullArguments;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, item 1: every public entry point of core checks its arguments and names the one that is null.
 * Walks every public constructor, static factory and method of the exported packages with one null argument
 * at a time.
 */
class NullArgumentsTest {

    /** Parameters documented as accepting null. */
    private static final String[] NULLABLE = {
        "Response#<init>(instrumentVersion)",
        "ConditionsAssessment#<init>(purpose)",
        "ChecklistItem#<init>(label)",
        "Criterion#<init>(description)",
        "Level#<init>(description)",
        "ChecklistAnswer#<init>(notes)",
        "IndicatorAssessment#<init>(evidence)",
        "DistrictIndicator#<init>(coreFunction)",
        "DistrictIndicator#<init>(effectivePractice)",
        "Archetype#<init>(motto)",
        "Archetype#<init>(levelName)",
        "ArchetypeMatrix#<init>(instructions)",
        "Source#<init>(citation)",
        "RubricException#<init>(cause)",
        "ScoringException#<init>(cause)",
        "RatingSummary#<init>(mean)",
        "RatingSummary#<init>(median)",
        "RatingSummary#<init>(topTwoShare)",
        "ResponsePool#<init>(subjectId)",
        "ContactRecord#<init>(channel)",
        "ContactRecord#<init>(staffId)",
        "Placed#<init>(stageId)",
        "Mean#<init>(mean)",
        "Statement#<init>(mean)",
        "Statement#<init>(topTwoShare)",
        "UnitChange#<init>(formerId)",
        "UnitChange#<init>(before)",
        "UnitChange#<init>(after)",
        "UnitChange#<init>(withheld)",
        "StageResult#<init>(points)",
        "StageResult#withPoints(points)",
    };

    private static final ScoringEngine ENGINE = ScoringEngine.defaults();
    private static final ArchetypeMatrix MATRIX = Fixtures.fourVersions();
    private static final Response RESPONSE = Fixtures.response(MATRIX.id(), Fixtures.fits("partnership"));

    private final Map<Class<?>, Object> samples = new HashMap<>();

    private NullArgumentsTest() {
        Validator validator = Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();
        PreparedInstrument<ArchetypeMatrix, ?> prepared = ENGINE.prepare(MATRIX);
        put(String.class, "x");
        put(Object.class, "x");
        put(CharSequence.class, "x");
        put(Instant.class, Fixtures.WHEN);
        put(java.util.Locale.class, java.util.Locale.ROOT);
        put(Double.class, 0.5);
        put(Fingerprint.class, prepared.fingerprint());
        put(org.engagementrubrics.core.scoring.InstrumentRef.class, prepared.ref());
        put(BigDecimal.class, BigDecimal.ONE);
        put(List.class, List.of());
        put(Collection.class, List.of());
        put(Iterable.class, List.of());
        put(Set.class, Set.of());
        put(SortedSet.class, new TreeSet<>());
        put(Map.class, Map.of());
        put(SortedMap.class, new TreeMap<>());
        put(Optional.class, Optional.empty());
        put(Throwable.class, new IllegalStateException("cause"));
        put(Class.class, Instrument.class);
        put(Validator.class, validator);
        put(Instrument.class, MATRIX);
        put(MatrixInstrument.class, MATRIX);
        put(ArchetypeMatrix.class, MATRIX);
        put(StagedRubric.class, Fixtures.stagedRubric());
        put(ConditionsAssessment.class, Fixtures.conditions());
        put(Survey.class, Fixtures.survey());
        put(DistrictIndicators.class, Fixtures.district());
        put(Checklist.class, Fixtures.checklist());
        put(MatrixColumn.class, MATRIX.columns().get(0));
        put(MatrixRow.class, MATRIX.rows().get(0));
        put(Response.class, RESPONSE);
        put(Response.Builder.class, Response.builder());
        put(Evidence.class, RESPONSE.evidence());
        put(MarkedStatements.class, RESPONSE.evidence());
        put(Rating.class, Rating.notRated());
        put(ScoringEngine.class, ENGINE);
        put(RubricValidator.class, RubricValidator.using(validator));
        put(PreparedInstrument.class, prepared);
        put(CheckedResponse.class, prepared.check(RESPONSE));
        put(ScoreResult.class, ENGINE.score(MATRIX, RESPONSE));
        put(TiePolicy.class, TiePolicies.report());
        put(StagePlacement.class, StagePlacements.bestFitByCount());
        org.engagementrubrics.core.scoring.StagePointsScheme scheme = org.engagementrubrics.core.scoring
                .StagePointsScheme.of("x", List.of(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE));
        put(org.engagementrubrics.core.scoring.StagePointsScheme.class, scheme);
        put(org.engagementrubrics.core.scoring.StagePoints.class, scheme);
        put(org.engagementrubrics.core.scoring.PlacedStandard.class, new org.engagementrubrics.core.scoring
                .PlacedStandard("x", "x", List.of("x"), new Fit.Winner("x")));
        put(Fit.class, new Fit.Winner("x"));
        put(org.engagementrubrics.core.scoring.Explanation.class, org.engagementrubrics.core.scoring.Explanation.of("x"));
        put(org.engagementrubrics.core.scoring.Message.class, org.engagementrubrics.core.scoring.Message.of("text", "x"));
        put(Profile.class, ENGINE.score(MATRIX, RESPONSE).profile());
        put(LocalizedText.class, LocalizedText.of("x"));
        put(Extensions.class, Extensions.empty());
        put(LocalDate.class, LocalDate.of(2025, 9, 1));
        put(MonthDay.class, SchoolCalendar.DEFAULT_YEAR_START);
        put(Roster.class, Roster.of(Family.of("f1", "iep")));
        put(SmallCellRule.class, SmallCellRule.defaults());
        put(Period.class, SchoolCalendar.defaults().periodOf(LocalDate.of(2025, 9, 1), ContactPeriod.QUARTER));
        put(CoverageGoal.Builder.class, CoverageGoal.builder());
        put(CoverageTally.class, CoverageTally.of(Roster.of(Family.of("f1", "iep")), SchoolCalendar.defaults(),
                CoverageGoal.builder().build()));
        PreparedInstrument<Survey, ?> survey = ENGINE.prepare(Fixtures.survey());
        put(ResponsePool.class, ResponsePool.of("x", "x"));
        put(Tally.class, survey.tally());
        put(TallyState.class, survey.tally().state());
        GroupedTally<?> grouped = GroupedTally.of(survey, Roster.of(Family.of("f1", "iep")));
        put(GroupedTally.class, grouped);
        GroupedTally<?> answered = GroupedTally.of(survey, Roster.of(Family.of("f1", "iep")));
        answered.add(Response.of("g-1", Fixtures.survey().id(), "f1", "school-12", Fixtures.WHEN,
                Ratings.of(Fixtures.ratings("s1", 3))));
        put(GroupedResult.class, answered.result());
        put(org.engagementrubrics.core.agreement.ReliabilityData.class,
                org.engagementrubrics.core.agreement.ReliabilityData.ofIntegers(new Integer[][] {{1, 2}}));
        put(org.engagementrubrics.core.change.ChangeComparer.class,
                org.engagementrubrics.core.change.ChangeComparer.defaults());
        put(org.engagementrubrics.core.change.Comparison.class, org.engagementrubrics.core.change.ChangeComparer
                .defaults().compare(List.of(org.engagementrubrics.core.change.Review.of(LocalDate.of(2025, 9, 1),
                        ENGINE.score(MATRIX, RESPONSE)), org.engagementrubrics.core.change.Review.of(
                        LocalDate.of(2026, 9, 1), ENGINE.score(MATRIX, RESPONSE)))));
        put(java.nio.file.Path.class, java.nio.file.Path.of("target", "never-written.html")); // each call fails first
        put(org.engagementrubrics.core.report.Report.class, org.engagementrubrics.core.report.Report.of(
                LocalDate.of(2026, 9, 1), new org.engagementrubrics.core.report.ReportSection.Scored(MATRIX,
                        ENGINE.score(MATRIX, RESPONSE))));
        put(org.engagementrubrics.core.report.ReportRenderer.class, org.engagementrubrics.core.report.ReportRenderer
                .of(org.engagementrubrics.core.report.Audience.TEAM, java.util.Locale.ENGLISH));
        put(org.engagementrubrics.core.change.Step.class, new org.engagementrubrics.core.change.Step(
                LocalDate.of(2025, 9, 1), LocalDate.of(2026, 9, 1), List.of()));
        put(org.engagementrubrics.core.agreement.ReliabilityData.Builder.class,
                org.engagementrubrics.core.agreement.ReliabilityData.builder(2));
        put(org.engagementrubrics.core.agreement.Bootstrap.class, org.engagementrubrics.core.agreement.Bootstrap.of(5, 1L));
        org.engagementrubrics.core.raters.Panel.Builder panel = org.engagementrubrics.core.raters.Panel.builder(ENGINE,
                Fixtures.conditions());
        put(org.engagementrubrics.core.raters.Panel.Builder.class, panel);
        put(org.engagementrubrics.core.raters.Panel.class, panel.build());
        put(org.engagementrubrics.core.raters.PanelScale.class, panel.build().scale());
        put(org.engagementrubrics.core.raters.UnitSummary.Ordered.class,
                new org.engagementrubrics.core.raters.UnitSummary.Ordered(List.of("1"), 1, 1, 1, 1, 1, 1));
    }

    private void put(Class<?> type, Object sample) {
        samples.put(type, sample);
    }

    /** An explicit sample, else the first enum constant, else a record made from samples of its components. */
    private Object sample(Class<?> type) {
        if (samples.containsKey(type)) {
            return samples.get(type);
        }
        Object made = null;
        if (type.isEnum()) {
            made = type.getEnumConstants()[0];
        } else if (type.isRecord()) {
            made = record(type);
        } else if (type.isSealed()) {
            for (Class<?> permitted : type.getPermittedSubclasses()) {
                made = sample(permitted);
                if (made != null) {
                    break;
                }
            }
        }
        samples.put(type, made);
        return made;
    }

    private Object record(Class<?> type) {
        samples.put(type, null); // no endless recursion through a record that holds itself
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            args[i] = types[i].isPrimitive() ? primitive(types[i]) : sample(types[i]);
        }
        try {
            Constructor<?> constructor = type.getDeclaredConstructor(types);
            return constructor.newInstance(args);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    private static Object primitive(Class<?> type) {
        if (type == int.class) {
            return 1;
        } else if (type == long.class) {
            return 1L;
        } else if (type == double.class) {
            return 0.5;
        } else if (type == boolean.class) {
            return false;
        }
        return null;
    }

    @Test
    void everyPublicEntryPointOfCoreNamesItsNullArgument() {
        NullArguments walk = NullArguments.withSamples(this::sample).nullable(NULLABLE);
        List<Class<?>> types = NullArguments.publicTypes(Instrument.class, "org.engagementrubrics.core",
                "org.engagementrubrics.core.internal");

        List<String> failures = walk.failures(types);

        assertThat(types).contains(ScoringEngine.class, Response.class, Fit.Winner.class, CoverageTally.class,
                SmallCellRule.class);
        assertThat(walk.checked()).contains("ScoringEngine#score(matrix)", "ScoringEngine#summarize(responses)",
                "StagedRubric#<init>(stages)", "RubricValidator#validate(instrument)", "CoverageTally#add(contact)",
                "CoverageTally#merge(other)", "SmallCellRule#suppress(cells)", "SchoolCalendar#periodOf(unit)",
                "Roster#indexOf(familyId)", "CoverageTable#of(result)", "CoverageGoal#from(rosterGroups)",
                "GroupedTally#add(checked)", "GroupedTally#merge(other)", "GroupedTally#of(groups)",
                "GroupedResult#group(groupId)", "ReliabilityData#alpha(metric)", "ReliabilityData#cohenKappa(weights)");
        assertThat(failures).as("issue 9 item 1: calls whose null argument is not named").isEmpty();
    }
}
