/**
 * Canvas LMS rubric CSV: {@link org.engagementrubrics.json.canvas.CanvasCsv} reads the file Canvas's rubric
 * import accepts into {@link org.engagementrubrics.json.canvas.CanvasRubric}s (criteria, each with its rated
 * points) and writes them back, with Canvas's own error messages reported as located
 * {@link org.engagementrubrics.json.FormatProblem}s ({@code file:line:column: pointer: [code] message}).
 *
 * <p>The implementation is package-private in {@code org.engagementrubrics.json}, beside the CSV reading,
 * strict UTF-8 decoding and read limits it shares with the roster reader. The layout, the rounding of
 * points and the problem codes ({@link org.engagementrubrics.json.canvas.CanvasCodes}) are in
 * {@code docs/format.md}, "Canvas rubric CSV".
 */
package org.engagementrubrics.json.canvas;
