package org.engagementrubrics.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.engagementrubrics.core.ExtensionValue;
import org.engagementrubrics.core.Extensions;
import org.engagementrubrics.core.Fingerprint;
import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.core.LocalizedText;
import org.engagementrubrics.core.matrix.ArchetypeMatrix;
import org.engagementrubrics.core.matrix.Standard;
import org.engagementrubrics.core.response.Evidence;
import org.engagementrubrics.core.response.Rating;
import org.engagementrubrics.core.response.Ratings;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.core.scoring.ArchetypeResult;
import org.engagementrubrics.core.scoring.ColumnTally;
import org.engagementrubrics.core.scoring.Explanation;
import org.engagementrubrics.core.scoring.Fit;
import org.engagementrubrics.core.scoring.InstrumentRef;
import org.engagementrubrics.core.scoring.Profile;
import org.engagementrubrics.core.scoring.RowFit;
import org.engagementrubrics.core.scoring.ScoreResult;
import org.engagementrubrics.core.scoring.ScoringEngine;
import org.engagementrubrics.core.scoring.TiePolicies;
import org.engagementrubrics.testkit.Fixtures;
import org.engagementrubrics.testkit.Gen;
import org.engagementrubrics.testkit.Generators;
import org.engagementrubrics.testkit.Properties;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 9, item 3: every public value type that can sit in an embedder's own record round-trips through
 * {@link RubricJsonModule}, in the shape the format gives it, and a value that cannot be read fails at its
 * place, with the path into the embedder's record.
 */
@DisplayName("Issue 9 item 3: the Jackson module covers value types")
class RubricJsonModuleValuesTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().addModule(new RubricJsonModule()).build();

    /** An embedder's own record, holding our values as fields. */
    record Stored(String lmsId, Fit fit, Profile profile, Evidence evidence, Rating rating, RowFit row,
            ColumnTally tally, Explanation explanation, InstrumentRef instrument, Fingerprint fingerprint,
            LocalizedText label, Extensions extensions, Standard standard, Response response, ScoreResult result,
            List<Fit.Tie> ties, Map<String, Profile.Classified> classified) {
    }

    private final ArchetypeMatrix matrix = Fixtures.fourVersions();

    private Stored stored() {
        ArchetypeResult result = ScoringEngine.defaults().withTiePolicy(TiePolicies.lowerLevel()).score(matrix,
                Fixtures.response(matrix.id(), Fixtures.fits("partnership", "partnership", "partnership", "open-door", null)));
        RowFit row = result.rows().get(0);
        return new Stored("lms-7", row.fit(), result.profile(), Fixtures.fits("fortress"), Rating.notApplicable(), row,
                row.tallies().get(0), result.explanation(), result.instrument(), result.instrument().fingerprint(),
                LocalizedText.of(Map.of("en", "Yes", "es", "Sí"), "es"),
                Extensions.of(Map.of("vendor", new ExtensionValue.StringValue("x"))), matrix.dimensions().isEmpty()
                        ? null : Fixtures.stagedRubric().standards().get(0),
                Fixtures.response(matrix.id(), Fixtures.fits("open-door")), result,
                List.of(new Fit.Tie(List.of("a", "b"))), Map.of("k", new Profile.Classified("rule", "Label", 2)));
    }

    @Test
    void anEmbeddersRecordOfOurValuesRoundTripsThroughTheirMapper() {
        Stored stored = stored();

        String text = MAPPER.writeValueAsString(stored);

        assertThat(MAPPER.readValue(text, Stored.class)).isEqualTo(stored);
        assertThat(text).contains("\"fit\":{\"outcome\":\"winner\",\"column\":\"partnership\"}")
                .contains("\"evidence\":{\"kind\":\"marks\",\"statementIds\":[")
                .contains("\"rating\":\"not-applicable\"")
                .contains("\"fingerprint\":\"" + stored.fingerprint().value() + "\"")
                .contains("\"ties\":[{\"outcome\":\"tie\",\"columns\":[\"a\",\"b\"]}]");
    }

    @Test
    void eachValueIsWrittenInTheShapeItHasInsideADocument() {
        ArchetypeResult result = (ArchetypeResult) stored().result();
        String document = RubricJson.defaults().write(result);
        String compact = MAPPER.writeValueAsString(MAPPER.readTree(document));

        assertThat(compact).contains(MAPPER.writeValueAsString(result.rows().get(0)))
                .contains(MAPPER.writeValueAsString(result.profile()))
                .contains(MAPPER.writeValueAsString(result.instrument()))
                .contains(MAPPER.writeValueAsString(result.explanation()));
    }

    @Test
    void generatedEvidenceAndRatingsRoundTripTypedAsTheirFamilyOrTheirRecord() {
        Gen<Evidence> evidence = Generators.instruments().flatMap(Generators::evidence);
        Properties.forAll("evidence through the module", 200, evidence, value -> {
            String text = MAPPER.writeValueAsString(value);
            assertThat(MAPPER.readValue(text, Evidence.class)).isEqualTo(value);
            assertThat(MAPPER.readValue(text, value.getClass())).isEqualTo(value);
            if (value instanceof Ratings ratings) {
                for (Rating rating : ratings.byItem().values()) {
                    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(rating), Rating.class)).isEqualTo(rating);
                }
            }
        });
        Properties.forAll("instrument parts through the module", 100, Generators.instruments(), instrument -> {
            assertThat(MAPPER.readValue(MAPPER.writeValueAsString(instrument.title()), LocalizedText.class))
                    .isEqualTo(instrument.title());
            assertThat(MAPPER.readValue(MAPPER.writeValueAsString(instrument.extensions()), Extensions.class))
                    .isEqualTo(instrument.extensions());
            assertThat(MAPPER.readValue(MAPPER.writeValueAsString(instrument), Instrument.class)).isEqualTo(instrument);
        });
    }

    @Test
    void anObjectThatCannotBeReadFailsAtItsFirstProblemWithThePathIntoTheRecord() {
        String text = MAPPER.writeValueAsString(stored()).replace("{\"outcome\":\"winner\",\"column\":\"partnership\"}",
                "{\"outcome\":\"winner\",\n  \"column\": 7}");

        assertThatThrownBy(() -> MAPPER.readValue(text, Stored.class))
                .isInstanceOf(MismatchedInputException.class)
                .satisfies(e -> {
                    JacksonException failure = (JacksonException) e;
                    assertThat(failure.getLocation().getLineNr()).isEqualTo(2);
                    assertThat(failure.getLocation().getColumnNr()).isEqualTo(13);
                    assertThat(failure.getPathReference()).endsWith("Stored[\"fit\"]");
                    assertThat(((MismatchedInputException) e).getTargetType()).isEqualTo(Fit.class);
                })
                .cause().isInstanceOf(FormatException.class)
                .satisfies(e -> assertThat(((FormatException) e).problems()).singleElement().satisfies(p -> {
                    assertThat(p.pointer()).isEqualTo("/column");
                    assertThat(p.code()).isEqualTo("type-mismatch");
                    assertThat(p.line()).isEqualTo(2);
                }));
    }

    @Test
    void aScalarThatCannotBeReadFailsWhereItStandsThroughTheContext() {
        String text = "{\"lmsId\": \"a\",\n \"fingerprint\": \"sha256:nope\"}";

        assertThatThrownBy(() -> MAPPER.readValue(text, Stored.class))
                .isInstanceOf(tools.jackson.databind.exc.InvalidFormatException.class)
                .satisfies(e -> {
                    JacksonException failure = (JacksonException) e;
                    assertThat(failure.getLocation().getLineNr()).isEqualTo(2);
                    assertThat(failure.getLocation().getColumnNr()).isEqualTo(17);
                    assertThat(failure.getPathReference()).endsWith("Stored[\"fingerprint\"]");
                })
                .hasMessageContaining("fingerprint");
    }

    @Test
    void aRecordOfTheWrongVariantIsAMismatch() {
        assertThatThrownBy(() -> MAPPER.readValue("{\"outcome\": \"tie\", \"columns\": [\"a\", \"b\"]}", Fit.Winner.class))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("the value is a Tie; expected a Winner");
    }
}
