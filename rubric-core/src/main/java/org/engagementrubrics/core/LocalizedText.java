package org.engagementrubrics.core;

import jakarta.validation.constraints.NotBlank;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A human-readable text in one or more languages, with a default language to fall back to.
 *
 * <p>The seeds ask for materials "in all major languages", so every text in an instrument is a
 * {@code LocalizedText}. Languages are BCP 47 tags in canonical form ({@code en}, {@code es-MX}).
 * {@link #text(Locale)} picks the exact tag, then the bare language, then the default.
 *
 * <pre>{@code
 * LocalizedText title = LocalizedText.of("Building Relationships")
 *         .withTranslation("es", "Construyendo relaciones");
 * title.text(Locale.forLanguageTag("es-MX"));   // "Construyendo relaciones"
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param values the text by language tag, sorted by tag, not empty
 * @param defaultLanguage the tag to fall back to, present in {@code values}
 */
public record LocalizedText(Map<String, @NotBlank String> values, String defaultLanguage) {

    /** The default language of texts made by {@link #of(String)}. */
    public static final String ENGLISH = "en";

    /**
     * Creates a text, checking what {@link #text()} needs: at least one language, every tag a canonical
     * BCP 47 tag, and a text in the default language. Blank texts are left to validation.
     *
     * @param values the text by language tag, sorted by tag, not empty
     * @param defaultLanguage the tag to fall back to, present in {@code values}
     * @throws NullPointerException if an argument, key or value is null
     * @throws IllegalArgumentException if the structure is unusable
     */
    public LocalizedText {
        Objects.requireNonNull(values, "values");
        Objects.requireNonNull(defaultLanguage, "defaultLanguage");
        if (values.isEmpty()) {
            throw new IllegalArgumentException("values must hold at least one language");
        }
        TreeMap<String, String> sorted = new TreeMap<>();
        for (Map.Entry<String, String> entry : values.entrySet()) {
            String tag = Objects.requireNonNull(entry.getKey(), "language tag");
            checkTag(tag);
            sorted.put(tag, Objects.requireNonNull(entry.getValue(), () -> "text for language '" + tag + "'"));
        }
        if (!sorted.containsKey(defaultLanguage)) {
            throw new IllegalArgumentException("defaultLanguage '" + defaultLanguage
                    + "' has no text; languages present: " + sorted.keySet());
        }
        values = Collections.unmodifiableSortedMap(sorted);
    }

    private static void checkTag(String tag) {
        if (tag.equals(ENGLISH)) {
            return; // canonical, and nearly every text's only language: no need to parse it
        }
        String canonical = Locale.forLanguageTag(tag).toLanguageTag();
        if (tag.isEmpty() || "und".equals(canonical) || !canonical.equals(tag)) {
            throw new IllegalArgumentException("language tag '" + tag
                    + "' is not a canonical BCP 47 tag" + ("und".equals(canonical) ? "" : " (expected '" + canonical + "')"));
        }
    }

    /**
     * Obtains an English-only text.
     *
     * @param english the text, not null
     * @return the localized text
     */
    public static LocalizedText of(String english) {
        return new LocalizedText(Map.of(ENGLISH, Objects.requireNonNull(english, "english")), ENGLISH);
    }

    /**
     * Obtains a text in several languages.
     *
     * @param values the text by language tag, not empty
     * @param defaultLanguage the tag to fall back to, present in {@code values}
     * @return the localized text
     */
    public static LocalizedText of(Map<String, String> values, String defaultLanguage) {
        return new LocalizedText(values, defaultLanguage);
    }

    /**
     * Returns a copy with a translation added or replaced.
     *
     * @param language the canonical BCP 47 tag, not null
     * @param text the translation, not null
     * @return a localized text with the translation, {@code this} if nothing changes
     */
    public LocalizedText withTranslation(String language, String text) {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(text, "text");
        if (text.equals(values.get(language))) {
            return this;
        }
        TreeMap<String, String> copy = new TreeMap<>(values);
        copy.put(language, text);
        return new LocalizedText(copy, defaultLanguage);
    }

    /**
     * Returns the text in the default language.
     *
     * @return the default text
     */
    public String text() {
        return values.get(defaultLanguage);
    }

    /**
     * Returns the text for a locale: the exact tag, then the bare language, then the default language.
     *
     * @param locale the wanted locale, not null
     * @return the best text
     */
    public String text(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        String exact = values.get(locale.toLanguageTag());
        if (exact != null) {
            return exact;
        }
        String language = values.get(locale.getLanguage());
        return language != null ? language : text();
    }

    /**
     * Returns the default-language text.
     */
    @Override
    public String toString() {
        return text();
    }
}
