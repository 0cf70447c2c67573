package org.engagementrubrics.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Pattern;

/** Checks that an explanation renders in Spanish from Spanish patterns only, and in English as its text. */
public final class ExplanationLocales {

    /** Spanish, as a report asks for it. */
    public static final Locale SPANISH = Locale.forLanguageTag("es");
    private static final String BUNDLE = "org.engagementrubrics.core.scoring.explanations";
    private static final ResourceBundle ROOT = ResourceBundle.getBundle(BUNDLE, Locale.ROOT);
    private static final ResourceBundle ES = ResourceBundle.getBundle(BUNDLE, SPANISH);
    private static final Pattern LETTERS = Pattern.compile("\\p{L}{2,}");

    private ExplanationLocales() {
    }

    /**
     * Checks that English renders as {@code toText()}, and that every message of the explanation, nested ones
     * included, has a Spanish pattern of its own wherever the English one has words.
     *
     * @param explanation the explanation
     */
    public static void check(Explanation explanation) {
        assertThat(explanation.toText(Locale.ENGLISH)).isEqualTo(explanation.toText());
        assertThat(explanation.toText(Locale.ROOT)).isEqualTo(explanation.toText());
        assertThat(explanation.toText(Locale.US)).isEqualTo(explanation.toText());
        String spanish = explanation.toText(SPANISH);
        assertThat(spanish.lines().count()).isEqualTo(explanation.toText().lines().count());
        walk(explanation);
    }

    private static void walk(Explanation explanation) {
        check(explanation.summaryMessage());
        explanation.detailMessages().forEach(ExplanationLocales::check);
        explanation.parts().forEach(ExplanationLocales::walk);
    }

    private static void check(Message message) {
        if (!message.key().isEmpty()) {
            String english = ROOT.getString(message.key());
            String spanish = ES.getString(message.key());
            if (LETTERS.matcher(english.replaceAll("\\{\\d+}", "")).find()) {
                assertThat(spanish).as("Spanish pattern of %s", message.key()).isNotEqualTo(english);
            }
            assertThat(message.text(SPANISH)).doesNotContain(english.replaceAll("\\{\\d+}.*", "").isBlank()
                    ? "\u0000" : english.replaceAll("\\{\\d+}.*", ""));
        }
        for (Object argument : message.arguments()) {
            if (argument instanceof Message nested) {
                check(nested);
            }
        }
    }
}
