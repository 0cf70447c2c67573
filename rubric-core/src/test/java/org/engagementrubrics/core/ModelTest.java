package org.engagementrubrics.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.engagementrubrics.core.matrix.Cell;
import org.engagementrubrics.core.matrix.Stage;
import org.engagementrubrics.core.matrix.StagedRubric;
import org.engagementrubrics.core.matrix.Statement;
import org.engagementrubrics.core.response.MarkedStatements;
import org.engagementrubrics.core.response.Rating;
import org.engagementrubrics.core.response.Ratings;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.core.validation.Problem;
import org.engagementrubrics.testkit.Fixtures;
import org.junit.jupiter.api.Test;

class ModelTest {

    @Test
    void localizedTextFallsBackFromRegionToLanguageToDefault() {
        LocalizedText text = LocalizedText.of("Building Relationships").withTranslation("es", "Construyendo relaciones")
                .withTranslation("es-MX", "Construyendo relaciones (MX)");

        assertThat(text.text(Locale.forLanguageTag("es-MX"))).isEqualTo("Construyendo relaciones (MX)");
        assertThat(text.text(Locale.forLanguageTag("es-ES"))).isEqualTo("Construyendo relaciones");
        assertThat(text.text(Locale.FRENCH)).isEqualTo("Building Relationships");
        assertThat(text.values().keySet()).containsExactly("en", "es", "es-MX");
        assertThat(text.withTranslation("es", "Construyendo relaciones")).isSameAs(text);
    }

    @Test
    void localizedTextRejectsAnUnusableStructureWithANamedReason() {
        assertThatThrownBy(() -> LocalizedText.of(Map.of("es", "Hola"), "en"))
                .hasMessage("defaultLanguage 'en' has no text; languages present: [es]");
        assertThatThrownBy(() -> LocalizedText.of(Map.of("EN", "Hello"), "EN"))
                .hasMessage("language tag 'EN' is not a canonical BCP 47 tag (expected 'en')");
        assertThatThrownBy(() -> LocalizedText.of(Map.of(), "en")).hasMessage("values must hold at least one language");
        assertThatThrownBy(() -> LocalizedText.of((String) null)).isInstanceOf(NullPointerException.class)
                .hasMessage("english");
    }

    @Test
    void requiredComponentsAreCheckedWhereTheObjectIsMade() {
        assertThatThrownBy(() -> Statement.of("s1", null)).isInstanceOf(NullPointerException.class).hasMessage("english");
        assertThatThrownBy(() -> new Stage(null, 1, LocalizedText.of("Exploration"), Extensions.empty()))
                .isInstanceOf(NullPointerException.class).hasMessage("id");
        assertThatThrownBy(() -> Response.of("r", "i", "rater", "school", null, MarkedStatements.of()))
                .isInstanceOf(NullPointerException.class).hasMessage("recordedAt");
    }

    @Test
    void collectionsAreCopiedSoLaterChangesDoNotLeakIn() {
        List<Statement> statements = new ArrayList<>(List.of(Statement.of("a", "A")));
        Cell cell = new Cell("exploration", statements);
        statements.add(Statement.of("b", "B"));

        assertThat(cell.statements()).hasSize(1);
        assertThatThrownBy(() -> cell.statements().add(Statement.of("c", "C")))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void evidenceIsIndependentOfTheOrderMarksWereGiven() {
        assertThat(MarkedStatements.of("b", "a", "c", "a")).isEqualTo(MarkedStatements.of("c", "b", "a"));
        Map<String, Rating> forward = new HashMap<>();
        forward.put("x", Rating.of(2));
        forward.put("a", Rating.notRated());
        assertThat(Ratings.of(forward).byItem().keySet()).containsExactly("a", "x");
    }

    @Test
    void fingerprintsFollowContentAndParseBack() {
        StagedRubric rubric = Fixtures.stagedRubric();
        Fingerprint fingerprint = rubric.fingerprint();

        assertThat(fingerprint.value()).matches("sha256:[0-9a-f]{64}");
        assertThat(Fixtures.stagedRubric().fingerprint()).isEqualTo(fingerprint);
        assertThat(Fingerprint.parse(fingerprint.toString())).isEqualTo(fingerprint);
        StagedRubric translated = new StagedRubric(rubric.id(), rubric.version(),
                rubric.title().withTranslation("es", "Rúbrica"), rubric.source(), rubric.errata(), rubric.extensions(),
                rubric.stages(), rubric.standards());
        assertThat(translated.fingerprint()).isNotEqualTo(fingerprint);
        StagedRubric extended = new StagedRubric(rubric.id(), rubric.version(), rubric.title(), rubric.source(),
                rubric.errata(), Extensions.of(Map.of("vendor", ExtensionValue.of(new BigDecimal("1.50")))),
                rubric.stages(), rubric.standards());
        assertThat(extended.fingerprint()).isNotEqualTo(fingerprint);
        assertThatThrownBy(() -> Fingerprint.parse("md5:abc"))
                .hasMessage("fingerprint 'md5:abc' must be 'sha256:' followed by 64 lower-case hex digits");
    }

    @Test
    void problemsGiveAJsonPointerAndSortStably() {
        Problem problem = Problem.of("standards[0].cells[2].statements[1].id", "duplicate-id", "m");

        assertThat(problem.pointer()).isEqualTo("/standards/0/cells/2/statements/1/id");
        assertThat(Problem.of("", "x", "m").pointer()).isEmpty();
        assertThat(Problem.of("evidence.byItem[a/b]", "x", "m").pointer()).isEqualTo("/evidence/byItem/a~1b");
        assertThat(Problem.of("evidence.byItem[c4.i9]", "x", "m").pointer()).isEqualTo("/evidence/byItem/c4.i9");
        assertThat(Problem.of("evidence.byIndicator[6837].priorityOnlyWhenNone", "x", "m").pointer())
                .isEqualTo("/evidence/byIndicator/6837/priorityOnlyWhenNone");
        assertThat(List.of(Problem.of("stages[10].id", "x", "m"), Problem.of("stages[2].id", "x", "m"),
                Problem.of("stages", "x", "m")).stream().sorted().map(Problem::path))
                .containsExactly("stages", "stages[2].id", "stages[10].id");
        assertThat(problem).hasToString("standards[0].cells[2].statements[1].id: [duplicate-id] m");
    }

    @Test
    void instrumentKindsHaveStableFileNames() {
        assertThat(InstrumentKind.fromWireName("archetype-matrix")).isEqualTo(InstrumentKind.ARCHETYPE_MATRIX);
        assertThat(Fixtures.survey().kind().kindName()).isEqualTo("survey");
        assertThatThrownBy(() -> InstrumentKind.fromWireName("quiz")).hasMessageStartingWith("unknown instrument kind 'quiz'");
    }
}
