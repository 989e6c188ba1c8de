package org.stancegraph.web;

import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.stancegraph.graph.Certainty;

/**
 * Every error is application/problem+json: Spring's standard ones (400 for a missing or mistyped parameter, 404
 * for unknown paths, 405 ...) through the base class, and the application's own here. Which of them each operation
 * declares in the OpenAPI description: {@link OpenApiProblems}.
 */
@RestControllerAdvice
class ApiErrors extends ResponseEntityExceptionHandler {

	static final String INTERNAL_DETAIL = "The request could not be answered; the server log has the details.";

	@ExceptionHandler(UnknownEntityException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	ProblemDetail unknownEntity(UnknownEntityException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
		problem.setTitle("Unknown id");
		return problem;
	}

	@ExceptionHandler(IllegalArgumentException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	ProblemDetail badArgument(IllegalArgumentException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
		problem.setTitle("Bad parameter");
		return problem;
	}

	/**
	 * A query parameter Tomcat cannot decode ({@code q=%zz}, bytes that are not UTF-8, more parameters than it
	 * takes): a client error, although Tomcat throws it as an IllegalStateException. Its message claims the parameter
	 * "has been ignored", which is not so here: the request is refused.
	 */
	@ExceptionHandler(InvalidParameterException.class)
	ProblemDetail undecodableParameter(InvalidParameterException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(ex.getErrorCode()),
				"A request parameter cannot be decoded (a '%' not followed by two hex digits, escapes that are not "
						+ "UTF-8), or there are more parameters than the server accepts.");
		problem.setTitle("Bad parameter");
		return problem;
	}

	/**
	 * Anything unforeseen: still problem+json, without internals; the log has the stack trace, from here or, for a
	 * guarded read, from the guard, which knows whether a commit tore the read and it asks again.
	 */
	@ExceptionHandler(RuntimeException.class)
	@ResponseStatus(HttpStatus.INTERNAL_SERVER_ERROR)
	ProblemDetail unexpected(RuntimeException ex, HttpServletRequest request) {
		if (!ConsistentReads.takesOverTheLog(request, ex)) {
			logger.error("Unexpected error", ex);
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, INTERNAL_DETAIL);
		problem.setTitle("Internal error");
		return problem;
	}

	/**
	 * Names each parameter that failed and why, instead of Spring's bare "Validation failure"; for a parameter object
	 * ({@link Page}) the query parameter is its field.
	 */
	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String detail = ex.getParameterValidationResults().stream()
				.flatMap(result -> result instanceof ParameterErrors errors
						? errors.getFieldErrors().stream().map(ApiErrors::describe)
						: result.getResolvableErrors().stream()
							.map(error -> result.getMethodParameter().getParameterName() + ": " + error.getDefaultMessage()))
				.collect(Collectors.joining("; "));
		return badParameter(ex, detail, headers, request);
	}

	/**
	 * A value of a parameter that is not of its type; for a {@link MinimumCertainty}, which words it takes. Other types
	 * keep Spring's answer.
	 */
	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers, HttpStatusCode status,
			WebRequest request) {
		if (ex.getRequiredType() == Certainty.class) {
			String value = String.valueOf(ex.getValue());
			String shown = value.length() > 40 ? value.substring(0, 40) + "..." : value;
			return badParameter(ex, ex.getPropertyName() + ": '" + shown + "' is not a certainty; give one of "
					+ String.join(", ", Certainty.words()) + " (the minimum; " + MinimumCertainty.DEFAULT + ", the default, is"
					+ " everything)", headers, request);
		}
		return super.handleTypeMismatch(ex, headers, status, request);
	}

	/** A parameter object that could not be bound ({@code limit=ten}) or failed its constraints. */
	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String detail = ex.getFieldErrors().stream().map(ApiErrors::describe).collect(Collectors.joining("; "));
		return badParameter(ex, detail, headers, request);
	}

	private static String describe(FieldError error) {
		return error.getField() + ": " + (error.isBindingFailure()
				? "'" + error.getRejectedValue() + "' is not a valid number" : error.getDefaultMessage());
	}

	private ResponseEntity<Object> badParameter(Exception ex, String detail, HttpHeaders headers, WebRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
		problem.setTitle("Bad parameter");
		return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
	}
}
