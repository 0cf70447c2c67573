package org.engagementrubrics.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.core.points.PointsRubric;
import org.engagementrubrics.json.FormatException;
import org.engagementrubrics.json.FormatProblem;
import org.engagementrubrics.json.RubricJson;
import org.engagementrubrics.json.canvas.CanvasCodes;
import org.engagementrubrics.json.canvas.CanvasCsv;
import org.engagementrubrics.json.canvas.CanvasExport;

/**
 * The formats of {@code rubric convert}, in the order its help lists them: our JSON, Canvas rubric CSV and
 * 1EdTech CASE 1.1.
 */
final class InteropFormats {

    /** Every format, by name. */
    static final List<InteropFormat> ALL = List.of(new RubricJsonFormat(), new CanvasCsvFormat(), new CaseFormat());

    private InteropFormats() {
    }

    /**
     * Returns the format of a name.
     *
     * @param name a format's name
     * @return the format, or null if none has the name
     */
    static InteropFormat named(String name) {
        return ALL.stream().filter(format -> format.name().equals(name)).findFirst().orElse(null);
    }

    /** The names of every format, for messages and help. */
    static List<String> names() {
        return ALL.stream().map(InteropFormat::name).toList();
    }

    /** Our JSON format: one instrument document per file. */
    static final class RubricJsonFormat implements InteropFormat {

        @Override
        public String name() {
            return "rubric-json";
        }

        @Override
        public boolean holdsSeveral() {
            return false;
        }

        @Override
        public Input read(Path file, String sourceName, Settings settings) {
            return new Input(List.of(file == null ? RubricJson.defaults().readInstrument(System.in, sourceName)
                    : RubricJson.defaults().readInstrument(file)), List.of());
        }

        @Override
        public List<Output> write(List<Instrument> instruments, String sourceName, Settings settings) {
            List<Output> outputs = new ArrayList<>();
            for (Instrument instrument : instruments) {
                outputs.add(new Output(instrument.id() + ".json", RubricJson.defaults().write(instrument), List.of()));
            }
            return outputs;
        }
    }

    /** Canvas rubric CSV: every points rubric of a conversion in one file. */
    static final class CanvasCsvFormat implements InteropFormat {

        @Override
        public String name() {
            return "canvas-csv";
        }

        @Override
        public boolean holdsSeveral() {
            return true;
        }

        private static CanvasCsv canvas(Settings settings) {
            CanvasCsv canvas = RubricJson.defaults().canvasCsv().withLossAllowed(settings.allowLoss());
            canvas = settings.version() == null ? canvas : canvas.withVersion(settings.version());
            return settings.instrumentId() == null ? canvas : canvas.withInstrumentId(settings.instrumentId());
        }

        @Override
        public Input read(Path file, String sourceName, Settings settings) {
            CanvasCsv canvas = canvas(settings);
            return new Input(List.copyOf(file == null ? canvas.read(System.in, sourceName) : canvas.read(file)),
                    List.of());
        }

        @Override
        public List<Output> write(List<Instrument> instruments, String sourceName, Settings settings) {
            List<PointsRubric> rubrics = new ArrayList<>();
            List<FormatProblem> problems = new ArrayList<>();
            for (int i = 0; i < instruments.size(); i++) {
                if (instruments.get(i) instanceof PointsRubric rubric) {
                    rubrics.add(rubric);
                } else {
                    problems.add(new FormatProblem(sourceName, instruments.size() == 1 ? "/kind" : "/" + i + "/kind",
                            0, 0, CanvasCodes.NOT_CARRIED, "'" + instruments.get(i).id() + "' is a "
                                    + instruments.get(i).kind() + "; a Canvas rubric CSV holds points rubrics only"));
                }
            }
            if (!problems.isEmpty()) {
                throw new FormatException(problems);
            }
            CanvasExport export = canvas(settings).write(rubrics, sourceName);
            String name = instruments.size() == 1 ? instruments.get(0).id() + ".csv" : "rubrics.csv";
            return List.of(new Output(name, export.csv(), export.losses()));
        }
    }
}
