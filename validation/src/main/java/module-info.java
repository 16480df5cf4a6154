/**
 * Baozhang validation: Jakarta Bean Validation (Hibernate Validator) over the core values with
 * no annotation in core, constraint annotations for users' own DTOs, business rules across
 * fields and documents, and the zh_CN / en messages of every code of the problem catalogue.
 *
 * <p>{@code io.github.baozhang.validation} is the API. {@code io.github.baozhang.validation.internal}
 * holds the constraint validators and the factory; it is not exported, and opened to Hibernate
 * Validator alone, which instantiates the validators and reads the documents' properties
 * reflectively.
 *
 * <p>An application that puts its own DTOs on the module path opens their package to
 * {@code org.hibernate.validator}, as for any constraint.
 */
module io.github.baozhang.validation {
    requires transitive io.github.baozhang.core;
    requires transitive jakarta.validation;
    requires org.hibernate.validator;
    // Hibernate Validator reads Expression Language only if it is there (requires static): an
    // application that validates its DTOs with the default factory on the module path gets it here.
    requires jakarta.el;
    requires org.glassfish.expressly;
    requires static org.immutables.value;

    exports io.github.baozhang.validation;

    opens io.github.baozhang.validation.internal to org.hibernate.validator;
}
