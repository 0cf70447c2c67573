package org.engagementrubrics.core.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.LeafNodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.core.validation.ConsistentOrder;
import org.engagementrubrics.core.validation.DistinctLabels;
import org.engagementrubrics.core.validation.ResolvedReferences;
import org.engagementrubrics.core.validation.UniqueIds;

/**
 * The validators of the class-level instrument constraints. Not part of the API.
 *
 * <p>Each reports every breach of its rule as its own violation, at the offending element's path. The
 * validators hold no state, so Hibernate Validator may share one instance across threads.
 */
public final class InstrumentConstraintValidators {

    private static final Pattern SEGMENT = Pattern.compile("([A-Za-z]+)(?:\\[(\\d+)])?");

    private InstrumentConstraintValidators() {
    }

    static boolean report(List<Findings.Finding> findings, ConstraintValidatorContext context) {
        if (findings.isEmpty()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        for (Findings.Finding finding : findings) {
            addViolation(context, finding.path(), finding.message());
        }
        return false;
    }

    /**
     * Adds one violation at a path such as {@code standards[0].cells[2].columnId}.
     */
    static void addViolation(ConstraintValidatorContext context, String path, String message) {
        ConstraintViolationBuilder builder = context.buildConstraintViolationWithTemplate(escape(message));
        if (path.isEmpty()) {
            builder.addConstraintViolation();
            return;
        }
        Node node = new Node(builder::addPropertyNode, builder::addBeanNode, builder::addConstraintViolation);
        Integer pendingIndex = null;
        for (String part : path.split("\\.")) {
            Matcher matcher = SEGMENT.matcher(part);
            if (!matcher.matches()) {
                throw new IllegalArgumentException("bad rule path " + path);
            }
            NodeBuilderCustomizableContext property = node.property().apply(matcher.group(1));
            if (pendingIndex != null) {
                NodeBuilderDefinedContext indexed = property.inIterable().atIndex(pendingIndex);
                node = new Node(indexed::addPropertyNode, indexed::addBeanNode, indexed::addConstraintViolation);
            } else {
                node = new Node(property::addPropertyNode, property::addBeanNode, property::addConstraintViolation);
            }
            pendingIndex = matcher.group(2) == null ? null : Integer.valueOf(matcher.group(2));
        }
        if (pendingIndex != null) {
            node.bean().get().inIterable().atIndex(pendingIndex).addConstraintViolation();
        } else {
            node.finish().get();
        }
    }

    private record Node(Function<String, NodeBuilderCustomizableContext> property,
            Supplier<LeafNodeBuilderCustomizableContext> bean, Supplier<ConstraintValidatorContext> finish) {
    }

    private static String escape(String message) {
        return message.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
    }

    private abstract static class Base<A extends java.lang.annotation.Annotation>
            implements ConstraintValidator<A, Instrument> {

        private final Function<Instrument, List<Findings.Finding>> rule;

        Base(Function<Instrument, List<Findings.Finding>> rule) {
            this.rule = rule;
        }

        @Override
        public boolean isValid(Instrument instrument, ConstraintValidatorContext context) {
            return instrument == null || report(rule.apply(instrument), context);
        }
    }

    /** Validates {@link org.engagementrubrics.core.validation.UniqueIds}. */
    public static final class UniqueIds extends Base<org.engagementrubrics.core.validation.UniqueIds> {
        /** Creates the validator; Hibernate Validator calls this reflectively. */
        public UniqueIds() {
            super(InstrumentRules::uniqueIds);
        }
    }

    /** Validates {@link org.engagementrubrics.core.validation.DistinctLabels}. */
    public static final class DistinctLabels extends Base<org.engagementrubrics.core.validation.DistinctLabels> {
        /** Creates the validator; Hibernate Validator calls this reflectively. */
        public DistinctLabels() {
            super(InstrumentRules::distinctLabels);
        }
    }

    /** Validates {@link org.engagementrubrics.core.validation.ConsistentOrder}. */
    public static final class ConsistentOrder extends Base<org.engagementrubrics.core.validation.ConsistentOrder> {
        /** Creates the validator; Hibernate Validator calls this reflectively. */
        public ConsistentOrder() {
            super(InstrumentRules::consistentOrder);
        }
    }

    /** Validates {@link org.engagementrubrics.core.validation.ResolvedReferences}. */
    public static final class ResolvedReferences
            extends Base<org.engagementrubrics.core.validation.ResolvedReferences> {
        /** Creates the validator; Hibernate Validator calls this reflectively. */
        public ResolvedReferences() {
            super(InstrumentRules::resolvedReferences);
        }
    }
}
