/**
 * Rosters and contact records in CSV and JSON Lines: {@link org.engagementrubrics.json.roster.RosterReader}
 * reads a district's families and their groups into a {@link org.engagementrubrics.core.roster.Roster},
 * {@link org.engagementrubrics.json.roster.ContactReader} streams
 * {@link org.engagementrubrics.core.roster.ContactRecord}s in constant memory, and
 * {@link org.engagementrubrics.json.roster.RosterWriter} writes a roster as JSON Lines.
 *
 * <p>Both readers report a bad row with the same located problems as the JSON reader
 * ({@link org.engagementrubrics.json.FormatProblem}: {@code file:line:column: pointer: [code] message}, where
 * a CSV cell's pointer is its column, {@code /family_id}) and go on with the next row. They are obtained from
 * {@link org.engagementrubrics.json.RubricJson}, whose read limits they keep; their implementations are
 * package-private in {@code org.engagementrubrics.json}, beside the bounded input, strict UTF-8 decoding and
 * located JSON tree they share with the JSON reader. The columns, fields, group-id rule and problem codes
 * are in {@code docs/format.md}, "Rosters and contact records".
 */
package org.engagementrubrics.json.roster;
