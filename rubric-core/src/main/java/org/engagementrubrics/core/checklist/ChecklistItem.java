package org.engagementrubrics.core.checklist;

import jakarta.validation.Valid;
import java.util.Objects;
import org.engagementrubrics.core.Extensions;
import org.engagementrubrics.core.LocalizedText;
import org.engagementrubrics.core.validation.WellFormedId;

/**
 * One checklist item: a look-for, or a labelled question such as "Pace".
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the stable id, unique within the checklist, not null
 * @param label the item's label, such as "Pace", or null for an unlabelled look-for
 * @param text the item as the seed gives it, not null
 * @param extensions vendor data, not null
 */
public record ChecklistItem(@WellFormedId String id, @Valid LocalizedText label, @Valid LocalizedText text,
        Extensions extensions) {

    /**
     * Creates a checklist item. Only a null required component fails here; the data rules are checked by
     * {@link org.engagementrubrics.core.validation.RubricValidator}.
     *
     * @param id the stable id, unique within the checklist, not null
     * @param label the item's label, such as "Pace", or null for an unlabelled look-for
     * @param text the item as the seed gives it, not null
     * @param extensions vendor data, not null
     */
    public ChecklistItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(extensions, "extensions");
    }
}
