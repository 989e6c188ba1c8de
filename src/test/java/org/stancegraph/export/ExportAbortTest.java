package org.stancegraph.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.ConfigurableEnvironment;
import org.stancegraph.SuiteLogging;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.stancegraph.ApiClient;
import org.stancegraph.StancegraphIntegrationTest;

/**
 * A client that hangs up in the middle of an export is no error of the app's: one line at INFO saying after how
 * many bytes, no ERROR and no stack trace. The client is a raw socket with a small receive buffer that reads the
 * first bytes and resets the connection, so the server is still writing when it goes.
 */
@StancegraphIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class ExportAbortTest {

	static final Duration PATIENCE = Duration.ofSeconds(20);

	@Autowired
	ConfigurableEnvironment environment;

	/** What is asserted is the log the app writes: with the suite's logging, whatever a test before set up. */
	@BeforeEach
	void suiteLogging() {
		SuiteLogging.restore(environment);
	}

	@LocalServerPort
	int port;

	@ParameterizedTest
	@EnumSource(ExportFormat.class)
	void aClientThatHangsUpMidStreamIsOneShortLineAtInfo(ExportFormat format, CapturedOutput output) throws Exception {
		long whole = new ApiClient(port).get("/api/export?format=" + format.parameter(), "*/*").text()
			.getBytes(StandardCharsets.UTF_8).length;
		Pattern aborted = Pattern.compile("INFO .*Export as " + format + " to client aborted after (\\d+) bytes$", Pattern.MULTILINE);
		int from = output.getAll().length();
		Matcher line = null;
		// the seed export is small (100-400 kB): should the server ever have written it whole into the socket
		// buffers before the reset arrived, there was nothing to abort, and the next try closes earlier in its stream
		for (int attempt = 1; attempt <= 3 && line == null; attempt++) {
			from = output.getAll().length();
			hangUpAfterTheFirstBytes(format);
			line = await(output, from, aborted, Pattern.compile("Exported " + format + ": "));
		}
		assertThat(line).as("an INFO line saying the export was aborted, in:%n%s", output.getAll().substring(from)).isNotNull();
		// the bytes the container had taken when the write that failed began: fewer than the whole export
		assertThat(Long.parseLong(line.group(1))).as("bytes sent before the client went").isLessThan(whole);

		Thread.sleep(1_000); // whatever else the request logs comes right after, on the same thread
		List<String> logged = output.getAll().substring(from).lines().toList();
		assertThat(logged).as("no error and no stack trace").noneMatch(l -> l.contains("ERROR") || l.matches("\\s+at .*")
				|| l.startsWith("Caused by:"));
		assertThat(logged).filteredOn(l -> l.contains("Export as " + format)).hasSize(1);
	}

	private void hangUpAfterTheFirstBytes(ExportFormat format) throws Exception {
		try (Socket socket = new Socket()) {
			// before connecting: a small window, so that the server cannot hand the whole export to the kernel at once
			socket.setReceiveBufferSize(2048);
			socket.connect(new InetSocketAddress("localhost", port));
			socket.getOutputStream().write(("GET /api/export?format=" + format.parameter() + " HTTP/1.1\r\nHost: localhost\r\n"
					+ "Accept: */*\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
			InputStream in = socket.getInputStream();
			byte[] first = new byte[512];
			int read = in.read(first);
			assertThat(new String(first, 0, Math.max(read, 0), StandardCharsets.ISO_8859_1)).startsWith("HTTP/1.1 200");
			socket.setSoLinger(true, 0); // close with a reset: the server's next write fails at once
		}
	}

	/** The line that matches {@code pattern}, or null when the export was {@code completed} or nothing came in time. */
	private static Matcher await(CapturedOutput output, int from, Pattern pattern, Pattern completed) throws InterruptedException {
		long deadline = System.nanoTime() + PATIENCE.toNanos();
		while (System.nanoTime() < deadline) {
			String logged = output.getAll().substring(from);
			Matcher matcher = pattern.matcher(logged);
			if (matcher.find()) {
				return matcher;
			}
			if (completed.matcher(logged).find()) {
				return null;
			}
			Thread.sleep(50);
		}
		return null;
	}
}
