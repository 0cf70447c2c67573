package org.engagementrubrics.testkit;

import static org.engagementrubrics.testkit.ChecklistGenerators.answers;
import static org.engagementrubrics.testkit.DistrictGenerators.statuses;
import static org.engagementrubrics.testkit.MatrixGenerators.marks;
import static org.engagementrubrics.testkit.RatingGenerators.ratings;
import static org.engagementrubrics.testkit.ValueGenerators.extensions;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.core.checklist.Checklist;
import org.engagementrubrics.core.points.PointsRubric;
import org.engagementrubrics.core.district.DistrictIndicators;
import org.engagementrubrics.core.matrix.MatrixInstrument;
import org.engagementrubrics.core.response.Evidence;
import org.engagementrubrics.core.response.Response;

/**
 * The generators of responses to an instrument of any kind, with the evidence its kind takes, behind
 * {@link Generators}.
 *
 * <p>Every method draws from the random source in the order {@link Generators} has always used, so a seed
 * keeps giving the same values; {@link Generators} documents the public ones. Stateless and thread-safe.
 */
final class ResponseGenerators {

    private static final Instant EARLIEST = Instant.parse("2020-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("2031-01-01T00:00:00Z");

    private ResponseGenerators() {
    }

    static Gen<Evidence> evidence(Instrument instrument) {
        if (instrument instanceof MatrixInstrument matrix) {
            return marks(matrix).map(Evidence.class::cast);
        } else if (instrument instanceof DistrictIndicators district) {
            return statuses(district).map(Evidence.class::cast);
        } else if (instrument instanceof Checklist checklist) {
            return answers(checklist).map(Evidence.class::cast);
        } else if (instrument instanceof PointsRubric rubric) {
            return PointsGenerators.criterionRatings(rubric).map(Evidence.class::cast);
        }
        return ratings(instrument).map(Evidence.class::cast);
    }

    static Gen<Response> response(Instrument instrument) {
        return response(instrument, evidence(instrument));
    }

    static Gen<Response> response(Instrument instrument, Gen<? extends Evidence> evidence) {
        return random -> response(random, instrument, IdPool.randomId(random), evidence.generate(random));
    }

    private static Response response(RandomGenerator random, Instrument instrument, String id, Evidence evidence) {
        long seconds = random.nextLong(EARLIEST.getEpochSecond(), LATEST.getEpochSecond());
        return new Response(id, instrument.id(), random.nextBoolean() ? null : instrument.version(),
                "rater-" + random.nextInt(20), "subject-" + random.nextInt(50), Instant.ofEpochSecond(seconds),
                evidence, extensions().generate(random));
    }

    static Gen<List<Response>> responses(Instrument instrument, int min, int max) {
        Gen<Evidence> evidence = evidence(instrument);
        return Gen.ints(min, max).flatMap(count -> random -> {
            IdPool pool = new IdPool();
            List<Response> responses = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                responses.add(response(random, instrument, pool.fresh(random), evidence.generate(random)));
            }
            return List.copyOf(responses);
        });
    }
}
