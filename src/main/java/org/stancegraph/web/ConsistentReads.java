package org.stancegraph.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.stancegraph.database.CommitSignal;
import org.stancegraph.database.GraphVersion;

/**
 * Answers of the read API show the graph before a load's commit or after it, never its middle: the answer is held
 * back, and computed again when a commit overlapped it ({@link CommitSignal}, a sequence lock). While a commit is
 * being applied, a read waits for it. With the embedded database the signal is kept in memory
 * ({@link GraphVersion#state()}: Neo4j tells the app of each commit before and after applying it), so the guard
 * costs no round trip; against an external one it costs two look-ups of one node. Only a read that a commit
 * overlapped is done twice. After {@link #PATIENCE_MILLIS} of commits the last answer goes out, marked
 * {@code Stancegraph-Consistency: unconfirmed}.
 * <p>
 * Not for the vocabulary, which comes from the code, nor for the export, which streams the whole graph from one
 * transaction rather than hold it in memory. Last in the filter chain, so that computing an answer again runs the
 * handler only.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
@ConditionalOnProperty(name = "stancegraph.consistent-reads", havingValue = "true", matchIfMissing = true)
class ConsistentReads extends OncePerRequestFilter {

	static final long PATIENCE_MILLIS = 5_000;

	private static final String FAILURE = ConsistentReads.class.getName() + ".failure";

	/** Where {@link ApiErrors} leaves an attempt's unforeseen failure instead of logging it. */
	private static final class Failure {

		RuntimeException handled;
	}

	private final GraphVersion versions;

	ConsistentReads(GraphVersion versions) {
		this.versions = versions;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !readsTheGraph(request);
	}

	/** A read of the API that answers from the graph: not the export (a stream), not the vocabulary (the code's). */
	static boolean readsTheGraph(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
		// the vocabulary comes from the code: no graph to be consistent with, and no database needed to answer
		return read && path.startsWith("/api/") && !path.startsWith("/api/export") && !path.equals("/api/vocabulary");
	}

	/**
	 * Whether this request is a guarded read, whose unforeseen failure the guard logs: only if it is the answer that
	 * goes out, not when a commit overlapped the read and it is asked again (an operator would see an ERROR for a
	 * request that succeeded).
	 */
	static boolean takesOverTheLog(HttpServletRequest request, RuntimeException failure) {
		if (!(request.getAttribute(FAILURE) instanceof Failure attempt)) {
			return false;
		}
		attempt.handled = failure;
		return true;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var answer = new ContentCachingResponseWrapper(response);
		long deadline = System.nanoTime() + PATIENCE_MILLIS * 1_000_000;
		while (true) {
			CommitSignal.State before = versions.state();
			boolean patient = System.nanoTime() < deadline;
			if (before.committing() && patient) {
				pause();
				continue;
			}
			Exception failed = null;
			var attempt = new Failure();
			request.setAttribute(FAILURE, attempt);
			try {
				chain.doFilter(request, answer);
			}
			catch (ServletException | RuntimeException ex) {
				// a read torn by a commit can fail outright (a property of a deleted edge read as null)
				failed = ex;
			}
			CommitSignal.State after = versions.state();
			boolean consistent = !before.committing() && after.seq() == before.seq();
			request.removeAttribute(FAILURE);
			if (consistent || !patient) {
				if (attempt.handled != null) {
					logger.error("Unexpected error", attempt.handled);
				}
				if (failed instanceof ServletException ex) {
					throw ex;
				}
				if (failed instanceof RuntimeException ex) {
					throw ex;
				}
				if (!consistent) {
					answer.setHeader("Stancegraph-Consistency", "unconfirmed");
				}
				break;
			}
			if (attempt.handled != null) {
				logger.debug("A read that a commit overlapped failed; asked again", attempt.handled);
			}
			answer.reset();
		}
		answer.copyBodyToResponse();
	}

	private static void pause() throws ServletException {
		try {
			Thread.sleep(2);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ServletException("interrupted while a load committed", ex);
		}
	}
}
