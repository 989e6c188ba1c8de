package org.stancegraph.web;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.cache.Cache;
import org.springframework.cache.caffeine.CaffeineCache;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.stancegraph.database.GraphVersion;

/**
 * Answers of the read API are not computed again while the graph has not changed: each carries an {@code ETag} made
 * of the graph's version ({@link GraphVersion}) and what was asked, {@code If-None-Match} with it answers 304 at once,
 * and recent answers are kept (Caffeine through Spring's cache abstraction, bounded by
 * {@code stancegraph.answers.max-bytes}, 32 MiB by default) under the version, so that a commit makes every one of
 * them unreachable and no answer outlives the graph it was computed from. A hit costs no database round trip when the
 * database is embedded. Before {@link ConsistentReads} in the filter chain: only an answer the read guard let through
 * is kept, never one marked unconfirmed.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 1)
@ConditionalOnProperty(name = "stancegraph.answers.cache", havingValue = "true", matchIfMissing = true)
class AnswerCache extends OncePerRequestFilter {

	/** An answer as it went out: status, the headers the handler set, the body. */
	record Stored(int status, Map<String, List<String>> headers, byte[] body) {

		int weight() {
			return body.length + headers.toString().length() + 64;
		}
	}

	/** Headers that belong to one response, not to the answer. */
	private static final Set<String> NOT_KEPT = Set.of(HttpHeaders.DATE.toLowerCase(), HttpHeaders.ETAG.toLowerCase(),
			HttpHeaders.CACHE_CONTROL.toLowerCase(), HttpHeaders.VARY.toLowerCase(), HttpHeaders.CONTENT_LENGTH.toLowerCase());

	private final GraphVersion versions;
	private final Cache answers;

	AnswerCache(GraphVersion versions, @Value("${stancegraph.answers.max-bytes:33554432}") long maxBytes,
			@Value("${stancegraph.answers.max-age:10m}") Duration maxAge) {
		this.versions = versions;
		// the age bound matters only against an external database, for writes that bypass Stancegraph's loads
		this.answers = new CaffeineCache("answers", Caffeine.newBuilder().maximumWeight(maxBytes)
			.weigher((Object key, Object answer) -> ((Stored) answer).weight()).expireAfterWrite(maxAge).build(), false);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !ConsistentReads.readsTheGraph(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String version = versions.current();
		String accept = String.valueOf(request.getHeader(HttpHeaders.ACCEPT));
		String resource = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
		String etag = "W/\"" + version + "-" + Integer.toHexString((accept + " " + resource).hashCode()) + "\"";
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache"); // a client may keep it, and asks again with its ETag
		response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
		if (new ServletWebRequest(request, response).checkNotModified(etag)) {
			return; // 304, ETag set
		}
		String key = version + " " + request.getMethod() + " " + accept + " " + resource;
		Stored stored = answers.get(key, Stored.class);
		if (stored != null) {
			response.setStatus(stored.status());
			stored.headers().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
			response.setContentLength(stored.body().length);
			response.getOutputStream().write(stored.body());
			return;
		}
		// what the filters before this one set (CORS, ...) they set again on a hit: only the handler's are kept
		Set<String> before = new java.util.HashSet<>(response.getHeaderNames());
		var answer = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, answer);
		if (answer.getStatus() == HttpServletResponse.SC_OK && answer.getHeader("Stancegraph-Consistency") == null) {
			Map<String, List<String>> headers = new LinkedHashMap<>();
			for (String name : answer.getHeaderNames()) {
				if (!NOT_KEPT.contains(name.toLowerCase()) && !before.contains(name)) {
					headers.put(name, new ArrayList<>(answer.getHeaders(name)));
				}
			}
			answers.put(key, new Stored(answer.getStatus(), headers, answer.getContentAsByteArray()));
		}
		answer.copyBodyToResponse();
	}
}
