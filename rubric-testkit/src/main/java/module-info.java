/**
 * Seeded generators of instruments and responses, a seeded property runner and small fixtures, for our
 * own and downstream test suites.
 *
 * <p>Core is transitive because every generator yields core's instruments and responses.
 */
module org.engagementrubrics.testkit {
    requires transitive org.engagementrubrics.core;

    exports org.engagementrubrics.testkit;
}
