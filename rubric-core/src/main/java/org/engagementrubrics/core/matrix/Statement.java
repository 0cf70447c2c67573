package org.engagementrubrics.core.matrix;

import jakarta.validation.Valid;
import java.util.Objects;
import org.engagementrubrics.core.Extensions;
import org.engagementrubrics.core.LocalizedText;
import org.engagementrubrics.core.validation.WellFormedId;

/**
 * One indicator statement with a stable id: marked by a rater in a matrix cell, or rated on a scale in a
 * {@link org.engagementrubrics.core.survey.Survey}.
 *
 * <pre>{@code
 * Statement s = Statement.of("s2-exploration-1", "School flyers are sent home to families before each event.");
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the stable id, unique within the instrument, not null
 * @param text the statement as the seed gives it, not null
 * @param extensions vendor data, not null
 */
public record Statement(@WellFormedId String id, @Valid LocalizedText text, Extensions extensions) {

    /**
     * Creates a statement. Only a null required component fails here; the data rules are checked by
     * {@link org.engagementrubrics.core.validation.RubricValidator}.
     *
     * @param id the stable id, unique within the instrument, not null
     * @param text the statement as the seed gives it, not null
     * @param extensions vendor data, not null
     */
    public Statement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(extensions, "extensions");
    }

    /**
     * Obtains an English statement with no extensions.
     *
     * @param id the stable id, not null
     * @param english the text, not null
     * @return the statement
     */
    public static Statement of(String id, String english) {
        return new Statement(id, LocalizedText.of(english), Extensions.empty());
    }
}
