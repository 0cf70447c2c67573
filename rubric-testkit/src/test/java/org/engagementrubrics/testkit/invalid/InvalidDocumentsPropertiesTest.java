package org.engagementrubrics.testkit.invalid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.core.scoring.ScoringEngine;
import org.engagementrubrics.json.ReadLimits;
import org.engagementrubrics.json.RubricJson;
import org.engagementrubrics.testkit.Gen;
import org.engagementrubrics.testkit.Generators;
import org.engagementrubrics.testkit.Properties;
import org.junit.jupiter.api.Test;

/**
 * Every variant of generated documents of every kind, read through {@link RubricJson}, is refused with the
 * problem its defect promises, while the unmodified document reads cleanly; and every defect is made somewhere
 * in the run.
 */
class InvalidDocumentsPropertiesTest {

    /** Small enough that the limit defects stay cheap, large enough for every generated document. */
    private static final ReadLimits LIMITS = ReadLimits.defaults().withMaxDocumentBytes(128 * 1024)
            .withMaxElements(1_000).withMaxStringLength(2_000).withMaxDepth(24);
    private static final RubricJson JSON = RubricJson.defaults().withLimits(LIMITS);
    private static final int CASES = 150;

    /** One generated instrument, one response to it and the seed that places the defects. */
    private record Case(Instrument instrument, Response response, long seed) {
        @Override
        public String toString() {
            return "a " + instrument.kind().kindName() + " " + instrument.id() + ", response " + response.id()
                    + ", variants seeded " + seed;
        }
    }

    private static final Gen<Case> CASES_GEN = Generators.instruments()
            .flatMap(i -> Generators.response(i).map(r -> new Case(i, r, r.hashCode() * 31L + i.hashCode())));

    @Test
    void everyVariantOfEveryKindIsRefusedWithItsCode() {
        Set<Defect> made = EnumSet.noneOf(Defect.class);
        Set<String> kinds = new java.util.TreeSet<>();
        Properties.forAll("invalid variants are refused with their codes", CASES, CASES_GEN, c -> {
            SplittableRandom random = new SplittableRandom(c.seed());
            Instrument instrument = c.instrument();
            byte[] instrumentBytes = utf8(JSON.write(instrument));
            byte[] responseBytes = utf8(JSON.write(c.response()));
            byte[] line = utf8(JSON.writeLine(c.response()));
            String result = JSON.write(ScoringEngine.defaults().score(instrument, c.response()));

            assertThatCode(() -> JSON.read(ReadChecks.stream(instrumentBytes), "instrument")).doesNotThrowAnyException();
            for (InvalidDocument variant : InvalidDocuments.of(instrumentBytes).withLimits(LIMITS).variants(random)) {
                ReadChecks.assertRefused(variant);
                made.add(variant.defect());
            }
            for (InvalidDocument variant : InvalidDocuments.of(responseBytes).withLimits(LIMITS).variants(random)) {
                ReadChecks.assertRefused(variant);
                made.add(variant.defect());
            }
            InvalidDocuments responses = InvalidDocuments.of(responseBytes).withLimits(LIMITS).against(instrument);
            for (InvalidDocument variant : responses.variants(random)) {
                ReadChecks.assertRefused(variant);
                made.add(variant.defect());
            }
            assertThat(ReadChecks.lineProblems(JSON.responseReader(instrument), line)).as("the unmodified line").isEmpty();
            for (InvalidDocument variant : InvalidDocuments.ofRecord(line).withLimits(LIMITS).against(instrument)
                    .variants(random)) {
                ReadChecks.assertRefusedAsLine(variant);
                made.add(variant.defect());
            }
            assertThatCode(() -> JSON.read(result, "result")).doesNotThrowAnyException();
            for (InvalidDocument variant : InvalidDocuments.of(utf8(result)).withLimits(LIMITS).variants(random)) {
                ReadChecks.assertRefused(variant);
                made.add(variant.defect());
            }
            kinds.add(instrument.kind().kindName());
        });
        if (Properties.coverageApplies(CASES)) {
            assertThat(made).as("the defects made across the run").containsExactlyInAnyOrder(Defect.values());
            assertThat(kinds).hasSize(6);
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
