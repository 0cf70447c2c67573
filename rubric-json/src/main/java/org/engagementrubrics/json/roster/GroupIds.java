package org.engagementrubrics.json.roster;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The rule that turns a CSV header or cell text into a segment of a group id, so that a roster column
 * {@code Race/Ethnicity} holding {@code Hispanic or Latino} gives the group
 * {@code race-ethnicity:hispanic-or-latino}.
 *
 * <pre>{@code
 * GroupIds.segment("Hispanic or Latino");   // "hispanic-or-latino"
 * GroupIds.segment("Español");              // "espanol"
 * GroupIds.segment("  IEP ");               // "iep"
 * GroupIds.segment("Two or more - races");  // "two-or-more-races"
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class GroupIds {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern OTHERS = Pattern.compile("[^a-z0-9._]+");
    private static final Pattern EDGES = Pattern.compile("^[-._]+|[-._]+$");

    private GroupIds() {
    }

    /**
     * Returns the id segment of a text: accents dropped (compatibility decomposition, then combining marks
     * removed), lower case, every run of characters other than {@code a-z}, {@code 0-9}, {@code .} and {@code _}
     * (a {@code -} among them) replaced by one {@code -}, and {@code -}, {@code .} and {@code _} trimmed from both
     * ends.
     *
     * @param text the header or cell text, not null
     * @return the segment; empty if the text has no letter or digit of {@code a-z} or {@code 0-9}
     */
    public static String segment(String text) {
        Objects.requireNonNull(text, "text");
        String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        String dashed = OTHERS.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll("-");
        return EDGES.matcher(dashed).replaceAll("");
    }
}
