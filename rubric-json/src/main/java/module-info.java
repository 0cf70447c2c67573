/**
 * The JSON format of instruments, responses and results, built on Jackson 3.
 *
 * <p>Only {@code org.engagementrubrics.json} is exported; the codecs and the located tree in it are
 * package-private. Core and Jackson databind are transitive because the API names their types
 * ({@code Instrument}, {@code ScoreResult}; {@code RubricJsonModule} is a Jackson {@code SimpleModule}).
 * The JSON Schemas are resources of this module, read through {@code JsonSchemas}.
 */
module org.engagementrubrics.json {
    requires transitive org.engagementrubrics.core;
    requires transitive tools.jackson.databind;

    exports org.engagementrubrics.json;
}
