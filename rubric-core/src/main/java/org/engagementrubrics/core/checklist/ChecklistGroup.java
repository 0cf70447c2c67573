package org.engagementrubrics.core.checklist;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;
import java.util.Objects;
import org.engagementrubrics.core.Extensions;
import org.engagementrubrics.core.LocalizedText;
import org.engagementrubrics.core.internal.Arguments;
import org.engagementrubrics.core.validation.WellFormedId;

/**
 * A group of checklist items under one heading, such as the look-fors or the questions to ask.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the stable id, not null
 * @param title the group's heading, such as "Look for:", not null
 * @param items the items in seed order, not empty
 * @param extensions vendor data, not null
 */
public record ChecklistGroup(@WellFormedId String id, @Valid LocalizedText title, @NotEmpty List<@Valid ChecklistItem> items,
        Extensions extensions) {

    /**
     * Creates a checklist group; the items are copied. Only a null required component fails here; the data
     * rules are checked by {@link org.engagementrubrics.core.validation.RubricValidator}.
     *
     * @param id the stable id, not null
     * @param title the group's heading, such as "Look for:", not null
     * @param items the items in seed order, not empty
     * @param extensions vendor data, not null
     */
    public ChecklistGroup {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        items = Arguments.copyOf(items, "items");
        Objects.requireNonNull(extensions, "extensions");
    }
}
