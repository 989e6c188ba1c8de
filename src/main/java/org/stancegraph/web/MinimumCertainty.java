package org.stancegraph.web;

import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import io.swagger.v3.oas.annotations.Parameter;

/**
 * The {@code certainty} query parameter of every stance read: the minimum certainty of what counts, one of
 * {@link org.stancegraph.graph.Certainty#words()} ({@code stated} keeps only what actors themselves said or did,
 * {@code possible}, the default, keeps everything). Written with
 * {@code @MinimumCertainty @RequestParam(defaultValue = MinimumCertainty.DEFAULT) Certainty certainty}, as
 * {@link AsOfDate} is ({@code @RequestParam} cannot be part of a composed annotation). {@link CertaintyParameter}
 * reads the word and puts the words into the API description; any other value is a 400 that names the parameter and
 * the words ({@link ApiErrors}).
 */
@Documented
@Target(PARAMETER)
@Retention(RUNTIME)
@Parameter(description = "the minimum certainty of what counts: stated (only what actors themselves said or did), "
		+ "reported (also what others report of them as fact), probable (also what a source thinks likely), possible "
		+ "(everything, the default)", example = "reported")
public @interface MinimumCertainty {

	/** The parameter's name, as every operation spells it. */
	String NAME = "certainty";

	/** Everything counts. */
	String DEFAULT = "possible";
}
