package org.engagementrubrics.testkit.invalid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
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
        Set<Defect> rosterMade = EnumSet.noneOf(Defect.class);
        Set<Defect> contactMade = EnumSet.noneOf(Defect.class);
        Set<String> kinds = new java.util.TreeSet<>();
        Properties.forAll("invalid variants are refused with their codes", CASES, CASES_GEN, c -> {
            SplittableRandom random = new SplittableRandom(c.seed());
            Instrument instrument = c.instrument();
            byte[] instrumentBytes = utf8(JSON.write(instrument));
            byte[] responseBytes = utf8(JSON.write(c.response()));
            byte[] line = utf8(JSON.writeLine(c.response()));
            String result = JSON.write(ScoringEngine.defaults().score(instrument, c.response()));

            assertThat(ReadChecks.problems(DocumentForm.DOCUMENT, instrumentBytes, LIMITS, null)).as("the instrument")
                    .isEmpty();
            assertThat(ReadChecks.problems(DocumentForm.DOCUMENT, responseBytes, LIMITS, instrument)).as("the response")
                    .isEmpty();
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
            assertThat(ReadChecks.problems(DocumentForm.RESPONSE_LINE, line, LIMITS, instrument)).as("the line")
                    .isEmpty();
            for (InvalidDocument variant : InvalidDocuments.ofResponseLine(line).withLimits(LIMITS).against(instrument)
                    .variants(random)) {
                ReadChecks.assertRefused(variant);
                made.add(variant.defect());
            }
            assertThat(ReadChecks.problems(DocumentForm.DOCUMENT, utf8(result), LIMITS, null)).as("the result").isEmpty();
            for (InvalidDocument variant : InvalidDocuments.of(utf8(result)).withLimits(LIMITS).variants(random)) {
                ReadChecks.assertRefused(variant);
                made.add(variant.defect());
            }
            kinds.add(instrument.kind().kindName());
        });
        Properties.forAll("invalid roster and contact lines are refused with their codes", CASES, LINES_GEN, c -> {
            SplittableRandom random = new SplittableRandom(c.seed());
            assertThat(ReadChecks.problems(DocumentForm.ROSTER_LINE, c.roster(), LIMITS, null)).as("the roster line")
                    .isEmpty();
            for (InvalidDocument variant : InvalidDocuments.ofRosterLine(c.roster()).withLimits(LIMITS).variants(random)) {
                ReadChecks.assertRefused(variant);
                rosterMade.add(variant.defect());
            }
            assertThat(ReadChecks.problems(DocumentForm.CONTACT_LINE, c.contact(), LIMITS, null)).as("the contact line")
                    .isEmpty();
            for (InvalidDocument variant : InvalidDocuments.ofContactLine(c.contact()).withLimits(LIMITS)
                    .variants(random)) {
                ReadChecks.assertRefused(variant);
                contactMade.add(variant.defect());
            }
        });
        if (Properties.coverageApplies(CASES)) {
            assertThat(made).as("the defects made across the run").containsExactlyInAnyOrder(Defect.values());
            assertThat(kinds).hasSize(7);
            assertThat(rosterMade).as("the defects made of roster lines").containsAll(EnumSet.of(Defect.DUPLICATE_ID,
                    Defect.WRONG_TYPE, Defect.MISSING_FIELD, Defect.UNKNOWN_FIELD, Defect.EMPTY, Defect.UTF16,
                    Defect.INVALID_UTF8, Defect.TRUNCATED, Defect.DUPLICATE_KEY, Defect.STRING_TOO_LONG));
            assertThat(contactMade).as("the defects made of contact lines").containsAll(EnumSet.of(Defect.WRONG_TYPE,
                    Defect.MISSING_FIELD, Defect.DUPLICATE_KEY, Defect.TRUNCATED, Defect.INVALID_UTF8));
        }
    }

    /** A roster family and a contact record in JSON Lines, and the seed that places the defects. */
    private record Lines(byte[] roster, byte[] contact, long seed) {
        @Override
        public String toString() {
            return new String(roster, StandardCharsets.UTF_8).strip() + " and "
                    + new String(contact, StandardCharsets.UTF_8).strip() + ", variants seeded " + seed;
        }
    }

    private static final Gen<String> GROUPS = Gen.elements("iep", "homeless", "foster-care", "race-ethnicity:asian",
            "multilingual-learner");

    private static final Gen<Lines> LINES_GEN = random -> {
        String family = Generators.ids().generate(random);
        List<String> groups = Generators.distinct(GROUPS, 0, 3).generate(random);
        String roster = "{\"familyId\":\"" + family + "\"" + (groups.isEmpty() && random.nextBoolean() ? ""
                : ",\"groups\":[" + groups.stream().map(g -> "\"" + g + "\"").collect(Collectors.joining(",")) + "]")
                + "}\n";
        LocalDate day = LocalDate.of(2025, 8, 1).plusDays(random.nextInt(300));
        String contact = "{\"familyId\":\"" + family + "\",\"date\":\"" + day + "\""
                + (random.nextBoolean() ? ",\"channel\":\"phone\"" : "")
                + (random.nextBoolean() ? ",\"staffId\":\"t-" + random.nextInt(9) + "\"" : "") + "}\n";
        return new Lines(utf8(roster), utf8(contact), random.nextLong());
    };

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
