package org.stancegraph.web;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An id of the graph (an entity, a source document) as a request gives it: kebab-case and at most
 * {@value Ids#MAX_LENGTH} characters ({@link Ids}). Each broken rule is its own violation with its own message, as
 * if both constraints were written out, and springdoc documents the parameter's pattern and maxLength from them.
 */
@Documented
@Constraint(validatedBy = {})
@Target({ PARAMETER, FIELD, TYPE_USE, ANNOTATION_TYPE })
@Retention(RUNTIME)
@Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
@Size(max = Ids.MAX_LENGTH)
public @interface GraphId {

	/** Unused: the composing constraints report, each with its own message. */
	String message() default Ids.MESSAGE;

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};
}
