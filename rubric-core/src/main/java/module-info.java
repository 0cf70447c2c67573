/**
 * The domain model, validation and scoring engine of engagement-rubrics.
 *
 * <p>Depends on Jakarta Bean Validation (Hibernate Validator) and the SLF4J API only: no JSON library,
 * no logging binding.
 */
module org.engagementrubrics.core {
    requires transitive jakarta.validation;
    requires org.hibernate.validator;
    requires org.slf4j;

    exports org.engagementrubrics.core;
    exports org.engagementrubrics.core.constraints;
    exports org.engagementrubrics.core.scoring;

    opens org.engagementrubrics.core to org.hibernate.validator;
    opens org.engagementrubrics.core.internal to org.hibernate.validator;
}
