package org.stancegraph.ingest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.stancegraph.claims.InvalidClaimFilesException;

/** The ingest's errors, before the general handlers: 422 with every located problem, 413 over the size limit. */
@RestControllerAdvice(assignableTypes = ClaimIngestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class IngestErrors {

	@ExceptionHandler(InvalidClaimFilesException.class)
	@ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
	ProblemDetail invalid(InvalidClaimFilesException ex) {
		List<Map<String, Object>> problems = ex.problems().stream().map(p -> {
			Map<String, Object> problem = new LinkedHashMap<>();
			problem.put("file", p.file());
			problem.put("line", p.line());
			problem.put("field", p.field());
			problem.put("message", p.message());
			return problem;
		}).toList();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
				problems.size() + " problem(s) in the claim file, nothing written");
		problem.setTitle("Invalid claim file");
		problem.setProperty("problems", problems);
		return problem;
	}

	@ExceptionHandler(BodyTooLargeException.class)
	@ResponseStatus(HttpStatus.CONTENT_TOO_LARGE)
	ProblemDetail tooLarge(BodyTooLargeException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, ex.getMessage());
		problem.setTitle("Body too large");
		return problem;
	}
}
