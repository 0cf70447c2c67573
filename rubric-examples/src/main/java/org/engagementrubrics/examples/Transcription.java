package org.engagementrubrics.examples;

import java.util.ArrayList;
import java.util.List;
import org.engagementrubrics.core.Erratum;
import org.engagementrubrics.core.LocalizedText;
import org.engagementrubrics.core.matrix.Cell;
import org.engagementrubrics.core.matrix.Statement;

/**
 * The building blocks every seed transcription shares: English texts, errata, and statements numbered
 * within their cell or list.
 *
 * <p>This class holds no state.
 */
final class Transcription {

    /**
     * The attribution of the two seeds that iNACOL's blog post reproduces: the Family Engagement Rubric and
     * the School Conditions.
     */
    static final String INACOL_BLOG_POST = "As reproduced in \"How Can Families and Communities Support"
            + " Personalized Learning?\", posted March 20, 2017 in New Learning Models by iNACOL Staff (the fourth"
            + " blog in the series What's Possible with Personalized Learning?)";

    private Transcription() {
    }

    /**
     * Returns the cell of one column whose statements are numbered {@code prefix-1}, {@code prefix-2}, ….
     */
    static Cell cell(String column, String prefix, String... texts) {
        return new Cell(column, numberedStatements(prefix, texts));
    }

    /**
     * Returns statements numbered {@code prefix-1}, {@code prefix-2}, … in the order given.
     */
    static List<Statement> numberedStatements(String prefix, String... texts) {
        List<Statement> statements = new ArrayList<>(texts.length);
        for (int i = 0; i < texts.length; i++) {
            statements.add(Statement.of(prefix + "-" + (i + 1), texts[i]));
        }
        return statements;
    }

    /**
     * Returns an erratum in English: where the copy departs from its seed, what the seed says, what this copy
     * does instead and why.
     */
    static Erratum erratum(String id, String location, String seedSays, String resolution, String reason) {
        return new Erratum(id, location, text(seedSays), text(resolution), text(reason));
    }

    static LocalizedText text(String english) {
        return LocalizedText.of(english);
    }

    static List<LocalizedText> texts(String... english) {
        List<LocalizedText> texts = new ArrayList<>(english.length);
        for (String text : english) {
            texts.add(text(text));
        }
        return texts;
    }
}
