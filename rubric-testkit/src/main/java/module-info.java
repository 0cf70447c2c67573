/**
 * Seeded generators of instruments and responses, a seeded property runner and small fixtures, for our
 * own and downstream test suites.
 *
 * <p>Core is transitive because every generator yields core's instruments and responses; the JSON module,
 * JUnit Jupiter's API and AssertJ are transitive because the kit's file tests, invalid documents and
 * assertions hand their types to the test that uses them.
 */
module org.engagementrubrics.testkit {
    requires transitive org.engagementrubrics.core;
    requires transitive org.engagementrubrics.json;
    requires transitive org.junit.jupiter.api;
    requires transitive org.assertj.core;

    exports org.engagementrubrics.testkit;
    exports org.engagementrubrics.testkit.assertions;
    exports org.engagementrubrics.testkit.files;
    exports org.engagementrubrics.testkit.fixtures;
    exports org.engagementrubrics.testkit.invalid;
}
