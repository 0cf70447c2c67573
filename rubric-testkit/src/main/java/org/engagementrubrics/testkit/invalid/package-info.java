/**
 * Invalid documents made from valid ones, each carrying one known defect together with the problem code (and,
 * where stable, the JSON pointer) our reader reports for it: for a downstream suite to check that its own
 * importer refuses what ours refuses.
 *
 * <ul>
 * <li>{@link org.engagementrubrics.testkit.invalid.InvalidDocuments} — the entry point: the variants of one
 * document (or one JSON Lines record), as a list, one by defect, or a {@code Gen}.</li>
 * <li>{@link org.engagementrubrics.testkit.invalid.InvalidDocument} — one variant: its bytes, its defect,
 * the code and pointer promised, the limits and instrument to read it with.</li>
 * <li>{@link org.engagementrubrics.testkit.invalid.Defect} — the defects and their codes.</li>
 * </ul>
 *
 * <p>Where a defect goes follows the format's own JSON Schemas: unknown fields only in the format's closed
 * objects (never in {@code extensions}, which keeps vendor data), missing fields only among the required ones.
 */
package org.engagementrubrics.testkit.invalid;
