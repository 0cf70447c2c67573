package org.engagementrubrics.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.engagementrubrics.core.district.ImplementationStatus;
import org.engagementrubrics.core.response.Evidence;
import org.engagementrubrics.core.response.IndicatorAssessment;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.core.response.Statuses;
import org.engagementrubrics.core.validation.Problem;
import org.engagementrubrics.core.validation.RubricValidator;
import org.engagementrubrics.testkit.Gen;
import org.engagementrubrics.testkit.Generators;
import org.engagementrubrics.testkit.Properties;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/**
 * The hand-written response constraints give Bean Validation's verdict, on valid responses and on responses
 * that break each constraint the response types carry: {@code @WellFormedId} on the id and the instrument id,
 * {@code @NotBlank} on the rater and the subject, and the priority rule of a cascaded indicator assessment.
 */
class ResponseConstraintsPropertiesTest {

    /** Always walks the constraints: a validator given by an embedder takes no short cut. */
    private static final RubricValidator BEAN_VALIDATION = RubricValidator.using(Validation
            .byProvider(HibernateValidator.class).configure().messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory().getValidator());
    private static final RubricValidator OWN = RubricValidator.create();

    /** Characters on each side of every rule: id characters, others, ASCII and Unicode white space. */
    private static final String ALPHABET = "aZ09._:-/# \t\n\u000B\u001C\u00A0\u0085\u1680\u2003\u200B\u3000é";

    private static Gen<String> tricky() {
        Gen<String> short_ = Gen.strings(ALPHABET, 0, 4);
        Gen<String> longIds = Gen.ints(126, 130).flatMap(n -> Gen.elements("a", "A", "9", ".").map(c -> "x" + c.repeat(n - 1)));
        return Gen.frequency(Gen.weight(6, short_), Gen.weight(2, longIds), Gen.weight(2, Generators.ids()));
    }

    private static Gen<Response> mutated() {
        return Generators.instruments().flatMap(Generators::response).flatMap(response -> random -> {
            Response r = response;
            if (random.nextInt(3) == 0) {
                r = new Response(tricky().generate(random), r.instrumentId(), r.instrumentVersion(), r.raterId(),
                        r.subjectId(), r.recordedAt(), r.evidence(), r.extensions());
            }
            if (random.nextInt(3) == 0) {
                r = new Response(r.id(), tricky().generate(random), r.instrumentVersion(), r.raterId(), r.subjectId(),
                        r.recordedAt(), r.evidence(), r.extensions());
            }
            if (random.nextInt(3) == 0) {
                r = new Response(r.id(), r.instrumentId(), r.instrumentVersion(), tricky().generate(random),
                        r.subjectId(), r.recordedAt(), r.evidence(), r.extensions());
            }
            if (random.nextInt(3) == 0) {
                r = new Response(r.id(), r.instrumentId(), r.instrumentVersion(), r.raterId(),
                        tricky().generate(random), r.recordedAt(), r.evidence(), r.extensions());
            }
            if (r.evidence() instanceof Statuses statuses && random.nextBoolean()) {
                r = r.withEvidence(withPriorities(statuses, random.nextInt(4)));
            }
            return r;
        });
    }

    /** Marks some assessments a priority, whatever their status: those not {@code NONE} break the rule. */
    private static Evidence withPriorities(Statuses statuses, int every) {
        Map<String, IndicatorAssessment> changed = new LinkedHashMap<>();
        int i = 0;
        for (Map.Entry<String, IndicatorAssessment> entry : statuses.byIndicator().entrySet()) {
            IndicatorAssessment a = entry.getValue();
            changed.put(entry.getKey(), i++ % (every + 1) == 0 ? new IndicatorAssessment(a.status(), a.evidence(), true) : a);
        }
        return Statuses.of(changed);
    }

    @Test
    void handWrittenConstraintsGiveTheVerdictOfBeanValidation() {
        int[] verdicts = new int[2];
        Properties.forAll("hand-written response constraints = Bean Validation", 2_000, mutated(), response -> {
            List<Problem> walked = BEAN_VALIDATION.validate(response);
            assertThat(ResponseConstraints.hold(response)).as("verdict on %s: %s", response, walked)
                    .isEqualTo(walked.isEmpty());
            assertThat(OWN.validate(response)).as("problems of %s", response).isEqualTo(walked);
            verdicts[walked.isEmpty() ? 0 : 1]++;
        });
        assertThat(verdicts[0]).as("valid responses generated").isPositive();
        assertThat(verdicts[1]).as("invalid responses generated").isPositive();
    }

    @Test
    void priorityOfAnImplementedIndicatorBreaksTheRuleAsBeanValidationSays() {
        Statuses statuses = Statuses.of(Map.of("d-1", new IndicatorAssessment(ImplementationStatus.values()[1], null,
                true)));
        Response response = Response.of("r-1", "district", "team", "district-9", java.time.Instant.EPOCH, statuses);
        assertThat(ResponseConstraints.hold(response)).isFalse();
        assertThat(BEAN_VALIDATION.validate(response)).isNotEmpty().isEqualTo(OWN.validate(response));
    }
}
