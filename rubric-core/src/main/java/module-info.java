/**
 * The domain model, validation and scoring engine of engagement-rubrics.
 *
 * <p>Depends on Jakarta Bean Validation (Hibernate Validator) and the SLF4J API only: no JSON library,
 * no logging binding. The model packages ({@code core}, {@code core.matrix}, {@code core.conditions},
 * {@code core.district}, {@code core.checklist}, {@code core.survey}, {@code core.points}, {@code core.response}, {@code core.roster}) know nothing
 * of scoring, suppression, coverage or groups; {@code core.agreement} is pure statistics that knows nothing
 * of instruments; {@code core.internal} is not exported.
 */
module org.engagementrubrics.core {
    requires transitive jakarta.validation;
    requires org.hibernate.validator;
    requires java.logging;
    requires org.slf4j;

    exports org.engagementrubrics.core;
    exports org.engagementrubrics.core.matrix;
    exports org.engagementrubrics.core.conditions;
    exports org.engagementrubrics.core.district;
    exports org.engagementrubrics.core.checklist;
    exports org.engagementrubrics.core.survey;
    exports org.engagementrubrics.core.points;
    exports org.engagementrubrics.core.response;
    exports org.engagementrubrics.core.roster;
    exports org.engagementrubrics.core.validation;
    exports org.engagementrubrics.core.scoring;
    exports org.engagementrubrics.core.privacy;
    exports org.engagementrubrics.core.coverage;
    exports org.engagementrubrics.core.groups;
    exports org.engagementrubrics.core.agreement;
    exports org.engagementrubrics.core.raters;
    exports org.engagementrubrics.core.change;

    // Hibernate Validator reads the constraint annotations and accessors of the model reflectively
    // and instantiates the constraint validators in core.internal.
    opens org.engagementrubrics.core to org.hibernate.validator;
    opens org.engagementrubrics.core.matrix to org.hibernate.validator;
    opens org.engagementrubrics.core.conditions to org.hibernate.validator;
    opens org.engagementrubrics.core.district to org.hibernate.validator;
    opens org.engagementrubrics.core.checklist to org.hibernate.validator;
    opens org.engagementrubrics.core.survey to org.hibernate.validator;
    opens org.engagementrubrics.core.points to org.hibernate.validator;
    opens org.engagementrubrics.core.response to org.hibernate.validator;
    opens org.engagementrubrics.core.validation to org.hibernate.validator;
    opens org.engagementrubrics.core.internal to org.hibernate.validator;
}
