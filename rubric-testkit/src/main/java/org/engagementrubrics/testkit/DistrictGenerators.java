package org.engagementrubrics.testkit;

import static org.engagementrubrics.testkit.ValueGenerators.errata;
import static org.engagementrubrics.testkit.ValueGenerators.extensions;
import static org.engagementrubrics.testkit.ValueGenerators.localizedTexts;
import static org.engagementrubrics.testkit.ValueGenerators.orNull;
import static org.engagementrubrics.testkit.ValueGenerators.source;
import static org.engagementrubrics.testkit.ValueGenerators.texts;
import static org.engagementrubrics.testkit.ValueGenerators.version;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.engagementrubrics.core.district.DistrictDimension;
import org.engagementrubrics.core.district.DistrictIndicator;
import org.engagementrubrics.core.district.DistrictIndicators;
import org.engagementrubrics.core.district.ImplementationStatus;
import org.engagementrubrics.core.response.IndicatorAssessment;
import org.engagementrubrics.core.response.Statuses;

/**
 * The generators of district indicators and of statuses of them, behind {@link Generators}.
 *
 * <p>Every method draws from the random source in the order {@link Generators} has always used, so a seed
 * keeps giving the same values; {@link Generators} documents the public ones. Stateless and thread-safe.
 */
final class DistrictGenerators {

    private DistrictGenerators() {
    }

    static Gen<DistrictIndicators> districtIndicators(Sizes sizes) {
        int maxIndicators = sizes.items(8, 1);
        return random -> {
            IdPool pool = new IdPool();
            int count = 1 + random.nextInt(maxIndicators);
            List<DistrictIndicator> indicators = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String code = String.valueOf((char) ('A' + random.nextInt(5)));
                indicators.add(new DistrictIndicator(pool.fresh(random), orNull(random, 0.3, localizedTexts()),
                        new DistrictDimension(code, localizedTexts().generate(random)),
                        orNull(random, 0.3, localizedTexts()), localizedTexts().generate(random),
                        localizedTexts().generate(random), localizedTexts().listOf(0, 3).generate(random),
                        extensions().generate(random)));
            }
            return new DistrictIndicators(pool.fresh(random), version(random), localizedTexts().generate(random),
                    source(random), errata(random, pool), extensions().generate(random), indicators);
        };
    }

    static Gen<Statuses> statuses(DistrictIndicators district) {
        return random -> {
            Map<String, IndicatorAssessment> byIndicator = new LinkedHashMap<>();
            for (DistrictIndicator indicator : district.indicators()) {
                if (random.nextDouble() < 0.8) {
                    ImplementationStatus status = Gen.elements(ImplementationStatus.values()).generate(random);
                    byIndicator.put(indicator.id(), new IndicatorAssessment(status,
                            orNull(random, 0.5, texts()), status == ImplementationStatus.NONE && random.nextBoolean()));
                }
            }
            return Statuses.of(byIndicator);
        };
    }
}
