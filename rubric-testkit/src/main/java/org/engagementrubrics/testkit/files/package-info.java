/**
 * Rubric file tests in one line: {@link org.engagementrubrics.testkit.files.RubricFiles} turns every instrument,
 * response and result file under a folder, and every record of a response stream, into a JUnit Jupiter dynamic
 * test that fails with the located problems the library's reader finds.
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicNode> rubricFilesAreValid() {
 *     return RubricFiles.in(Path.of("src/main/resources/rubrics")).validate();
 * }
 * }</pre>
 */
package org.engagementrubrics.testkit.files;
