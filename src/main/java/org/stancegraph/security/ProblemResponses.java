package org.stancegraph.security;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import tools.jackson.databind.json.JsonMapper;

/** 401 and 403 as application/problem+json, like every other error of the API. */
final class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final boolean writesEnabled;

	ProblemResponses(boolean writesEnabled) {
		this.writesEnabled = writesEnabled;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		String detail;
		if (!writesEnabled && !isRead(request)) {
			detail = "Writes are disabled: no writer (stancegraph.security.writer.username/password) and no API key "
					+ "(stancegraph.security.api-key) is configured.";
		}
		else if (request.getHeader(ApiKeyFilter.HEADER) != null) {
			detail = "The " + ApiKeyFilter.HEADER + " header does not match a configured key.";
		}
		else if (request.getHeader("Authorization") != null) {
			detail = "Bad credentials.";
		}
		else {
			detail = "This request needs credentials: HTTP Basic or an " + ApiKeyFilter.HEADER + " header.";
		}
		response.setHeader("WWW-Authenticate", "Basic realm=\"stancegraph\"");
		write(request, response, HttpStatus.UNAUTHORIZED, "Unauthorized", detail);
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		write(request, response, HttpStatus.FORBIDDEN, "Forbidden",
				isRead(request) ? "This user may not read." : "This user may only read; writes need the writer's credentials or the API key.");
	}

	static boolean isRead(HttpServletRequest request) {
		String method = request.getMethod();
		return "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
	}

	private static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String title,
			String detail) throws IOException {
		if (response.isCommitted()) {
			return;
		}
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", title);
		problem.put("status", status.value());
		problem.put("detail", detail);
		problem.put("instance", request.getRequestURI());
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write(JSON.writeValueAsString(problem));
	}
}
