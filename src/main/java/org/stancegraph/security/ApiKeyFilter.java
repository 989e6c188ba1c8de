package org.stancegraph.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates a request carrying {@code X-API-Key} as the writer when the key matches the configured one
 * (compared in constant time); a key that does not match is a 401, whatever else the request carries.
 */
final class ApiKeyFilter extends OncePerRequestFilter {

	static final String HEADER = "X-API-Key";

	private final byte[] key;
	private final AuthenticationEntryPoint entryPoint;

	ApiKeyFilter(String key, AuthenticationEntryPoint entryPoint) {
		this.key = key == null || key.isBlank() ? null : key.getBytes(StandardCharsets.UTF_8);
		this.entryPoint = entryPoint;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String given = request.getHeader(HEADER);
		if (given == null) {
			chain.doFilter(request, response);
			return;
		}
		if (key == null || !MessageDigest.isEqual(key, given.getBytes(StandardCharsets.UTF_8))) {
			SecurityContextHolder.clearContext();
			entryPoint.commence(request, response, new BadCredentialsException("bad API key"));
			return;
		}
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("api-key", null,
				List.of(new SimpleGrantedAuthority("ROLE_" + SecurityConfiguration.WRITER))));
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}
}
