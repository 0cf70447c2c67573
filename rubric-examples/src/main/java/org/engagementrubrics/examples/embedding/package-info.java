/**
 * Runnable programs that show how an application embeds the library, each a short {@code main} to read
 * from top to bottom: {@link org.engagementrubrics.examples.embedding.ScoreInAnLms} scores a response and
 * stores the result as an LMS would, {@link org.engagementrubrics.examples.embedding.ValidateAVendorFile}
 * lists every located problem of a rubric file as a data vendor would, and
 * {@link org.engagementrubrics.examples.embedding.ReportContactCoverage} prints a district's quarterly
 * contact coverage by group with small groups withheld.
 *
 * <p>Unlike the library, these programs print to standard output: that is their job.
 */
package org.engagementrubrics.examples.embedding;
