package org.stancegraph.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.stancegraph.browser.BrowserBoltRequests.BoltViolation;
import org.stancegraph.browser.BrowserBoltRequests.PackStream;

/** The Browser's requests as the endpoint rewrites them, byte by byte, and what it refuses. */
class BrowserBoltRequestsTest {

	private static final byte[] HANDSHAKE = { 0x60, 0x60, (byte) 0xB0, 0x17, 0, 0, 1, (byte) 0xFF, 0, 4, 4, 5, 0, 0, 4, 4, 0,
			0, 0, 3 };

	@Test
	void theHandshakeOffersBolt5And6OnlyAndNoManifest() {
		var requests = new BrowserBoltRequests("neo4j", "secret");
		byte[] out = requests.accept(HANDSHAKE, 0, HANDSHAKE.length);
		assertThat(out).containsExactly(0x60, 0x60, 0xB0, 0x17, 0, 0, 0, 0, 0, 4, 4, 5, 0, 0, 0, 0, 0, 0, 0, 0);
	}

	@Test
	void logonCarriesTheAppsLoginWhateverThePageSent() {
		var auth = new LinkedHashMap<String, byte[]>();
		auth.put("scheme", PackStream.string("basic"));
		auth.put("principal", PackStream.string("analyst"));
		auth.put("credentials", PackStream.string("read-only"));
		Map<String, byte[]> sent = field(rewritten(message(0x6A, PackStream.map(auth))), 0);
		assertThat(strings(sent)).containsExactly(Map.entry("scheme", "basic"), Map.entry("principal", "neo4j"),
				Map.entry("credentials", "secret"));
	}

	@Test
	void hello50WithItsLoginInsideGetsTheAppsAndKeepsTheRest() {
		var extra = new LinkedHashMap<String, byte[]>();
		extra.put("user_agent", PackStream.string("neo4j-javascript/5.26"));
		extra.put("scheme", PackStream.string("none"));
		Map<String, byte[]> sent = field(rewritten(message(0x01, PackStream.map(extra))), 0);
		assertThat(strings(sent)).containsEntry("user_agent", "neo4j-javascript/5.26").containsEntry("scheme", "basic")
			.containsEntry("principal", "neo4j").containsEntry("credentials", "secret");
	}

	@Test
	void runAndBeginAreReadOnlyAndEverythingElseIsCopied() {
		var params = new LinkedHashMap<String, byte[]>();
		params.put("nested", new byte[] { (byte) 0x92, (byte) 0xC1, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xA1, (byte) 0x81, 'k',
				(byte) 0xB3, 0x44, 1, 2, 3 }); // [1.0 as float, {k: Date-like struct}]
		var extra = new LinkedHashMap<String, byte[]>();
		extra.put("mode", PackStream.string("w"));
		extra.put("db", PackStream.string("neo4j"));
		byte[] query = PackStream.string("CREATE (n) RETURN n");
		byte[] run = rewritten(message(0x10, query, PackStream.map(params), PackStream.map(extra)));
		assertThat(strings(field(run, 2))).containsEntry("mode", "r").containsEntry("db", "neo4j");
		assertThat(PackStream.readString(run, 2)).isEqualTo("CREATE (n) RETURN n");
		assertThat(field(run, 1).get("nested")).isEqualTo(params.get("nested"));

		byte[] begin = rewritten(message(0x11, PackStream.map(new LinkedHashMap<>())));
		assertThat(strings(field(begin, 0))).containsExactly(Map.entry("mode", "r"));

		byte[] pull = message(0x3F, new byte[] { (byte) 0xA1, (byte) 0x81, 'n', (byte) 0xFF });
		assertThat(rewritten(pull)).isEqualTo(pull);
	}

	@Test
	void messagesSplitAnywhereAndLongerThanAChunkComeOutWhole() {
		var params = new LinkedHashMap<String, byte[]>();
		params.put("text", PackStream.string("x".repeat(200_000)));
		byte[] run = message(0x10, PackStream.string("RETURN $text"), PackStream.map(params), PackStream.map(new LinkedHashMap<>()));
		byte[] wire = concat(HANDSHAKE, BrowserBoltRequests.chunked(run), new byte[] { 0, 0 }); // and a NOOP after it
		var requests = new BrowserBoltRequests("neo4j", "secret");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (int at = 0; at < wire.length; at += 997) { // frames that cut through sizes, markers and strings
			out.writeBytes(requests.accept(wire, at, Math.min(997, wire.length - at)));
		}
		byte[] sent = Arrays.copyOfRange(out.toByteArray(), 20, out.size());
		byte[] message = unchunk(sent);
		assertThat(field(message, 1).get("text")).isEqualTo(params.get("text"));
		assertThat(strings(field(message, 2))).containsEntry("mode", "r");
		assertThat(Arrays.copyOfRange(sent, sent.length - 4, sent.length)).containsExactly(0, 0, 0, 0);
	}

	@Test
	void refusesWhatIsNotBoltOrBeyondItsLimits() {
		assertThatThrownBy(() -> new BrowserBoltRequests("u", "p").accept("GET / HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(), 0, 20))
			.isInstanceOf(BoltViolation.class).hasMessage("not a Bolt handshake");
		// nested lists deeper than the limit, as RUN's parameters
		byte[] deep = new byte[BrowserBoltRequests.MAX_NESTING + 10];
		Arrays.fill(deep, (byte) 0x91);
		deep[deep.length - 1] = 1;
		assertThatThrownBy(() -> rewritten(message(0x10, PackStream.string("RETURN 1"), deep, new byte[] { (byte) 0xA0 })))
			.isInstanceOf(BoltViolation.class).hasMessageContaining("nested deeper");
		// a string that claims more bytes than its message has
		assertThatThrownBy(() -> rewritten(message(0x10, new byte[] { (byte) 0xD2, 0x7F, 0, 0, 0 }, new byte[] { (byte) 0xA0 },
				new byte[] { (byte) 0xA0 }))).isInstanceOf(BoltViolation.class).hasMessageContaining("longer than its message");
		// a map key that is not a string
		assertThatThrownBy(() -> rewritten(message(0x11, new byte[] { (byte) 0xA1, 1, 2 })))
			.isInstanceOf(BoltViolation.class).hasMessageContaining("a string expected");
		// more than 16 MiB in one message
		var requests = new BrowserBoltRequests("u", "p");
		requests.accept(HANDSHAKE, 0, HANDSHAKE.length);
		byte[] chunk = new byte[2 + 0xFFFF];
		chunk[0] = (byte) 0xFF;
		chunk[1] = (byte) 0xFF;
		assertThatThrownBy(() -> {
			for (int i = 0; i < 300; i++) {
				requests.accept(chunk, 0, chunk.length);
			}
		}).isInstanceOf(BoltViolation.class).hasMessageContaining("larger than");
	}

	private static byte[] rewritten(byte[] message) {
		var requests = new BrowserBoltRequests("neo4j", "secret");
		requests.accept(HANDSHAKE, 0, HANDSHAKE.length);
		byte[] wire = BrowserBoltRequests.chunked(message);
		return unchunk(requests.accept(wire, 0, wire.length));
	}

	private static byte[] message(int signature, byte[]... fields) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(0xB0 | fields.length);
		out.write(signature);
		for (byte[] field : fields) {
			out.writeBytes(field);
		}
		return out.toByteArray();
	}

	/** The first message of a chunked stream. */
	private static byte[] unchunk(byte[] wire) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int at = 0;
		while (true) {
			int size = ((wire[at] & 0xFF) << 8) | (wire[at + 1] & 0xFF);
			at += 2;
			if (size == 0) {
				return out.toByteArray();
			}
			out.write(wire, at, size);
			at += size;
		}
	}

	private static Map<String, byte[]> field(byte[] message, int index) {
		int at = 2;
		for (int i = 0; i < index; i++) {
			at = PackStream.skip(message, at);
		}
		return PackStream.readMap(message, at);
	}

	private static Map<String, String> strings(Map<String, byte[]> map) {
		Map<String, String> strings = new LinkedHashMap<>();
		map.forEach((key, value) -> strings.put(key, PackStream.readString(value, 0)));
		return strings;
	}

	private static byte[] concat(byte[]... parts) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (byte[] part : parts) {
			out.writeBytes(part);
		}
		return out.toByteArray();
	}
}
