package org.engagementrubrics.benchmarks;

import java.io.ByteArrayInputStream;
import java.util.concurrent.TimeUnit;
import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.json.RubricJson;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Pair 3: reading and validating the bundled Family Engagement Rubric file (bytes to a checked
 * {@code StagedRubric}) against Jackson's {@code readTree} of the same bytes.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RubricReadBenchmark {

    private RubricJson json;
    private ObjectMapper mapper;
    private byte[] file;

    /** Builds both readers once (the validator factory is shared, as in an application). */
    @Setup
    public void setUp() {
        json = RubricJson.defaults();
        mapper = JsonMapper.builder().build();
        file = Fixtures.familyRubricFile();
    }

    /** Reads and validates the file with the library. */
    @Benchmark
    public Instrument ours() {
        return json.readInstrument(new ByteArrayInputStream(file), Fixtures.FAMILY_RUBRIC + ".json");
    }

    /** Parses the file into a Jackson tree. */
    @Benchmark
    public JsonNode baseline() {
        return mapper.readTree(file);
    }
}
