package org.stancegraph.web;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;

import tools.jackson.databind.json.JsonMapper;

/**
 * What Tomcat answers itself, before any filter or servlet runs (a request line or header over the limit, a path
 * with %00, %5C or a bad %-escape, a character a URI may not hold), as problem+json instead of its HTML page. The
 * host's error report valve: {@link TomcatProblems} puts it in place of Tomcat's.
 */
class ProblemReportValve extends ErrorReportValve {

	/** As Spring writes a ProblemDetail: extension members at the top level, empty fields left out. */
	private static final JsonMapper JSON = JsonMapper.builder()
		.addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class)
		.build();

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		// as the HTML report: only an error not reported yet, on a response nothing was written to
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		AtomicBoolean ioAllowed = new AtomicBoolean(false);
		response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
		if (!ioAllowed.get()) {
			return;
		}
		ProblemDetail problem = Problems.of(status, detail(status, response.getMessage(), throwable),
				request.getRequestURI());
		try {
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write(JSON.writeValueAsString(problem));
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// the client is gone or the response cannot take a body: nothing left to tell anyone
		}
	}

	/**
	 * Tomcat's message for a client error ("Invalid URI", "Request header is too large"): it describes the request,
	 * not the server. A server error gets the general description only.
	 */
	private static String detail(int status, String message, Throwable throwable) {
		if (status < 500) {
			if (message != null && !message.isBlank()) {
				return message;
			}
			if (throwable != null && throwable.getMessage() != null && !throwable.getMessage().isBlank()) {
				return throwable.getMessage().lines().findFirst().orElse("");
			}
		}
		return Problems.description(status);
	}
}
