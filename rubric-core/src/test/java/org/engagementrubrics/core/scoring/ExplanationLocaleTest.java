package org.engagementrubrics.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.core.matrix.MatrixInstrument;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.testkit.Generators;
import org.engagementrubrics.testkit.Properties;
import org.junit.jupiter.api.Test;

/**
 * Explanations rendered in a locale (issue 15 item 3): every key has a Spanish pattern with the same
 * placeholders, every explanation kind renders in Spanish from Spanish patterns, and English is today's text.
 */
class ExplanationLocaleTest {

    private static final String BUNDLE = "org.engagementrubrics.core.scoring.explanations";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

    @Test
    void everyEnglishKeyHasASpanishPatternWithTheSamePlaceholders() throws java.io.IOException {
        ResourceBundle root = ResourceBundle.getBundle(BUNDLE, Locale.ROOT);
        ResourceBundle spanish = ResourceBundle.getBundle(BUNDLE, ExplanationLocales.SPANISH);
        assertThat(spanish.getLocale().getLanguage()).isEqualTo("es");
        Set<String> rootKeys = new TreeSet<>(root.keySet());
        // the Spanish bundle's own keys, not those it inherits from the root
        java.util.Properties own = new java.util.Properties();
        try (java.io.Reader in = new java.io.InputStreamReader(ExplanationLocaleTest.class.getResourceAsStream(
                "explanations_es.properties"), java.nio.charset.StandardCharsets.UTF_8)) {
            own.load(in);
        }
        Set<String> spanishKeys = new TreeSet<>(own.stringPropertyNames());
        assertThat(spanishKeys).isEqualTo(rootKeys);
        for (String key : rootKeys) {
            assertThat(placeholders(spanish.getString(key))).as(key).isEqualTo(placeholders(root.getString(key)));
        }
    }

    private static Set<String> placeholders(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(pattern);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    @Test
    void everyGeneratedExplanationRendersInSpanishAndInEnglishAsItsText() {
        Properties.forAll("explanations in a locale", 150,
                Generators.instruments().flatMap(i -> Generators.responses(i, 1, 4).map(rs -> Map.entry(i, rs))), c -> {
            Instrument instrument = c.getKey();
            List<Response> responses = c.getValue();
            ScoringEngine engine = ScoringEngine.defaults();
            PreparedInstrument<Instrument, ScoreResult> prepared = engine.prepare(instrument);
            for (Response response : responses) {
                ExplanationLocales.check(prepared.score(response).explanation());
                if (instrument instanceof MatrixInstrument matrix) {
                    ExplanationLocales.check(engine.bestFit(matrix, response).explanation());
                }
            }
            if (prepared.summarizes()) {
                ExplanationLocales.check(prepared.summarize(responses).explanation());
            }
        });
    }

    @Test
    void spanishNumbersUseADecimalCommaAndInstrumentTextStaysAsGiven() {
        Message line = Message.of("title.line", "Family <Night>", Message.of("rating.summary", new BigDecimal("2.50"),
                new BigDecimal("3.00"), 4, 1, 0, Message.of("number.percent", new BigDecimal("75")), "{1=1, 3=3}"));
        assertThat(line.text(Locale.ENGLISH)).isEqualTo("Family <Night>: mean 2.50, median 3.00 from 4 rated "
                + "(1 not rated, 0 not applicable); 75% in the top two; distribution {1=1, 3=3}");
        assertThat(line.text(ExplanationLocales.SPANISH)).isEqualTo("Family <Night>: media 2,50, mediana 3,00 de 4 "
                + "calificados (1 sin calificar, 0 no aplicables); 75 % en los dos niveles más altos; distribución {1=1, 3=3}");
    }

    @Test
    void aLineGivenAsTextReadsTheSameInEveryLocale() {
        Explanation written = new Explanation("Overall: good", List.of("because"), List.of());
        assertThat(written.toText(ExplanationLocales.SPANISH)).isEqualTo(written.toText()).isEqualTo("Overall: good\n  - because\n");
        assertThat(written).isEqualTo(Explanation.of(Message.text("Overall: good"), Message.text("because")));
    }

    @Test
    void aKeyTheBundleLacksOrAnArgumentOfAnotherTypeIsRefused() {
        assertThatThrownBy(() -> Message.of("no.such.key")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no.such.key");
        assertThatThrownBy(() -> Message.of("text", 2.5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("arguments[0]");
    }
}
