/**
 * Implementation shared by the packages of rubric-core: not exported, not API, free to change in any release.
 *
 * <ul>
 *   <li>{@link InstrumentHeaders}: the construction-time checks every instrument record runs on its header
 *       (id, version, title, source, errata, extensions);</li>
 *   <li>{@link InstrumentConstraintValidators}, with the package-private {@code InstrumentRules} and
 *       {@code Findings}: the validators behind the class-level constraints of {@code core.validation}, each
 *       rule plain code that reports every breach at the offending element's path;</li>
 *   <li>{@link ResponseCheck}: the check of a response against its instrument, shared by
 *       {@code RubricValidator} and the scoring engine;</li>
 *   <li>{@link CanonicalEncoder}: the canonical encoding behind {@code Fingerprint}.</li>
 * </ul>
 *
 * <p>These types are public only because other packages of the module call them, and the validators also
 * because Hibernate Validator instantiates them reflectively: {@code module-info} opens this package to
 * Hibernate Validator and exports it to nobody.
 */
package org.engagementrubrics.core.internal;
