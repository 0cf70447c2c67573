package org.engagementrubrics.core.district;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.Objects;
import org.engagementrubrics.core.LocalizedText;

/**
 * The dimension a district indicator belongs to, such as {@code E} "Families and Community".
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param code the dimension's code, such as "E", not null
 * @param name the dimension's name, not null
 */
public record DistrictDimension(@NotBlank String code, @Valid LocalizedText name) {

    /**
     * Creates a district dimension. Only a null required component fails here; the data rules are checked by
     * {@link org.engagementrubrics.core.validation.RubricValidator}.
     *
     * @param code the dimension's code, such as "E", not null
     * @param name the dimension's name, not null
     */
    public DistrictDimension {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
    }

    /**
     * Obtains an English-named dimension.
     *
     * @param code the code, not null
     * @param name the name, not null
     * @return the dimension
     */
    public static DistrictDimension of(String code, String name) {
        Objects.requireNonNull(name, "name");
        return new DistrictDimension(code, LocalizedText.of(name));
    }
}
