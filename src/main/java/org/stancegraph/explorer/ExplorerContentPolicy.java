package org.stancegraph.explorer;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The explorer's Content-Security-Policy on its own files too: {@code /explorer/index.html} opened directly (not
 * through {@code /}, which {@link ExplorerController} serves with the same policy) is held to the same rules.
 */
@Component
class ExplorerContentPolicy extends OncePerRequestFilter {

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().startsWith("/explorer/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.setHeader("Content-Security-Policy", ExplorerController.CONTENT_SECURITY_POLICY);
		chain.doFilter(request, response);
	}
}
