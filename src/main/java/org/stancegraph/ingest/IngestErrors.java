package org.stancegraph.ingest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.stancegraph.claims.InvalidClaimFilesException;
import org.stancegraph.claims.Problem;

/**
 * The ingest's errors, before the general handlers: 422 with every located problem, 413 over the size limit; for a
 * document also 409 (its id or text is there already) and 413 (its text is too large), with every problem.
 */
@RestControllerAdvice(assignableTypes = { ClaimIngestController.class, DocumentIngestController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class IngestErrors {

	@ExceptionHandler(InvalidClaimFilesException.class)
	@ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
	ProblemDetail invalid(InvalidClaimFilesException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
				ex.problems().size() + " problem(s) in the claim file, nothing written");
		problem.setTitle("Invalid claim file");
		problem.setProperty("problems", located(ex.problems()));
		return problem;
	}

	@ExceptionHandler(DocumentRejectedException.class)
	ResponseEntity<ProblemDetail> rejected(DocumentRejectedException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(ex.status(), ex.problems().size()
				+ " problem(s) in the document, nothing written" + (ex.duplicateOf() == null ? ""
						: "; the same text is the document '" + ex.duplicateOf() + "' already"));
		problem.setTitle(switch (ex.status()) {
			case CONTENT_TOO_LARGE -> "Document too large";
			case CONFLICT -> "Document exists already";
			default -> "Invalid document";
		});
		problem.setProperty("problems", located(ex.problems()));
		if (ex.duplicateOf() != null) {
			problem.setProperty("existingDocument", ex.duplicateOf());
		}
		return ResponseEntity.status(ex.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private static List<Map<String, Object>> located(List<Problem> problems) {
		return problems.stream().map(p -> {
			Map<String, Object> problem = new LinkedHashMap<>();
			problem.put("file", p.file());
			problem.put("line", p.line());
			problem.put("field", p.field());
			problem.put("message", p.message());
			return problem;
		}).toList();
	}

	@ExceptionHandler(BodyTooLargeException.class)
	@ResponseStatus(HttpStatus.CONTENT_TOO_LARGE)
	ProblemDetail tooLarge(BodyTooLargeException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, ex.getMessage());
		problem.setTitle("Body too large");
		return problem;
	}
}
