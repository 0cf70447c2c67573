package org.engagementrubrics.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles a small application with its own {@code module-info.java} against the packaged module jars and
 * runs it on the module path in a separate JVM, as a modular user would: our exports, the packages opened
 * to Hibernate Validator and the resources of the catalog and the schemas must all work there.
 *
 * <p>The module path is the packaged {@code rubric-examples} jar ({@code rubric.modulePath.jar}) and its
 * runtime dependencies as resolved by the build ({@code rubric.modulePath.dependencies}, written by
 * {@code dependency:build-classpath}); both are set by failsafe.
 */
class ModulePathIT {

    private static final long TIMEOUT_SECONDS = 60;

    private static final String APP_MODULE = """
            module app {
                requires org.engagementrubrics.examples;
            }
            """;

    private static final String APP_MAIN = """
            package app;

            import java.util.List;
            import org.engagementrubrics.core.Instrument;
            import org.engagementrubrics.core.response.Response;
            import org.engagementrubrics.core.scoring.ArchetypeResult;
            import org.engagementrubrics.core.scoring.ScoreResult;
            import org.engagementrubrics.core.scoring.ScoringEngine;
            import org.engagementrubrics.core.validation.Problem;
            import org.engagementrubrics.core.validation.RubricValidator;
            import org.engagementrubrics.examples.Catalog;
            import org.engagementrubrics.examples.SampleResponses;
            import org.engagementrubrics.examples.SeedInstruments;
            import org.engagementrubrics.json.JsonSchemas;
            import org.engagementrubrics.json.RubricJson;

            public final class Main {
                public static void main(String[] args) {
                    System.out.println("modules: " + List.of(Main.class, Catalog.class, RubricJson.class, Instrument.class)
                            .stream().map(type -> type.getModule().getName()).toList());
                    System.out.println("core.internal exported: "
                            + Instrument.class.getModule().isExported("org.engagementrubrics.core.internal"));

                    Instrument instrument = Catalog.bundled().instrument("four-versions-of-partnerships");
                    RubricValidator validator = RubricValidator.create();
                    System.out.println("instrument: " + instrument.id() + "@" + instrument.version()
                            + " problems " + validator.validate(instrument));
                    System.out.println("as printed: " + validator.validate(SeedInstruments.familyEngagementRubricAsPrinted())
                            .stream().map(Problem::code).distinct().sorted().toList());

                    Response response = validator.requireValid(SampleResponses.fourVersionsTeam(), instrument);
                    ScoreResult result = ScoringEngine.defaults().score(instrument, response);
                    System.out.println("profile: " + ((ArchetypeResult) result).profile());

                    RubricJson json = RubricJson.defaults();
                    String stored = json.write(result);
                    System.out.println("read back equal: " + json.readResult(stored, "stored.json").equals(result));
                    System.out.println("schema: " + JsonSchemas.schema("staged-rubric").contains("staged-rubric.schema.json"));
                }
            }
            """;

    private static final String INTRUDER_MODULE = """
            module intruder {
                requires org.engagementrubrics.examples;
            }
            """;

    private static final String INTRUDER_MAIN = """
            package intruder;

            import org.engagementrubrics.core.internal.CanonicalEncoder;

            public final class Main {
                CanonicalEncoder encoder;
            }
            """;

    private static List<Path> modulePath;

    @TempDir
    Path dir;

    /** What a compilation reported. */
    record Compilation(boolean success, List<String> errors) {
    }

    @BeforeAll
    static void theModuleJarsAreBuilt() throws IOException {
        Path jar = Path.of(property("rubric.modulePath.jar"));
        Path dependencies = Path.of(property("rubric.modulePath.dependencies"));
        assertThat(jar).as("run after 'package': ./mvnw -B verify").isRegularFile();
        assertThat(dependencies).as("written by dependency:build-classpath before the integration tests").isRegularFile();

        List<Path> path = new ArrayList<>();
        path.add(jar);
        for (String entry : Files.readString(dependencies, StandardCharsets.UTF_8).strip().split(File.pathSeparator)) {
            path.add(Path.of(entry));
        }
        assertThat(path).allSatisfy(entry -> assertThat(entry).exists());
        assertThat(path.stream().map(entry -> entry.getFileName().toString()))
                .anyMatch(name -> name.startsWith("rubric-core-"))
                .anyMatch(name -> name.startsWith("rubric-json-"))
                .noneMatch(name -> name.startsWith("rubric-testkit-") || name.startsWith("picocli-")
                        || name.startsWith("slf4j-nop-") || name.startsWith("slf4j-simple-"));
        modulePath = List.copyOf(path);
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        assertThat(value).as("system property %s (set by failsafe in rubric-examples/pom.xml)", name).isNotBlank();
        return value;
    }

    private static String joined(List<Path> entries) {
        return entries.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
    }

    private Compilation compile(String module, Map<String, String> sources, Path out) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Map.Entry<String, String> source : sources.entrySet()) {
            Path file = dir.resolve(module).resolve(source.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, source.getValue(), StandardCharsets.UTF_8);
            files.add(file);
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        assertThat(compiler).as("a JDK, not a JRE, runs the tests").isNotNull();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager fileManager =
                     compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            // javac would otherwise use this test JVM's class path, where our classes sit in the unnamed module
            fileManager.setLocation(StandardLocation.CLASS_PATH, List.of());
            List<String> options = List.of("--module-path", joined(modulePath), "-d", out.toString());
            boolean success = compiler.getTask(null, fileManager, diagnostics, options, null,
                    fileManager.getJavaFileObjectsFromPaths(files)).call();
            List<String> errors = diagnostics.getDiagnostics().stream()
                    .filter(diagnostic -> diagnostic.getKind() == Diagnostic.Kind.ERROR)
                    .map(diagnostic -> diagnostic.getMessage(Locale.ROOT))
                    .toList();
            return new Compilation(success, errors);
        }
    }

    @Test
    void anApplicationModuleLoadsValidatesScoresAndStoresOnTheModulePath() throws Exception {
        Path classes = dir.resolve("app-classes");
        Compilation compilation = compile("app",
                Map.of("module-info.java", APP_MODULE, "app/Main.java", APP_MAIN), classes);
        assertThat(compilation.errors()).isEmpty();
        assertThat(compilation.success()).isTrue();

        List<Path> runtimePath = new ArrayList<>();
        runtimePath.add(classes);
        runtimePath.addAll(modulePath);
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process process = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--module-path", joined(runtimePath), "-m", "app/app.Main")
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        boolean finished = process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly().waitFor();
        }
        String stdout = Files.readString(out, StandardCharsets.UTF_8);
        String stderr = Files.readString(err, StandardCharsets.UTF_8);

        assertThat(finished).as("the application ends within %d s", TIMEOUT_SECONDS).isTrue();
        assertThat(process.exitValue()).as("exit code; stderr:%n%s", stderr).isZero();
        assertThat(stdout.lines().toList()).as("stderr:%n%s", stderr).containsExactly(
                "modules: [app, org.engagementrubrics.examples, org.engagementrubrics.json, org.engagementrubrics.core]",
                "core.internal exported: false",
                "instrument: four-versions-of-partnerships@1.0.0 problems []",
                "as printed: [duplicate-label, inconsistent-order]",
                "profile: Classified[ruleId=proficient, label=Proficient, rank=3]",
                "read back equal: true",
                "schema: true");
    }

    @Test
    void anApplicationModuleCannotCompileAgainstCoreInternal() throws Exception {
        Compilation compilation = compile("intruder",
                Map.of("module-info.java", INTRUDER_MODULE, "intruder/Main.java", INTRUDER_MAIN),
                dir.resolve("intruder-classes"));

        assertThat(compilation.success()).isFalse();
        assertThat(compilation.errors())
                .anySatisfy(error -> assertThat(error)
                        .contains("org.engagementrubrics.core.internal")
                        .contains("does not export"));
    }
}
