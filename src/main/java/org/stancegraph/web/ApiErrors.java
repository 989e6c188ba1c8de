package org.stancegraph.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error is application/problem+json: Spring's standard ones (400 for bad parameters, 404 for unknown paths,
 * 405 ...) through the base class, and the application's own here.
 */
@RestControllerAdvice
class ApiErrors extends ResponseEntityExceptionHandler {

	@ExceptionHandler(UnknownEntityException.class)
	ProblemDetail unknownEntity(UnknownEntityException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
		problem.setTitle("Unknown id");
		return problem;
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ProblemDetail badArgument(IllegalArgumentException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
		problem.setTitle("Bad parameter");
		return problem;
	}
}
