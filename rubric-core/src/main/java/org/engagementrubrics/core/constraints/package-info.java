/**
 * Jakarta Bean Validation constraints of the public types.
 *
 * <p>The class-level constraints ({@link org.engagementrubrics.core.constraints.UniqueIds},
 * {@link org.engagementrubrics.core.constraints.DistinctLabels},
 * {@link org.engagementrubrics.core.constraints.ConsistentOrder},
 * {@link org.engagementrubrics.core.constraints.ResolvedReferences}) sit on every instrument type, so an
 * embedder's own {@code @Valid} on a field holding an instrument checks the whole instrument.
 */
package org.engagementrubrics.core.constraints;
