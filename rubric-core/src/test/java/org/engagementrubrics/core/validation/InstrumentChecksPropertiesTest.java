package org.engagementrubrics.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.engagementrubrics.core.Erratum;
import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.core.LocalizedText;
import org.engagementrubrics.core.RatingScale;
import org.engagementrubrics.core.ScalePoint;
import org.engagementrubrics.core.Source;
import org.engagementrubrics.core.checklist.Checklist;
import org.engagementrubrics.core.checklist.ChecklistGroup;
import org.engagementrubrics.core.checklist.ChecklistItem;
import org.engagementrubrics.core.conditions.Citation;
import org.engagementrubrics.core.conditions.Condition;
import org.engagementrubrics.core.conditions.ConditionsAssessment;
import org.engagementrubrics.core.conditions.Indicator;
import org.engagementrubrics.core.district.DistrictDimension;
import org.engagementrubrics.core.district.DistrictIndicator;
import org.engagementrubrics.core.district.DistrictIndicators;
import org.engagementrubrics.core.matrix.Archetype;
import org.engagementrubrics.core.matrix.ArchetypeMatrix;
import org.engagementrubrics.core.matrix.Cell;
import org.engagementrubrics.core.matrix.Dimension;
import org.engagementrubrics.core.matrix.ProfileCondition;
import org.engagementrubrics.core.matrix.ProfileRule;
import org.engagementrubrics.core.matrix.Stage;
import org.engagementrubrics.core.matrix.StagedRubric;
import org.engagementrubrics.core.matrix.Standard;
import org.engagementrubrics.core.matrix.Statement;
import org.engagementrubrics.core.points.Criterion;
import org.engagementrubrics.core.points.CriterionScale;
import org.engagementrubrics.core.points.Level;
import org.engagementrubrics.core.points.PointsRubric;
import org.engagementrubrics.core.survey.ContactGoal;
import org.engagementrubrics.core.survey.MonitoredGroup;
import org.engagementrubrics.core.survey.Survey;
import org.engagementrubrics.testkit.Gen;
import org.engagementrubrics.testkit.Generators;
import org.engagementrubrics.testkit.Properties;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/**
 * Issue 12: the hand-written instrument checks behind {@link RubricValidator#create()} give exactly Bean
 * Validation's verdict (same paths, codes and messages) on generated valid and broken instruments of every
 * kind, and the broken ones breach every constraint annotation the model carries.
 */
class InstrumentChecksPropertiesTest {

    private static final int CASES = 2000;
    private static final Validator BEAN_VALIDATION = Validation.byProvider(HibernateValidator.class).configure()
            .messageInterpolator(new ParameterMessageInterpolator(Set.of(), Locale.ENGLISH, false))
            .buildValidatorFactory().getValidator();
    private static final RubricValidator FAST = RubricValidator.create();
    private static final RubricValidator REFLECTIVE = RubricValidator.using(BEAN_VALIDATION);

    /** Every record of the instrument graph that carries a constraint or a cascade. */
    private static final List<Class<?>> MODEL = List.of(StagedRubric.class, ArchetypeMatrix.class,
            ConditionsAssessment.class, DistrictIndicators.class, Checklist.class, Survey.class, Erratum.class,
            Source.class, LocalizedText.class, RatingScale.class, ScalePoint.class, Stage.class, Standard.class,
            Cell.class, Statement.class, Archetype.class, Dimension.class, ProfileRule.class,
            ProfileCondition.class, Condition.class, Indicator.class, Citation.class, DistrictIndicator.class,
            DistrictDimension.class, ChecklistGroup.class, ChecklistItem.class, ContactGoal.class,
            MonitoredGroup.class, PointsRubric.class, Criterion.class, CriterionScale.Levels.class,
            CriterionScale.FreeForm.class, Level.class);
    private static final Set<String> CLASS_LEVEL = Set.of("UniqueIds", "DistinctLabels", "ConsistentOrder",
            "ResolvedReferences");

    record Case(Instrument instrument, int breaks, long seed) {
    }

    private static Gen<Case> cases() {
        return Generators.instruments().flatMap(instrument -> random -> {
            int breaks = random.nextInt(5);
            long seed = random.nextLong();
            Gen<Instrument> broken = source -> Breaker.breakIt(instrument, breaks, source);
            return new Case(broken.sample(seed), breaks, seed);
        });
    }

    @Test
    void handWrittenChecksGiveBeanValidationsProblemsOnValidAndBrokenInstruments() {
        Set<String> breached = new TreeSet<>();
        int[] broken = {0};
        Properties.forAll("fast instrument checks equal Bean Validation", CASES, cases(), c -> {
            List<Problem> expected = REFLECTIVE.validate(c.instrument());
            assertThat(FAST.validate(c.instrument())).as("breaks %d, seed %d", c.breaks(), c.seed())
                    .isEqualTo(expected);
            assertThat(FAST.findings(c.instrument())).isEqualTo(REFLECTIVE.findings(c.instrument()));
            if (!expected.isEmpty()) {
                broken[0]++;
            }
            for (ConstraintViolation<Instrument> violation : BEAN_VALIDATION.validate(c.instrument())) {
                breached.add(key(violation));
            }
        });
        if (Properties.coverageApplies(CASES)) {
            assertThat(broken[0]).as("broken instruments").isGreaterThan(CASES / 3);
            assertThat(breached).as("constraints breached").containsAll(everyConstraint());
        }
    }

    @Test
    void aValidatorMadeUnderAnotherLocaleWordsBreachesAsBeanValidationDoesInThatLocale() {
        Locale before = Locale.getDefault();
        RubricValidator german;
        try {
            Locale.setDefault(Locale.GERMAN);
            german = RubricValidator.create();
        } finally {
            Locale.setDefault(before);
        }
        // the factory is built on the first breach, after the default locale went back: it keeps create()'s
        RubricValidator reflective = RubricValidator.using(Validation.byProvider(HibernateValidator.class)
                .configure().messageInterpolator(new ParameterMessageInterpolator(Set.of(), Locale.GERMAN, false))
                .buildValidatorFactory().getValidator());
        int[] broken = {0};
        Properties.forAll("a validator made under German equals German Bean Validation", 300, cases(), c -> {
            List<Problem> expected = reflective.validate(c.instrument());
            assertThat(german.validate(c.instrument())).as("breaks %d, seed %d", c.breaks(), c.seed())
                    .isEqualTo(expected);
            broken[0] += expected.isEmpty() ? 0 : 1;
        });
        if (Properties.coverageApplies(300)) {
            assertThat(broken[0]).as("broken instruments").isGreaterThan(50);
            assertThat(german.validate(Breaker.breakIt(Generators.instruments().sample(7L), 3, new java.util.Random(7)))
                    .toString()).as("German wording").isNotEqualTo(FAST.validate(
                            Breaker.breakIt(Generators.instruments().sample(7L), 3, new java.util.Random(7))).toString());
        }
    }

    @Test
    void generatedValidInstrumentsPassBoth() {
        Properties.forAll("valid instruments pass both checks", 300, Generators.instruments(), instrument -> {
            assertThat(FAST.validate(instrument)).isEmpty();
            assertThat(REFLECTIVE.validate(instrument)).isEmpty();
        });
    }

    @Test
    void wellFormedIdCheckAgreesWithThePattern() {
        Pattern pattern = Pattern.compile(WellFormedId.PATTERN);
        Gen<String> ids = Gen.elements("a", "A", "0", "-", ".", "_", ":", " ", "é", "z", "Z", "9", "\u0660", "\uD83D\uDE00")
                .listOf(0, 130).map(parts -> String.join("", parts));
        Properties.forAll("well-formed id check equals the pattern", 500, ids, id -> {
            List<Problem> problems = FAST.validate(withId(id));
            boolean flagged = problems.stream().anyMatch(p -> p.path().equals("id"));
            assertThat(flagged).as("'%s'", id).isEqualTo(!pattern.matcher(id).matches());
        });
    }

    private static Instrument withId(String id) {
        Checklist base = (Checklist) Generators.checklists().sample(1L);
        return new Checklist(id, base.version(), base.title(), base.source(), base.errata(), base.extensions(),
                base.groups());
    }

    /** Names a breach as the model declares it: class and property (or class alone) and annotation. */
    private static String key(ConstraintViolation<?> violation) {
        String annotation = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        if (CLASS_LEVEL.contains(annotation)) {
            return "@" + annotation;
        }
        String property = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == jakarta.validation.ElementKind.PROPERTY) {
                property = node.getName();
            }
        }
        return violation.getLeafBean().getClass().getSimpleName() + "." + property + "@" + annotation;
    }

    /** Every constraint the model declares, named as {@link #key} names a breach of it. */
    private static Set<String> everyConstraint() {
        Set<String> keys = new TreeSet<>();
        for (Class<?> type : MODEL) {
            BeanDescriptor bean = BEAN_VALIDATION.getConstraintsForClass(type);
            for (ConstraintDescriptor<?> constraint : bean.getConstraintDescriptors()) {
                keys.add("@" + constraint.getAnnotation().annotationType().getSimpleName());
            }
            for (PropertyDescriptor property : bean.getConstrainedProperties()) {
                for (ConstraintDescriptor<?> constraint : property.getConstraintDescriptors()) {
                    keys.add(type.getSimpleName() + "." + property.getPropertyName() + "@"
                            + constraint.getAnnotation().annotationType().getSimpleName());
                }
                for (ContainerElementTypeDescriptor element : property.getConstrainedContainerElementTypes()) {
                    for (ConstraintDescriptor<?> constraint : element.getConstraintDescriptors()) {
                        keys.add(type.getSimpleName() + "." + property.getPropertyName() + "@"
                                + constraint.getAnnotation().annotationType().getSimpleName());
                    }
                }
            }
        }
        return keys;
    }
}
