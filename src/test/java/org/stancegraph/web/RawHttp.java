package org.stancegraph.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket: the request target goes out byte for byte as given (UTF-8), nothing normalised,
 * encoded or refused on the client's side, as java.net.http.HttpClient would. One request per connection.
 */
final class RawHttp {

	/** A final answer (interim 1xx skipped), header names in lower case, the body de-chunked. */
	record Answer(int status, Map<String, String> headers, byte[] body) {

		String header(String name) {
			return headers.get(name.toLowerCase(Locale.ROOT));
		}

		String text() {
			return new String(body, StandardCharsets.UTF_8);
		}
	}

	private final int port;

	RawHttp(int port) {
		this.port = port;
	}

	Answer get(String target, String... headers) {
		return send("GET", target, null, headers);
	}

	/**
	 * {@code headers} are whole lines ({@code "Accept: image/png"}); Host and Connection: close are added, and
	 * Content-Length for a body unless the headers say Transfer-Encoding (then the body is sent in 64 KiB chunks).
	 * The whole body is written before the answer is read, as a client that does not look at the answer early would.
	 */
	Answer send(String method, String target, byte[] body, String... headers) {
		boolean chunked = Arrays.stream(headers).anyMatch(h -> h.toLowerCase(Locale.ROOT).startsWith("transfer-encoding:"));
		return exchange(head(method, target, headers, body == null || chunked ? -1 : body.length), body, chunked, true);
	}

	/**
	 * The head only, then the answer, interim ones included: for {@code Expect: 100-continue}, where the client
	 * sends the body only after a 100.
	 */
	Answer sendHeadOnly(String method, String target, String... headers) {
		return exchange(head(method, target, headers, -1), null, false, false);
	}

	private static String head(String method, String target, String[] headers, long contentLength) {
		StringBuilder head = new StringBuilder(method + " " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n");
		for (String header : headers) {
			head.append(header).append("\r\n");
		}
		if (contentLength >= 0) {
			head.append("Content-Length: ").append(contentLength).append("\r\n");
		}
		return head.append("\r\n").toString();
	}

	private Answer exchange(String head, byte[] body, boolean chunked, boolean skipInterim) {
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(60_000);
			OutputStream out = socket.getOutputStream();
			out.write(head.getBytes(StandardCharsets.UTF_8));
			if (body != null && chunked) {
				for (int at = 0; at < body.length; at += 65_536) {
					int length = Math.min(65_536, body.length - at);
					out.write((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
					out.write(body, at, length);
					out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
				}
				out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
			}
			else if (body != null) {
				out.write(body);
			}
			out.flush();
			return read(socket.getInputStream(), skipInterim);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(abbreviate(head.lines().findFirst().orElse("")) + ": " + ex, ex);
		}
	}

	/** Reads to the end of the connection; interim answers are skipped unless {@code skipInterim} is false. */
	private static Answer read(InputStream in, boolean skipInterim) throws IOException {
		byte[] all = in.readAllBytes();
		int at = 0;
		while (true) {
			int end = indexOf(all, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII), at);
			if (end < 0) {
				throw new IOException("no complete answer: " + abbreviate(new String(all, StandardCharsets.ISO_8859_1)));
			}
			List<String> lines = List.of(new String(all, at, end - at, StandardCharsets.ISO_8859_1).split("\r\n"));
			int status = Integer.parseInt(lines.getFirst().split(" ")[1]);
			Map<String, String> headers = new LinkedHashMap<>();
			for (String line : lines.subList(1, lines.size())) {
				int colon = line.indexOf(':');
				headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
			}
			at = end + 4;
			if (status < 200 && skipInterim) {
				continue;
			}
			byte[] rest = Arrays.copyOfRange(all, at, all.length);
			if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
				rest = dechunk(rest);
			}
			else if (headers.containsKey("content-length")) {
				rest = Arrays.copyOf(rest, Math.min(rest.length, Integer.parseInt(headers.get("content-length"))));
			}
			return new Answer(status, headers, rest);
		}
	}

	private static byte[] dechunk(byte[] chunked) throws IOException {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		int at = 0;
		while (true) {
			int lineEnd = indexOf(chunked, "\r\n".getBytes(StandardCharsets.US_ASCII), at);
			if (lineEnd < 0) {
				throw new IOException("chunked body cut off after " + body.size() + " bytes");
			}
			int size = Integer.parseInt(new String(chunked, at, lineEnd - at, StandardCharsets.US_ASCII).split(";")[0].trim(), 16);
			if (size == 0) {
				return body.toByteArray();
			}
			if (lineEnd + 2 + size > chunked.length) {
				throw new IOException("chunked body cut off after " + body.size() + " bytes");
			}
			body.write(chunked, lineEnd + 2, size);
			at = lineEnd + 2 + size + 2;
		}
	}

	private static int indexOf(byte[] bytes, byte[] part, int from) {
		outer: for (int i = from; i <= bytes.length - part.length; i++) {
			for (int j = 0; j < part.length; j++) {
				if (bytes[i + j] != part[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

	static String abbreviate(String text) {
		return InjectionSweepTest.abbreviate(text);
	}
}
