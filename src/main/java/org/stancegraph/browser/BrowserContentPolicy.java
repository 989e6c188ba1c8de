package org.stancegraph.browser;

import java.io.IOException;
import java.net.URI;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps Neo4j Browser from calling out. Browser 5.24 has hosts wired in that no server setting turns off against a
 * Community server: Google Fonts (a CSS import), Sentry (performance traces on page load), and once connected
 * Segment's and Canny's scripts. A Content-Security-Policy on the pages served under /browser/ lets the page load
 * only from the app and talk only to the app (its Bolt endpoint is the page's own host and port) or, in external
 * mode, to the Neo4j server it was given. The app's ports (the one the page was asked on, the one it listens on) are
 * allowed under both loopback names, so that {@code :guide http://localhost:8080/guide} works from a page opened as
 * {@code 127.0.0.1:8080} and the other way round ({@link GuideController}).
 */
@Component
class BrowserContentPolicy extends OncePerRequestFilter {

	private final Optional<String> directBolt;

	BrowserContentPolicy(BrowserBolt bolt) {
		this.directBolt = bolt.direct();
	}

	/**
	 * Bolt from a browser is a WebSocket (ws, or wss for +s schemes); to a Neo4j server the Browser also probes the
	 * Bolt port over HTTP.
	 */
	static String policy(Optional<String> directBolt, int... appPorts) {
		String bolt = directBolt.map(boltUri -> {
			URI uri = URI.create(boltUri);
			boolean secure = uri.getScheme().endsWith("+s") || uri.getScheme().endsWith("+ssc");
			String authority = uri.getHost().contains(":") ? "[" + uri.getHost() + "]" : uri.getHost();
			authority += ":" + (uri.getPort() == -1 ? 7687 : uri.getPort());
			return " " + (secure ? "wss://" : "ws://") + authority + " " + (secure ? "https://" : "http://") + authority;
		}).orElse("");
		String app = IntStream.of(appPorts)
			.filter(port -> port > 0)
			.distinct()
			.mapToObj(port -> Stream.of("http", "ws")
				.flatMap(scheme -> Stream.of("localhost", "127.0.0.1").map(host -> " " + scheme + "://" + host + ":" + port))
				.collect(Collectors.joining()))
			.collect(Collectors.joining());
		return "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
				+ "img-src 'self' data: blob:; font-src 'self' data:; worker-src 'self' blob:; "
				+ "connect-src 'self'" + bolt + app + "; frame-src 'self'; object-src 'none'; base-uri 'self'";
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().startsWith("/browser/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.setHeader("Content-Security-Policy", policy(directBolt, request.getServerPort(), request.getLocalPort()));
		chain.doFilter(request, response);
	}
}
