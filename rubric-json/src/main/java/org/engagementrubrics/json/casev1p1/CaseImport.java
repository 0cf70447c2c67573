package org.engagementrubrics.json.casev1p1;

import java.util.List;
import java.util.Objects;
import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.json.FormatProblem;

/**
 * What {@link CaseJson} read from a CASE package: the valid instrument and the warnings found on the way, each
 * located by JSON pointer — under lenient reading one per repair made, and the validator's findings.
 *
 * <pre>{@code
 * CaseImport read = CaseJson.defaults().read(path, CaseReadOptions.lenient());
 * Instrument instrument = read.instrument();
 * read.warnings().forEach(warning -> log.warn("{}", warning));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param instrument the instrument read, valid, not null
 * @param warnings the warnings in document order, none of them an error, not null
 */
public record CaseImport(Instrument instrument, List<FormatProblem> warnings) {

    /**
     * Checks that no warning is an error; the warnings are copied.
     *
     * @param instrument the instrument read, not null
     * @param warnings the warnings, not null
     * @throws IllegalArgumentException if a warning is an error
     */
    public CaseImport {
        Objects.requireNonNull(instrument, "instrument");
        warnings = List.copyOf(Objects.requireNonNull(warnings, "warnings"));
        if (warnings.stream().anyMatch(FormatProblem::isError)) {
            throw new IllegalArgumentException("warnings must not hold errors; errors are thrown as a FormatException");
        }
    }
}
