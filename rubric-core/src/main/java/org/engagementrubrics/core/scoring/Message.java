package org.engagementrubrics.core.scoring;

import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * One line of an {@link Explanation} as a message: a key in the library's explanation bundle and the arguments
 * that fill its placeholders, renderable in any locale the bundle has (English, the root, and Spanish).
 *
 * <pre>{@code
 * String spanish = result.explanation().summaryMessage().text(Locale.forLanguageTag("es"));
 * }</pre>
 *
 * <p>The bundle is {@code org.engagementrubrics.core.scoring.explanations}; its patterns are plain text with
 * {@code {0}}-style placeholders. Arguments are rendered by type: a {@link String} as given (instrument text and
 * ids are never translated), an {@link Integer} or {@link Long} in plain digits, a {@link BigDecimal} with its
 * scale and the locale's decimal separator, and a nested {@code Message} in the same locale. In the root locale
 * and in English a message reads exactly as the library's English explanations always have.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Message {

    private static final String BUNDLE = "org.engagementrubrics.core.scoring.explanations";
    private static final ResourceBundle ROOT = ResourceBundle.getBundle(BUNDLE, Locale.ROOT);

    /** The key, or null for a line given as text. */
    private final String key;
    private final List<Object> arguments;

    private Message(String key, List<Object> arguments) {
        this.key = key;
        this.arguments = arguments;
    }

    /**
     * Obtains a message of the explanation bundle.
     *
     * @param key a key of the bundle, not null
     * @param arguments the arguments, each a {@code String}, {@code Integer}, {@code Long}, {@code BigDecimal} or
     *     {@code Message}, none null
     * @return the message
     * @throws IllegalArgumentException if the bundle has no such key or an argument is of another type
     */
    public static Message of(String key, Object... arguments) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(arguments, "arguments");
        if (!ROOT.containsKey(key)) {
            throw new IllegalArgumentException("key: no explanation message '" + key + "' in " + BUNDLE);
        }
        List<Object> copy = new ArrayList<>(arguments.length);
        for (int i = 0; i < arguments.length; i++) {
            Object argument = Objects.requireNonNull(arguments[i], "arguments[" + i + "]");
            if (!(argument instanceof String || argument instanceof Integer || argument instanceof Long
                    || argument instanceof BigDecimal || argument instanceof Message)) {
                throw new IllegalArgumentException("arguments[" + i + "]: expected a String, Integer, Long, "
                        + "BigDecimal or Message, not " + argument.getClass().getName());
            }
            copy.add(argument);
        }
        return new Message(key, List.copyOf(copy));
    }

    /**
     * Obtains a line given as text, the same in every locale, such as a line an embedder wrote.
     *
     * @param text the text, not null
     * @return the message
     */
    public static Message text(String text) {
        return new Message(null, List.of(Objects.requireNonNull(text, "text")));
    }

    /**
     * Returns the key in the explanation bundle.
     *
     * @return the key, or empty for a line given as text
     */
    public String key() {
        return key == null ? "" : key;
    }

    /**
     * Returns the arguments.
     *
     * @return the arguments, unmodifiable; for a line given as text, the text
     */
    public List<Object> arguments() {
        return arguments;
    }

    /**
     * Renders the message in a locale, falling back to English where the bundle has no text for it.
     *
     * @param locale the locale, not null
     * @return the text
     */
    public String text(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        if (key == null) {
            return (String) arguments.get(0);
        }
        boolean root = locale.getLanguage().isEmpty() || locale.getLanguage().equals("en");
        return render(root ? ROOT : ResourceBundle.getBundle(BUNDLE, locale), root ? Locale.ROOT : locale);
    }

    private String render(ResourceBundle bundle, Locale locale) {
        String pattern = bundle.getString(key);
        StringBuilder text = new StringBuilder(pattern.length() + 32);
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            int close = c == '{' ? pattern.indexOf('}', i) : -1;
            if (close > i + 1 && isIndex(pattern, i + 1, close)) {
                int index = Integer.parseInt(pattern.substring(i + 1, close));
                if (index >= arguments.size()) {
                    throw new MissingResourceException("pattern of '" + key + "' names argument " + index + " of "
                            + arguments.size(), BUNDLE, key);
                }
                text.append(argument(arguments.get(index), bundle, locale));
                i = close + 1;
            } else {
                text.append(c);
                i++;
            }
        }
        return text.toString();
    }

    private static boolean isIndex(String pattern, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isDigit(pattern.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static String argument(Object argument, ResourceBundle bundle, Locale locale) {
        if (argument instanceof Message message) {
            return message.key == null ? message.text(locale) : message.render(bundle, locale);
        } else if (argument instanceof BigDecimal decimal) {
            String plain = decimal.toPlainString();
            char separator = locale == Locale.ROOT ? '.' : DecimalFormatSymbols.getInstance(locale).getDecimalSeparator();
            return separator == '.' ? plain : plain.replace('.', separator);
        }
        return argument.toString();
    }

    /**
     * Checks if another object is a message with the same key and arguments.
     */
    @Override
    public boolean equals(Object other) {
        return other == this || other instanceof Message that && Objects.equals(key, that.key)
                && arguments.equals(that.arguments);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, arguments);
    }

    /**
     * Returns the English text.
     */
    @Override
    public String toString() {
        return text(Locale.ROOT);
    }
}
