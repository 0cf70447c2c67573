/**
 * The bundled catalog of seed instruments, the seeds in code, sample responses and embedding examples.
 *
 * <p>Core and JSON are transitive because the API names their types ({@code Catalog} yields core's
 * instruments; the embedding examples report {@code FormatProblem}s), so {@code requires
 * org.engagementrubrics.examples} is all an application needs.
 */
module org.engagementrubrics.examples {
    requires transitive org.engagementrubrics.core;
    requires transitive org.engagementrubrics.json;

    exports org.engagementrubrics.examples;
    exports org.engagementrubrics.examples.embedding;

    // Catalog reads its JSON files through its class loader (ClassLoader.getResourceAsStream), which
    // finds a named module's resources only in packages that are open to everyone.
    opens org.engagementrubrics.examples.catalog;
}
