package org.engagementrubrics.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns a JMH JSON result file into {@code latest.json} and {@code latest.md}: each pair's median of ours and
 * of its baseline, the ratio (ours ÷ baseline in time per operation; baseline ÷ ours for throughput, so lower
 * is always better), the target and whether it was met, with the allocation per operation when {@code -prof
 * gc} ran.
 *
 * <p>Usage: {@code Report JMH_JSON OUT_DIR SETTINGS [FOOTPRINT_TXT]}.
 */
public final class Report {

    /** The targets of the pairs, by benchmark class, in report order. */
    private static final Map<String, Double> TARGETS = new LinkedHashMap<>();

    static {
        TARGETS.put("PartnershipMatrixBenchmark", 1.5);
        TARGETS.put("StagePlacementBenchmark", 1.5);
        TARGETS.put("RubricReadBenchmark", 2.0);
        TARGETS.put("SurveyPoolBenchmark", 2.0);
        TARGETS.put("AlphaBenchmark", 1.5);
        TARGETS.put("CoverageBenchmark", 2.0);
    }

    private static final String ALLOC = "gc.alloc.rate.norm";

    private Report() {
    }

    /** One measured benchmark: the median of its iterations, its unit and mode, its allocation per op. */
    private record Measured(double median, String unit, boolean throughput, Double allocPerOp) {
    }

    /**
     * Writes the report.
     *
     * @param args the JMH JSON file, the output folder, a description of the settings, optionally the footprint
     * @throws IOException if a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            throw new IllegalArgumentException("usage: Report JMH_JSON OUT_DIR SETTINGS [FOOTPRINT_TXT]");
        }
        ObjectMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
        Map<String, Measured> measured = new LinkedHashMap<>();
        for (JsonNode run : mapper.readTree(Path.of(args[0]).toFile())) {
            String name = run.get("benchmark").asString();
            JsonNode primary = run.get("primaryMetric");
            JsonNode alloc = run.path("secondaryMetrics").path(ALLOC);
            measured.put(name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1),
                    new Measured(median(primary.get("rawData")), primary.get("scoreUnit").asString(),
                            "thrpt".equals(run.get("mode").asString()),
                            alloc.isMissingNode() ? null : alloc.get("score").asDouble()));
        }
        ArrayNode rows = mapper.createArrayNode();
        for (Map.Entry<String, Double> pair : TARGETS.entrySet()) {
            Measured ours = measured.get(pair.getKey() + ".ours");
            Measured baseline = measured.get(pair.getKey() + ".baseline");
            if (ours == null || baseline == null) {
                continue;
            }
            double ratio = ours.throughput() ? baseline.median() / ours.median() : ours.median() / baseline.median();
            ObjectNode row = rows.addObject();
            row.put("benchmark", pair.getKey());
            row.put("ours", round(ours.median()));
            row.put("baseline", round(baseline.median()));
            row.put("unit", ours.unit());
            row.put("ratio", round(ratio));
            row.put("target", pair.getValue());
            row.put("met", ratio <= pair.getValue());
            if (ours.allocPerOp() != null) {
                row.put("oursAllocBytesPerOp", round(ours.allocPerOp()));
                row.put("baselineAllocBytesPerOp", round(baseline.allocPerOp()));
            }
            if (pair.getKey().equals("SurveyPoolBenchmark") && ours.allocPerOp() != null) {
                row.put("oursAllocBytesPerResponse", round(ours.allocPerOp() / Fixtures.SURVEY_RESPONSES_PER_OP));
                row.put("baselineAllocBytesPerResponse",
                        round(baseline.allocPerOp() / Fixtures.SURVEY_RESPONSES_PER_OP));
            }
        }
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        Files.writeString(out.resolve("latest.json"), mapper.writeValueAsString(rows) + "\n");
        List<String> footprint = args.length > 3 ? Files.readAllLines(Path.of(args[3])) : List.of();
        Files.writeString(out.resolve("latest.md"), markdown(rows, args[2], footprint), StandardCharsets.UTF_8);
    }

    private static String markdown(ArrayNode rows, String settings, List<String> footprint) {
        StringBuilder md = new StringBuilder();
        md.append("# Benchmark results\n\n");
        md.append("- JDK: ").append(System.getProperty("java.vm.name")).append(' ')
                .append(System.getProperty("java.runtime.version")).append('\n');
        md.append("- Cores: ").append(Runtime.getRuntime().availableProcessors()).append('\n');
        md.append("- Settings: ").append(settings).append('\n');
        md.append("- Figures are medians over all measured iterations of all forks; ratio = ours ÷ baseline in time"
                + " per operation (lower is better).\n\n");
        md.append("| pair | ours | baseline | unit | ratio | target | met | alloc B/op ours / baseline |\n");
        md.append("|---|---:|---:|---|---:|---:|---|---:|\n");
        List<String> perResponse = new ArrayList<>();
        for (JsonNode row : rows) {
            md.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %.2f | ≤ %s | %s | %s |%n",
                    row.get("benchmark").asString(), number(row.get("ours").asDouble()),
                    number(row.get("baseline").asDouble()), row.get("unit").asString(), row.get("ratio").asDouble(),
                    row.get("target").asString(), row.get("met").asBoolean() ? "yes" : "**no**",
                    row.has("oursAllocBytesPerOp") ? number(row.get("oursAllocBytesPerOp").asDouble()) + " / "
                            + number(row.get("baselineAllocBytesPerOp").asDouble()) : "–"));
            if (row.has("oursAllocBytesPerResponse")) {
                perResponse.add(String.format(Locale.ROOT, "Pooled survey allocation per response (gc.alloc.rate.norm"
                        + " ÷ %d): ours %s B, baseline %s B.", Fixtures.SURVEY_RESPONSES_PER_OP,
                        number(row.get("oursAllocBytesPerResponse").asDouble()),
                        number(row.get("baselineAllocBytesPerResponse").asDouble())));
            }
        }
        perResponse.forEach(line -> md.append('\n').append(line).append('\n'));
        if (!footprint.isEmpty()) {
            md.append("\n## Memory (JOL retained sizes)\n\n");
            footprint.forEach(line -> md.append(line.startsWith(" ") ? "  - " : "- ").append(line.strip()).append('\n'));
        }
        return md.toString();
    }

    private static double median(JsonNode rawData) {
        List<Double> values = new ArrayList<>();
        rawData.forEach(fork -> fork.forEach(iteration -> values.add(iteration.asDouble())));
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static double round(double value) {
        return Double.parseDouble(String.format(Locale.ROOT, "%.4g", value));
    }

    private static String number(double value) {
        return value >= 100 ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%.3g", value);
    }
}
