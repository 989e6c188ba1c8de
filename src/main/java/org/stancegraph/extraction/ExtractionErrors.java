package org.stancegraph.extraction;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Extraction's errors, before the general handlers: 400 naming the field that is wrong, 413 over the limit. */
@RestControllerAdvice(assignableTypes = ExtractionController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ExtractionErrors {

	@ExceptionHandler(BadExtractionRequestException.class)
	org.springframework.http.ResponseEntity<ProblemDetail> bad(BadExtractionRequestException ex) {
		boolean tooLarge = ex instanceof BadExtractionRequestException.TooLarge;
		HttpStatus status = tooLarge ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST;
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, ex.getMessage());
		problem.setTitle(tooLarge ? "Text too large" : "Bad extraction request");
		return org.springframework.http.ResponseEntity.status(status).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}
}
