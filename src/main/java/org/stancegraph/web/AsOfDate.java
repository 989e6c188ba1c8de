package org.stancegraph.web;

import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.core.annotation.AliasFor;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The {@code asOf} query parameter, documented and parsed as YYYY-MM-DD: only what the sources had said by this date.
 * Written with {@code @RequestParam(required = false) LocalDate asOf}: {@code @RequestParam} cannot be part of a
 * composed annotation (it applies to parameters only). Each operation gives its own example date.
 */
@Documented
@Target(PARAMETER)
@Retention(RUNTIME)
@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
@Parameter(description = "only what the sources had said by this date (YYYY-MM-DD)")
public @interface AsOfDate {

	@AliasFor(annotation = Parameter.class, attribute = "example")
	String example();
}
