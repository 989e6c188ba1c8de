package org.stancegraph.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import org.apache.catalina.valves.ErrorReportValve;
import org.apache.tomcat.util.res.StringManager;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** Problem details (RFC 9457) for errors answered outside a controller: by Tomcat itself, or on the error page. */
final class Problems {

	/** Characters RFC 3986 allows in a path as they are; '%' only as the start of an escape. */
	private static final String ALLOWED = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&'()*+,;=:@/";

	/** Tomcat's descriptions of each status, as its HTML error page has them. */
	private static final StringManager DESCRIPTIONS = StringManager.getManager(ErrorReportValve.class);

	private Problems() {
	}

	/** What the status means, for an error that came without a message; null for a status Tomcat does not describe. */
	static String description(int status) {
		return DESCRIPTIONS.getString("http." + status + ".desc");
	}

	/** Title from the status, the detail as given, the request's path as the instance. */
	static ProblemDetail of(int status, String detail, String rawPath) {
		ProblemDetail problem = ProblemDetail.forStatus(status);
		HttpStatus known = HttpStatus.resolve(status);
		problem.setTitle(known != null ? known.getReasonPhrase() : "Error");
		problem.setDetail(detail);
		problem.setInstance(instance(rawPath));
		return problem;
	}

	/**
	 * The request path as a relative URI reference ({@code instance} is declared {@code uri-reference}), or null when
	 * there is none. A request refused for its path may hold what a URI may not (a stray '%', a quote): such
	 * characters are percent-encoded, so the instance still parses. A path starting with "//" would read as a host
	 * ("//api/x" is host "api"): it gets the dot segment WHATWG URL uses ("/.//api/x").
	 */
	static URI instance(String rawPath) {
		if (rawPath == null || !rawPath.startsWith("/")) {
			return null;
		}
		StringBuilder uri = new StringBuilder(rawPath.startsWith("//") ? "/." : "");
		byte[] bytes = rawPath.getBytes(StandardCharsets.UTF_8);
		for (int i = 0; i < bytes.length; i++) {
			char c = (char) (bytes[i] & 0xFF);
			boolean escape = c == '%' && i + 2 < bytes.length && hex(bytes[i + 1]) && hex(bytes[i + 2]);
			if (escape || c != '%' && ALLOWED.indexOf(c) >= 0) {
				uri.append(c);
			}
			else {
				uri.append('%').append(String.format("%02X", bytes[i] & 0xFF));
			}
		}
		return URI.create(uri.toString());
	}

	private static boolean hex(byte b) {
		return Character.digit(b, 16) >= 0;
	}
}
