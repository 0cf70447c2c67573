package org.engagementrubrics.cli;

import java.nio.file.Path;
import java.util.List;
import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.json.FormatCodes;
import org.engagementrubrics.json.FormatException;
import org.engagementrubrics.json.FormatProblem;

/**
 * 1EdTech CASE 1.1 ({@code case}): not available yet. The CASE library API
 * ({@code org.engagementrubrics.json.casev1p1}) is not on this branch; when it is, this class reads and
 * writes through it and nothing else in the converter changes.
 */
final class CaseFormat implements InteropFormat {

    @Override
    public String name() {
        return "case";
    }

    @Override
    public boolean holdsSeveral() {
        return false;
    }

    @Override
    public List<Instrument> read(Path file, String sourceName, Settings settings) {
        throw notAvailable(sourceName);
    }

    @Override
    public List<Output> write(List<Instrument> instruments, String sourceName, Settings settings) {
        throw notAvailable(sourceName);
    }

    private static FormatException notAvailable(String sourceName) {
        return new FormatException(List.of(new FormatProblem(sourceName, "", 0, 0, FormatCodes.UNSUPPORTED_FORMAT,
                "1EdTech CASE 1.1 is not available yet in this build; convert between rubric-json and canvas-csv")));
    }
}
