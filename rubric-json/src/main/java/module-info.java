/**
 * The JSON format of instruments, responses and results, built on Jackson 3; rosters and contact records in
 * CSV (Commons CSV) and JSON Lines.
 *
 * <p>Only {@code org.engagementrubrics.json}, {@code org.engagementrubrics.json.roster} and
 * {@code org.engagementrubrics.json.canvas} (Canvas LMS rubric CSV) are exported; the
 * codecs, the located tree and the CSV reading in the first are package-private. Core and Jackson databind
 * are transitive because the API names their types ({@code Instrument}, {@code ScoreResult};
 * {@code RubricJsonModule} is a Jackson {@code SimpleModule}); Commons CSV is not, since no API names its
 * types.
 * The JSON Schemas are resources of this module, read through {@code JsonSchemas}.
 */
module org.engagementrubrics.json {
    requires transitive org.engagementrubrics.core;
    requires transitive tools.jackson.databind;
    requires org.apache.commons.csv;
    requires com.networknt.schema;

    exports org.engagementrubrics.json;
    exports org.engagementrubrics.json.roster;
    exports org.engagementrubrics.json.canvas;
    exports org.engagementrubrics.json.casev1p1;
}
