package org.engagementrubrics.json.casev1p1;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.json.RubricJson;

/** Shared by the CASE tests: the official schema checked independently of the library, and the bundled catalog. */
final class CaseTesting {

    static final Path CATALOG = Path.of("../rubric-examples/src/main/resources/org/engagementrubrics/examples/catalog");
    static final Path SOURCE_RESOURCES = Path.of("src/test/resources/org/engagementrubrics/json/casev1p1");

    /** The schema as 1EdTech publishes it, validated as draft 2019-09 with format assertions on. */
    private static final Schema OFFICIAL = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2019_09,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()))
            .getSchema(resource("/org/engagementrubrics/json/casev1p1/case-v1p1-cfpackage.schema.json"),
                    InputFormat.JSON);

    private CaseTesting() {
    }

    static List<Error> officialSchemaErrors(String json) {
        return OFFICIAL.validate(json, InputFormat.JSON);
    }

    static String resource(String name) {
        try (InputStream in = CaseTesting.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a file of the team's shared interop folder ({@code ../shared/interop} beside the clone, as CI has
     * it). The legacy CASE sample stays there rather than in this repository: it comes from Moodle, which is
     * GPL-3.0, and is a test vector only.
     */
    static String sharedInterop(String name) {
        Path root = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (Path dir = root; dir != null; dir = dir.getParent()) {
            Path file = dir.resolve("shared").resolve("interop").resolve(name);
            if (Files.isRegularFile(file)) {
                try {
                    return Files.readString(file, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        throw new IllegalStateException("no shared/interop/" + name + " in any folder above " + root
                + "; the tests need the team's shared folder beside the clone (../shared), as CI has it");
    }

    /** Every instrument of the bundled catalog, read from rubric-examples' sources. */
    static List<Instrument> catalog() {
        try (Stream<Path> files = Files.list(CATALOG)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted()
                    .map(f -> RubricJson.defaults().readInstrument(f)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Instrument catalog(String id) {
        return RubricJson.defaults().readInstrument(CATALOG.resolve(id + ".json"));
    }
}
