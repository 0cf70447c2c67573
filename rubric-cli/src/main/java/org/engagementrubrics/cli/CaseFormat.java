package org.engagementrubrics.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.core.matrix.MatrixInstrument;
import org.engagementrubrics.core.points.PointsRubric;
import org.engagementrubrics.json.FormatException;
import org.engagementrubrics.json.FormatProblem;
import org.engagementrubrics.json.casev1p1.CaseImport;
import org.engagementrubrics.json.casev1p1.CaseJson;
import org.engagementrubrics.json.casev1p1.CaseOptions;
import org.engagementrubrics.json.casev1p1.CaseReadOptions;

/**
 * 1EdTech CASE 1.1 ({@code case}): one {@code CFPackage} per file, read and written through
 * {@link CaseJson}. A read is strict unless {@code --lenient} asks for repairs; each repair is a warning.
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
    public Input read(Path file, String sourceName, Settings settings) {
        CaseReadOptions options = settings.lenient() ? CaseReadOptions.lenient() : CaseReadOptions.strict();
        CaseImport read = file == null ? CaseJson.defaults().read(System.in, sourceName, options)
                : CaseJson.defaults().read(file, options);
        return new Input(List.of(read.instrument()), read.warnings());
    }

    @Override
    public List<Output> write(List<Instrument> instruments, String sourceName, Settings settings) {
        List<FormatProblem> problems = new ArrayList<>();
        for (int i = 0; i < instruments.size(); i++) {
            Instrument instrument = instruments.get(i);
            if (!(instrument instanceof MatrixInstrument || instrument instanceof PointsRubric)) {
                problems.add(new FormatProblem(sourceName, instruments.size() == 1 ? "/kind" : "/" + i + "/kind", 0, 0,
                        CaseJson.UNSUPPORTED, "'" + instrument.id() + "' is a " + instrument.kind().kindName()
                                + "; CASE rubrics carry staged rubrics, archetype matrices and points rubrics"));
            }
        }
        if (!problems.isEmpty()) {
            throw new FormatException(problems);
        }
        List<Output> outputs = new ArrayList<>();
        for (Instrument instrument : instruments) {
            outputs.add(new Output(instrument.id() + ".case.json",
                    CaseJson.defaults().write(instrument, CaseOptions.defaults()), List.of()));
        }
        return outputs;
    }
}
