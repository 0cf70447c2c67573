package org.engagementrubrics.testkit.invalid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.core.response.Rating;
import org.engagementrubrics.core.response.Ratings;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.json.ReadLimits;
import org.engagementrubrics.json.RubricJson;
import org.engagementrubrics.testkit.Fixtures;
import org.engagementrubrics.testkit.Properties;
import org.junit.jupiter.api.Test;

/** Invalid variants of the small fixed documents, read with the reader's default limits. */
class InvalidDocumentsTest {

    private static final RubricJson JSON = RubricJson.defaults();
    private static final ReadLimits SMALL_LIMITS = ReadLimits.defaults().withMaxDocumentBytes(16 * 1024)
            .withMaxElements(100).withMaxStringLength(200);

    /** A staged rubric in format 1.0, written by hand as the files of the invalid corpus are. */
    private static final String MINI_RUBRIC_1_0 = "{\n"
            + "  \"format\": \"engagement-rubrics/1.0\",\n"
            + "  \"kind\": \"staged-rubric\",\n"
            + "  \"id\": \"mini\",\n"
            + "  \"version\": \"1.0.0\",\n"
            + "  \"extensions\": {\"acme\": {\"colour\": \"blue\", \"weight\": 1.50}},\n"
            + "  \"title\": \"Mini rubric\",\n"
            + "  \"source\": {\"title\": \"Test\", \"attribution\": \"Tests\"},\n"
            + "  \"stages\": [\n"
            + "    {\"id\": \"exploration\", \"position\": 1, \"label\": \"Exploration\"},\n"
            + "    {\"id\": \"expansion\", \"position\": 2, \"label\": \"Expansion\"}\n"
            + "  ],\n"
            + "  \"standards\": [\n"
            + "    {\n"
            + "      \"id\": \"standard-1\",\n"
            + "      \"number\": 1,\n"
            + "      \"title\": \"Welcome\",\n"
            + "      \"intent\": \"Families feel welcome.\",\n"
            + "      \"cells\": [\n"
            + "        {\"columnId\": \"exploration\", \"statements\": [{\"id\": \"e1\", \"text\": \"E one\"}]},\n"
            + "        {\"columnId\": \"expansion\", \"statements\": [{\"id\": \"x1\", \"text\": \"X one\"}]}\n"
            + "      ]\n"
            + "    }\n"
            + "  ]\n"
            + "}\n";

    private static List<Instrument> fixtures() {
        return List.of(Fixtures.stagedRubric(), Fixtures.fourVersions(), Fixtures.conditions(), Fixtures.survey(),
                Fixtures.district(), Fixtures.checklist());
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static Response surveyResponse() {
        Map<String, Rating> ratings = Fixtures.ratings("s1", 3, "s2", Rating.notRated());
        return Fixtures.response(Fixtures.survey().id(), new Ratings(new TreeMap<>(ratings)));
    }

    @Test
    void everyVariantOfEveryFixtureIsRefusedWithItsCodeAtDefaultLimits() {
        for (Instrument instrument : fixtures()) {
            byte[] document = utf8(JSON.write(instrument));
            InvalidDocuments variants = InvalidDocuments.of(document);
            assertThat(variants.defects()).as(instrument.id()).contains(Defect.DUPLICATE_ID, Defect.WRONG_TYPE,
                    Defect.MISSING_FIELD, Defect.UNKNOWN_FIELD, Defect.DOCUMENT_TOO_LARGE, Defect.EMPTY);
            for (InvalidDocument variant : variants.variants(new SplittableRandom(11))) {
                assertThat(variant.limits()).isEqualTo(ReadLimits.defaults());
                ReadChecks.assertRefused(variant);
            }
        }
    }

    @Test
    void aHandWrittenRubricInFormat10KeepsItsDefectsOutOfVendorData() {
        Set<Defect> made = EnumSet.noneOf(Defect.class);
        for (int seed = 0; seed < 60; seed++) {
            for (InvalidDocument variant : InvalidDocuments.of(utf8(MINI_RUBRIC_1_0)).withLimits(SMALL_LIMITS)
                    .variants(new SplittableRandom(seed))) {
                ReadChecks.assertRefused(variant);
                made.add(variant.defect());
                if (variant.defect() == Defect.UNKNOWN_FIELD || variant.defect() == Defect.MISSING_FIELD
                        || variant.defect() == Defect.WRONG_TYPE) {
                    assertThat(variant.expectedPointer()).get().asString().as(variant.toString())
                            .doesNotStartWith("/extensions");
                }
            }
        }
        assertThat(made).contains(Defect.DUPLICATE_ID, Defect.DUPLICATE_LABEL, Defect.DANGLING_REFERENCE,
                Defect.UNKNOWN_FIELD, Defect.MISSING_FIELD, Defect.BAD_NUMBER);
    }

    @Test
    void missingFieldsAreOnlyRequiredOnes() {
        Set<String> removed = new java.util.TreeSet<>();
        Properties.forAll("only required fields go missing", 200,
                random -> InvalidDocuments.of(utf8(JSON.write(Fixtures.fourVersions())))
                        .variant(Defect.MISSING_FIELD, random), variant -> {
                    String pointer = variant.expectedPointer().orElseThrow();
                    removed.add(pointer.substring(pointer.lastIndexOf('/') + 1));
                    ReadChecks.assertRefused(variant);
                });
        assertThat(removed).doesNotContain("extensions", "errata", "citation", "profileRules").contains("id");
    }

    @Test
    void aResponseReadAgainstItsInstrumentGetsTheDefectsOfThatCheck() {
        byte[] response = utf8(JSON.write(surveyResponse()));
        assertThat(ReadChecks.problems(DocumentForm.DOCUMENT, response, ReadLimits.defaults(), Fixtures.survey()))
                .isEmpty();
        assertThat(InvalidDocuments.of(response).defects()).doesNotContain(Defect.OFF_SCALE_RATING,
                Defect.OTHER_INSTRUMENT, Defect.DANGLING_REFERENCE, Defect.DUPLICATE_ID);

        InvalidDocuments against = InvalidDocuments.of(response).against(Fixtures.survey());
        InvalidDocument offScale = against.variant(Defect.OFF_SCALE_RATING, new SplittableRandom(3));
        assertThat(offScale.expectedCode()).isEqualTo("out-of-scale");
        assertThat(offScale.expectedPointer()).contains("/evidence/byItem/s1");
        assertThat(offScale.text()).contains("\"s1\": 5");
        assertThat(offScale.instrument()).contains(Fixtures.survey());
        InvalidDocument other = against.variant(Defect.OTHER_INSTRUMENT, new SplittableRandom(3));
        assertThat(other.expectedPointer()).contains("/instrumentId");
        InvalidDocument unknownItem = against.variant(Defect.DANGLING_REFERENCE, new SplittableRandom(3));
        assertThat(unknownItem.expectedPointer()).get().asString().startsWith("/evidence/byItem/no-such-item");
        for (InvalidDocument variant : against.variants(new SplittableRandom(5))) {
            ReadChecks.assertRefused(variant);
        }
    }

    @Test
    void aStreamLineStaysOneLine() {
        byte[] line = utf8(JSON.writeLine(surveyResponse()));
        InvalidDocuments variants = InvalidDocuments.ofResponseLine(line).against(Fixtures.survey());
        assertThat(variants.defects()).doesNotContain(Defect.EMPTY);
        for (InvalidDocument variant : variants.variants(new SplittableRandom(9))) {
            assertThat(variant.form()).isEqualTo(DocumentForm.RESPONSE_LINE);
            if (variant.defect() != Defect.UTF16) {
                assertThat(variant.text().strip()).as(variant.toString()).doesNotContain("\n");
            }
            ReadChecks.assertRefused(variant);
        }
    }

    @Test
    void aVariantDiffersFromItsDocumentOnlyByItsDefect() {
        for (Instrument instrument : fixtures()) {
            String document = JSON.write(instrument);
            InvalidDocument variant = InvalidDocuments.of(utf8(document))
                    .variant(Defect.UNSUPPORTED_FORMAT, new SplittableRandom(5));
            assertThat(variant.text().replaceFirst("engagement-rubrics/[0-9]+\\.0", "engagement-rubrics/2.0"))
                    .isEqualTo(document);
        }
    }

    @Test
    void aDuplicateKeyIsWrittenAfterTheFirst() {
        InvalidDocument variant = InvalidDocuments.of(utf8(MINI_RUBRIC_1_0))
                .variant(Defect.DUPLICATE_KEY, new SplittableRandom(1));
        String key = variant.expectedPointer().orElseThrow();
        key = key.substring(key.lastIndexOf('/') + 1);
        String text = variant.text();
        assertThat(text.indexOf("\"" + key + "\"")).isLessThan(text.lastIndexOf("\"" + key + "\""));
        assertThat(variant.toString()).startsWith("DUPLICATE_KEY [duplicate-key at " + variant.expectedPointer().get())
                .contains("written twice");
    }

    @Test
    void theSameSeedGivesTheSameVariants() {
        InvalidDocuments variants = InvalidDocuments.of(utf8(JSON.write(Fixtures.fourVersions())));
        assertThat(variants.variants(new SplittableRandom(42))).isEqualTo(variants.variants(new SplittableRandom(42)));
        assertThat(variants.variants(new SplittableRandom(42))).isNotEqualTo(variants.variants(new SplittableRandom(43)));
        assertThat(variants.gen().sample(7)).isEqualTo(variants.gen().sample(7));
    }

    @Test
    void limitDefectsPassTheLimitsGivenByOne() {
        ReadLimits limits = ReadLimits.defaults().withMaxStringLength(50).withMaxElements(20).withMaxDepth(10)
                .withMaxDocumentBytes(10_000).withMaxNumberLength(12);
        InvalidDocuments variants = InvalidDocuments.of(utf8(MINI_RUBRIC_1_0)).withLimits(limits);
        SplittableRandom random = new SplittableRandom(2);
        assertThat(variants.variant(Defect.DOCUMENT_TOO_LARGE, random).bytes()).hasSize(10_002);
        assertThat(variants.variant(Defect.TOO_MANY_ELEMENTS, random).text()).contains("0,".repeat(20) + "0]");
        assertThat(variants.variant(Defect.TOO_DEEP, random).expectedPointer())
                .contains("/extensions/deep" + "/0".repeat(8));
        assertThat(variants.variant(Defect.NUMBER_TOO_LONG, random).text()).contains("1" + "0".repeat(12) + "\n")
                .doesNotContain("1" + "0".repeat(13));
        for (InvalidDocument variant : variants.variants(random)) {
            assertThat(variant.limits()).isEqualTo(limits);
            ReadChecks.assertRefused(variant);
        }
    }

    @Test
    void rosterAndContactLinesGetTheirOwnDefects() {
        InvalidDocuments roster = InvalidDocuments.ofRosterLine(utf8("{\"familyId\": \"f-1\", \"groups\": [\"iep\"]}\n"));
        assertThat(roster.defects()).contains(Defect.DUPLICATE_ID, Defect.UNKNOWN_FIELD, Defect.EMPTY)
                .doesNotContain(Defect.UNSUPPORTED_FORMAT, Defect.UNKNOWN_KIND, Defect.DUPLICATE_LABEL);
        assertThat(roster.variant(Defect.DUPLICATE_ID, new SplittableRandom(1)).text())
                .isEqualTo("{\"familyId\": \"f-1\", \"groups\": [\"iep\"]}\n".repeat(2));
        InvalidDocuments contacts = InvalidDocuments.ofContactLine(utf8("{\"familyId\": \"f-1\", \"date\": \"2025-10-01\"}"));
        assertThat(contacts.defects()).doesNotContain(Defect.UNKNOWN_FIELD, Defect.EMPTY, Defect.DUPLICATE_ID)
                .contains(Defect.MISSING_FIELD, Defect.WRONG_TYPE);
        for (InvalidDocuments variants : List.of(roster, contacts)) {
            for (InvalidDocument variant : variants.variants(new SplittableRandom(4))) {
                ReadChecks.assertRefused(variant);
            }
        }
    }

    @Test
    void bytesAreCopied() {
        byte[] document = utf8(MINI_RUBRIC_1_0);
        InvalidDocuments variants = InvalidDocuments.of(document);
        document[0] = 'x';
        InvalidDocument variant = variants.variant(Defect.TRAILING_CONTENT, new SplittableRandom(1));
        byte[] bytes = variant.bytes();
        bytes[0] = 'x';
        assertThat(variant.bytes()[0]).isEqualTo((byte) '{');
    }

    @Test
    void refusesWhatItCannotVary() {
        assertThatNullPointerException().isThrownBy(() -> InvalidDocuments.of(null)).withMessage("validDocument");
        assertThatNullPointerException().isThrownBy(() -> InvalidDocuments.ofRosterLine(null)).withMessage("validLine");
        assertThatThrownBy(() -> InvalidDocuments.of(utf8("[1, 2]"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the document is not one JSON object");
        assertThatThrownBy(() -> InvalidDocuments.of(utf8("{\"a\": "))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("the document is not JSON");
        assertThatThrownBy(() -> InvalidDocuments.ofResponseLine(utf8(MINI_RUBRIC_1_0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("a JSON Lines record must be one line");
        InvalidDocuments rubric = InvalidDocuments.of(utf8(MINI_RUBRIC_1_0));
        assertThatThrownBy(() -> rubric.against(Fixtures.stagedRubric())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("only a response is read against an instrument");
        assertThatThrownBy(() -> rubric.variant(Defect.OFF_SCALE_RATING, new SplittableRandom(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("defect OFF_SCALE_RATING does not apply to this document");
        assertThatNullPointerException().isThrownBy(() -> rubric.variants(null)).withMessage("random");
        assertThatNullPointerException().isThrownBy(() -> rubric.withLimits(null)).withMessage("limits");
    }
}
