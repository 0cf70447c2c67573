package org.engagementrubrics.core.report;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;

import org.engagementrubrics.core.LocalizedText;

/**
 * The report's words and number formats in one locale: the chrome and the explanations from the bundle
 * {@code org.engagementrubrics.core.report.messages} (English in the base bundle, Spanish in {@code _es}),
 * numbers and dates formatted for the locale, and instrument text in the requested language where the
 * instrument has it.
 *
 * <p>The bundles live in this module's own, encapsulated package; this module's code loads them, which works
 * on the module path as on the class path.
 *
 * <p>Immutable and thread-safe once made: every format is created per call.
 */
final class Messages {

    private static final String BUNDLE = "org.engagementrubrics.core.report.messages";

    private final Locale locale;
    private final ResourceBundle bundle;

    private Messages(Locale locale) {
        this.locale = locale;
        // an empty messages_en bundle stops the lookup at English, whatever the JVM's default locale
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale);
    }

    /**
     * Obtains the messages of a locale.
     *
     * @param locale the locale, one the bundles have
     * @return the messages
     */
    static Messages of(Locale locale) {
        return new Messages(Objects.requireNonNull(locale, "locale"));
    }

    /**
     * Returns the locale.
     *
     * @return the locale
     */
    Locale locale() {
        return locale;
    }

    /**
     * Returns a message, its arguments inserted as they are (format numbers first).
     *
     * @param key the key in the bundle
     * @param args the arguments, already formatted
     * @return the message
     */
    String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        return new MessageFormat(pattern, locale).format(args);
    }

    /**
     * Formats a count.
     *
     * @param count the count
     * @return the text, grouped for the locale
     */
    String count(long count) {
        return NumberFormat.getIntegerInstance(locale).format(count);
    }

    /**
     * Formats a share of 0 to 1 as a percentage with at most one decimal.
     *
     * @param share the share
     * @return the text
     */
    String percent(double share) {
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMaximumFractionDigits(1);
        return format.format(share);
    }

    /**
     * Formats a mean or a coefficient with two decimals.
     *
     * @param value the number
     * @return the text
     */
    String decimal(double value) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    /**
     * Formats a date in the locale's long style.
     *
     * @param date the date
     * @return the text
     */
    String date(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
    }

    /**
     * Checks if an instrument text has a text in this locale's language, exact tag or bare language.
     *
     * @param text the text
     * @return whether the text is shown without falling back
     */
    boolean hasLanguage(LocalizedText text) {
        Map<String, String> values = text.values();
        return values.containsKey(locale.toLanguageTag()) || values.containsKey(locale.getLanguage());
    }

    /**
     * Writes an instrument text: in this locale's language if the instrument has it, else its default-language
     * text inside a span marked with that language, never translated.
     *
     * @param html the writer
     * @param text the text
     */
    void write(Html html, LocalizedText text) {
        if (hasLanguage(text)) {
            html.text(text.text(locale));
        } else {
            html.open(Html.Tag.SPAN).attr(Html.Attr.LANG, text.defaultLanguage()).text(text.text()).close();
        }
    }
}
