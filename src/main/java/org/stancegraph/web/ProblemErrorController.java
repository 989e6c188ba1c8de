package org.stancegraph.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Hidden;

/**
 * The error page (replacing Spring Boot's, which answers in its own JSON shape): an error raised outside a
 * controller (the firewall refusing {@code a%2Fb} or {@code //}, an exception from a filter) as problem+json.
 */
@RestController
@Hidden
@RequestMapping("${spring.web.error.path:${error.path:/error}}")
class ProblemErrorController implements ErrorController {

	@RequestMapping
	ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
		ProblemDetail problem;
		if (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer status) {
			String message = (String) request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
			// a client error's message says what is wrong with the request; a server error's may tell internals
			String detail = status < 500 && message != null && !message.isBlank() ? message
					: status < 500 ? Problems.description(status) : ApiErrors.INTERNAL_DETAIL;
			problem = Problems.of(status, detail, (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
		}
		else {
			// asked for directly, not as the error page of another request: nothing is here
			problem = Problems.of(404, Problems.description(404), request.getRequestURI());
		}
		return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}
}
