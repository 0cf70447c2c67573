/**
 * 1EdTech CASE 1.1 export and import of rubrics: {@link org.engagementrubrics.json.casev1p1.CaseJson} writes an
 * instrument as a {@code CFPackage} (one {@code CFDocument}, one {@code CFRubric}) and reads one back, strictly
 * against the official schema or leniently with reported repairs.
 *
 * <p>Public: {@code CaseJson}, {@code CaseOptions}, {@code CaseReadOptions}. The mapping, the identifier scheme and
 * the repairs are package-private; {@code docs/interop.md} describes them. The package is named
 * {@code casev1p1} because {@code case} is a Java keyword.
 */
package org.engagementrubrics.json.casev1p1;
