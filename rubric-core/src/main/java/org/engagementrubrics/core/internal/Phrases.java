package org.engagementrubrics.core.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.engagementrubrics.core.scoring.Message;

/**
 * The small grammar of localized explanation lines: counts with their noun, decimals, and lists joined the way
 * the locale joins them. Not part of the API.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Phrases {

    private Phrases() {
    }

    /**
     * Returns a count with its noun from the keys {@code key.one} and {@code key.other}.
     *
     * @param key the key before {@code .one} or {@code .other}, not null
     * @param count the count
     * @return the message
     */
    public static Message count(String key, long count) {
        return Message.of(key + (count == 1 ? ".one" : ".other"), count);
    }

    /**
     * Returns a number with a fixed number of decimals, rounded as {@code String.format} rounds.
     *
     * @param value the number
     * @param digits the decimals
     * @return the number as a decimal of that scale
     */
    public static BigDecimal decimal(double value, int digits) {
        return new BigDecimal(String.format(Locale.ROOT, "%." + digits + "f", value));
    }

    /**
     * Returns a whole percentage of a share of 0 to 1, such as "45%".
     *
     * @param share the share
     * @return the message
     */
    public static Message percent(double share) {
        return Message.of("number.percent", decimal(share * 100, 0));
    }

    /**
     * Returns items joined by a pair pattern, left to right: {@code join(k, [a, b, c])} is {@code k(k(a, b), c)}.
     *
     * @param key a key whose pattern joins {@code {0}} and {@code {1}}, not null
     * @param items the items, at least one, each an argument {@link Message#of} accepts
     * @return the joined message, or the only item as a message
     */
    public static Message join(String key, List<?> items) {
        Message joined = item(items.get(0));
        for (int i = 1; i < items.size(); i++) {
            joined = Message.of(key, joined, items.get(i));
        }
        return joined;
    }

    /**
     * Returns items as "a, b and c": commas between all but the last two.
     *
     * @param items the items, at least one
     * @return the message
     */
    public static Message and(List<?> items) {
        int last = items.size() - 1;
        return last == 0 ? item(items.get(0))
                : Message.of("list.and", join("list.comma", items.subList(0, last)), items.get(last));
    }

    private static Message item(Object item) {
        return item instanceof Message message ? message : Message.of("text", item);
    }
}
