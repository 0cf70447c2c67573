package org.engagementrubrics.core.survey;

import jakarta.validation.Valid;
import java.util.Objects;
import org.engagementrubrics.core.LocalizedText;
import org.engagementrubrics.core.validation.WellFormedId;

/**
 * A group of students whose families' contact rate is watched for gaps, such as "multilingual learners".
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the stable id, not null
 * @param label the group's name, not null
 */
public record MonitoredGroup(@WellFormedId String id, @Valid LocalizedText label) {

    /**
     * Creates a monitored group. Only a null required component fails here; the data rules are checked by
     * {@link org.engagementrubrics.core.validation.RubricValidator}.
     *
     * @param id the stable id, not null
     * @param label the group's name, not null
     */
    public MonitoredGroup {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
    }
}
