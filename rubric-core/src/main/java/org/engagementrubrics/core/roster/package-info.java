/**
 * Who the families are and when they were reached: a district's roster (each family and the groups its
 * student belongs to, as the district lists them) and its contact records.
 *
 * <p>The roster is joined to survey responses by rater id and to contact records by family id, so that a
 * response never has to carry demographics. This package is part of the model: it knows nothing of
 * scoring, coverage or suppression.
 */
package org.engagementrubrics.core.roster;
