package org.engagementrubrics.core.internal;

import java.util.Locale;

/**
 * The small grammar of every message and explanation: the indefinite article by sound ("an archetype-matrix",
 * "a staged-rubric") and the plural by count ("1 standard", "2 standards"). Not part of the API.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Words {

    private Words() {
    }

    /**
     * Returns a noun with its indefinite article chosen by sound: "an" before a vowel sound, "a" otherwise.
     *
     * @param noun the noun, such as {@code archetype-matrix} or {@code Instant}, not null
     * @return the noun after "a" or "an"
     */
    public static String withArticle(String noun) {
        return (vowelSound(noun) ? "an " : "a ") + noun;
    }

    /**
     * Returns a count with its noun, plural unless the count is one: "1 standard", "0 standards".
     *
     * @param count the count
     * @param singular the noun in the singular, whose plural adds an "s", not null
     * @return the count and the noun
     */
    public static String count(long count, String singular) {
        return count(count, singular, singular + "s");
    }

    /**
     * Returns a count with its noun, plural unless the count is one.
     *
     * @param count the count
     * @param singular the noun in the singular, not null
     * @param plural the noun in the plural, not null
     * @return the count and the noun
     */
    public static String count(long count, String singular, String plural) {
        return count + " " + noun(count, singular, plural);
    }

    /**
     * Returns the noun alone, in the number the count asks for: "statement" for one, else "statements".
     *
     * @param count the count
     * @param singular the noun in the singular, whose plural adds an "s", not null
     * @return the noun
     */
    public static String noun(long count, String singular) {
        return noun(count, singular, singular + "s");
    }

    private static String noun(long count, String singular, String plural) {
        return count == 1 ? singular : plural;
    }

    private static boolean vowelSound(String noun) {
        String word = noun.toLowerCase(Locale.ROOT);
        if (word.isEmpty()) {
            return false;
        }
        char first = word.charAt(0);
        if (first == 'u') {
            // "a unit", "a user", "a usual …", but "an unknown", "an update"
            return !(word.startsWith("uni") || word.startsWith("use") || word.startsWith("usu")
                    || word.startsWith("uti") || word.startsWith("uri"));
        }
        if (word.startsWith("hour") || word.startsWith("honest")) {
            return true;
        }
        return first == 'a' || first == 'e' || first == 'i' || first == 'o';
    }
}
