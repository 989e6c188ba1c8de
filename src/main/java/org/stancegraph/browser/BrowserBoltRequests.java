package org.stancegraph.browser;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The client's half of a Bolt conversation (handshake, then chunked PackStream messages) on its way from Neo4j
 * Browser to Neo4j, rewritten so that the session logs in as the app and can only read:
 * <ul>
 * <li>the handshake offers only Bolt 5 and 6 (the versions whose messages are handled here; every Neo4j Browser 5
 * speaks them), and no version manifest, so the server answers with a plain version;</li>
 * <li>HELLO and LOGON carry the app's login instead of whatever the page sent: the page never holds the password;</li>
 * <li>BEGIN and RUN carry access mode "r": Neo4j then refuses every write, schema and administration command of the
 * session ("Writing in read access mode not allowed"), whatever its text.</li>
 * </ul>
 * Every other message passes unchanged, each value copied byte for byte; only the maps named above are re-encoded.
 * Not thread-safe: one per connection, fed in the order the bytes arrive.
 */
final class BrowserBoltRequests {

	static final int MAX_MESSAGE_BYTES = 16 * 1024 * 1024;

	static final int MAX_NESTING = 256;

	private static final int HANDSHAKE_BYTES = 20;

	private static final byte[] MAGIC = { 0x60, 0x60, (byte) 0xB0, 0x17 };

	private static final byte HELLO = 0x01;

	private static final byte RUN = 0x10;

	private static final byte BEGIN = 0x11;

	private static final byte LOGON = 0x6A;

	private final byte[] login;

	private final Buffer input = new Buffer();

	private final ByteArrayOutputStream message = new ByteArrayOutputStream();

	private boolean handshaken;

	BrowserBoltRequests(String username, String password) {
		Map<String, byte[]> auth = new LinkedHashMap<>();
		auth.put("scheme", PackStream.string("basic"));
		auth.put("principal", PackStream.string(username));
		auth.put("credentials", PackStream.string(password));
		this.login = PackStream.map(auth);
	}

	/** Takes the next bytes from the client; returns what to send to the server (possibly nothing yet). */
	byte[] accept(byte[] bytes, int offset, int length) {
		input.append(bytes, offset, length);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		if (!handshaken) {
			if (input.available() < HANDSHAKE_BYTES) {
				return out.toByteArray();
			}
			handshake(input.take(HANDSHAKE_BYTES), out);
			handshaken = true;
		}
		while (input.available() >= 2) {
			int size = ((input.peek(0) & 0xFF) << 8) | (input.peek(1) & 0xFF);
			if (input.available() < 2 + size) {
				break;
			}
			input.take(2);
			if (size > 0) {
				if (message.size() + size > MAX_MESSAGE_BYTES) {
					throw new BoltViolation("a Bolt message larger than " + MAX_MESSAGE_BYTES + " bytes");
				}
				message.writeBytes(input.take(size));
			}
			else if (message.size() == 0) {
				out.write(0); // a NOOP (keep-alive): passed on as it came
				out.write(0);
			}
			else {
				out.writeBytes(chunked(rewrite(message.toByteArray())));
				message.reset();
			}
		}
		return out.toByteArray();
	}

	private static void handshake(byte[] handshake, ByteArrayOutputStream out) {
		for (int i = 0; i < MAGIC.length; i++) {
			if (handshake[i] != MAGIC[i]) {
				throw new BoltViolation("not a Bolt handshake");
			}
		}
		out.writeBytes(MAGIC);
		for (int proposal = 4; proposal < HANDSHAKE_BYTES; proposal += 4) {
			int major = handshake[proposal + 3] & 0xFF;
			boolean handled = major == 5 || major == 6;
			for (int i = 0; i < 4; i++) {
				out.write(handled ? handshake[proposal + i] : 0);
			}
		}
	}

	private byte[] rewrite(byte[] message) {
		if (message.length < 2 || (message[0] & 0xF0) != 0xB0) {
			return message; // not a structure: the server answers with its own failure
		}
		int fields = message[0] & 0x0F;
		return switch (message[1]) {
			case HELLO -> fields >= 1 ? replaceField(message, 0, this::withAppLogin) : message;
			case LOGON -> fields >= 1 ? replaceField(message, 0, auth -> login) : message;
			case BEGIN -> fields >= 1 ? replaceField(message, 0, BrowserBoltRequests::readOnly) : message;
			case RUN -> fields >= 3 ? replaceField(message, 2, BrowserBoltRequests::readOnly) : message;
			default -> message;
		};
	}

	/** Bolt 5.0 sends the login in HELLO; later versions send HELLO without it and LOGON after. */
	private byte[] withAppLogin(byte[] extra) {
		Map<String, byte[]> entries = PackStream.readMap(extra, 0);
		if (!entries.containsKey("scheme")) {
			return extra;
		}
		entries.keySet().removeAll(List.of("scheme", "principal", "credentials", "realm", "parameters"));
		entries.putAll(PackStream.readMap(login, 0));
		return PackStream.map(entries);
	}

	private static byte[] readOnly(byte[] extra) {
		Map<String, byte[]> entries = PackStream.readMap(extra, 0);
		entries.put("mode", PackStream.string("r"));
		return PackStream.map(entries);
	}

	private static byte[] replaceField(byte[] message, int index, UnaryOperator<byte[]> change) {
		int start = 2;
		for (int i = 0; i < index; i++) {
			start = PackStream.skip(message, start);
		}
		int end = PackStream.skip(message, start);
		if (message[start] == (byte) 0xC0 && index > 0) {
			// a null where a map belongs: left for the server to refuse
			return message;
		}
		byte[] replaced = change.apply(Arrays.copyOfRange(message, start, end));
		ByteArrayOutputStream out = new ByteArrayOutputStream(message.length + replaced.length);
		out.write(message, 0, start);
		out.writeBytes(replaced);
		out.write(message, end, message.length - end);
		return out.toByteArray();
	}

	/** A message as it goes on the wire: chunks of at most 65,535 bytes, then an empty chunk. */
	static byte[] chunked(byte[] message) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(message.length + 4);
		for (int offset = 0; offset < message.length; offset += 0xFFFF) {
			int size = Math.min(0xFFFF, message.length - offset);
			out.write(size >>> 8);
			out.write(size & 0xFF);
			out.write(message, offset, size);
		}
		out.write(0);
		out.write(0);
		return out.toByteArray();
	}

	/** A client that does not speak Bolt, or not within the limits here: the connection is closed. */
	static final class BoltViolation extends RuntimeException {

		BoltViolation(String message) {
			super(message);
		}
	}

	/** Bytes received and not yet used. */
	private static final class Buffer {

		private byte[] bytes = new byte[8192];

		private int start;

		private int end;

		void append(byte[] more, int offset, int length) {
			if (end + length > bytes.length) {
				int used = end - start;
				byte[] grown = used + length > bytes.length ? new byte[Math.max(bytes.length * 2, used + length)] : bytes;
				System.arraycopy(bytes, start, grown, 0, used);
				bytes = grown;
				start = 0;
				end = used;
			}
			System.arraycopy(more, offset, bytes, end, length);
			end += length;
		}

		int available() {
			return end - start;
		}

		byte peek(int i) {
			return bytes[start + i];
		}

		byte[] take(int count) {
			byte[] taken = Arrays.copyOfRange(bytes, start, start + count);
			start += count;
			return taken;
		}
	}

	/**
	 * The few PackStream operations the rewriting needs: the length of any encoded value (so values are copied, not
	 * decoded), maps of raw values, and strings.
	 */
	static final class PackStream {

		private PackStream() {
		}

		/** The offset just past the value that starts at {@code at}. */
		static int skip(byte[] b, int at) {
			int end = skip(b, at, 0);
			if (end > b.length) {
				throw new BoltViolation("a truncated PackStream value");
			}
			return end;
		}

		private static int skip(byte[] b, int at, int depth) {
			if (at >= b.length) {
				throw new BoltViolation("a truncated PackStream value");
			}
			if (depth > MAX_NESTING) {
				throw new BoltViolation("PackStream values nested deeper than " + MAX_NESTING);
			}
			int marker = b[at] & 0xFF;
			int high = marker & 0xF0;
			if (marker < 0x80 || marker >= 0xF0) {
				return at + 1; // tiny int
			}
			if (high == 0x80) {
				return at + 1 + (marker & 0x0F); // tiny string
			}
			if (high == 0x90) {
				return skipValues(b, at + 1, marker & 0x0F, depth);
			}
			if (high == 0xA0) {
				return skipValues(b, at + 1, 2 * (marker & 0x0F), depth);
			}
			if (high == 0xB0) {
				return skipValues(b, at + 2, marker & 0x0F, depth); // structure: tag byte, then fields
			}
			return switch (marker) {
				case 0xC0, 0xC2, 0xC3 -> at + 1;
				case 0xC1 -> at + 9;
				case 0xC8 -> at + 2;
				case 0xC9 -> at + 3;
				case 0xCA -> at + 5;
				case 0xCB -> at + 9;
				case 0xCC, 0xD0 -> at + 2 + length(b, at + 1, 1);
				case 0xCD, 0xD1 -> at + 3 + length(b, at + 1, 2);
				case 0xCE, 0xD2 -> at + 5 + length(b, at + 1, 4);
				case 0xD4 -> skipValues(b, at + 2, length(b, at + 1, 1), depth);
				case 0xD5 -> skipValues(b, at + 3, length(b, at + 1, 2), depth);
				case 0xD6 -> skipValues(b, at + 5, length(b, at + 1, 4), depth);
				case 0xD8 -> skipValues(b, at + 2, 2 * length(b, at + 1, 1), depth);
				case 0xD9 -> skipValues(b, at + 3, 2 * length(b, at + 1, 2), depth);
				case 0xDA -> skipValues(b, at + 5, 2 * length(b, at + 1, 4), depth);
				default -> throw new BoltViolation("an unknown PackStream marker 0x" + Integer.toHexString(marker));
			};
		}

		private static int skipValues(byte[] b, int at, int count, int depth) {
			for (int i = 0; i < count; i++) {
				at = skip(b, at, depth + 1);
			}
			return at;
		}

		private static int length(byte[] b, int at, int bytes) {
			if (at + bytes > b.length) {
				throw new BoltViolation("a truncated PackStream value");
			}
			long length = 0;
			for (int i = 0; i < bytes; i++) {
				length = (length << 8) | (b[at + i] & 0xFF);
			}
			if (length > b.length) {
				throw new BoltViolation("a PackStream value longer than its message");
			}
			return (int) length;
		}

		/** A map whose keys are strings, with each value as its raw encoded bytes, in the order they came. */
		static Map<String, byte[]> readMap(byte[] b, int at) {
			int marker = b[at] & 0xFF;
			int size;
			int first;
			if ((marker & 0xF0) == 0xA0) {
				size = marker & 0x0F;
				first = at + 1;
			}
			else if (marker == 0xD8 || marker == 0xD9 || marker == 0xDA) {
				int bytes = marker == 0xD8 ? 1 : marker == 0xD9 ? 2 : 4;
				size = length(b, at + 1, bytes);
				first = at + 1 + bytes;
			}
			else {
				throw new BoltViolation("a map expected, marker 0x" + Integer.toHexString(marker));
			}
			Map<String, byte[]> entries = new LinkedHashMap<>();
			int position = first;
			for (int i = 0; i < size; i++) {
				int keyEnd = skip(b, position);
				String key = readString(b, position);
				int valueEnd = skip(b, keyEnd);
				entries.put(key, Arrays.copyOfRange(b, keyEnd, valueEnd));
				position = valueEnd;
			}
			return entries;
		}

		static String readString(byte[] b, int at) {
			int marker = b[at] & 0xFF;
			int header;
			int length;
			if ((marker & 0xF0) == 0x80) {
				header = 1;
				length = marker & 0x0F;
			}
			else if (marker == 0xD0 || marker == 0xD1 || marker == 0xD2) {
				int bytes = marker == 0xD0 ? 1 : marker == 0xD1 ? 2 : 4;
				header = 1 + bytes;
				length = length(b, at + 1, bytes);
			}
			else {
				throw new BoltViolation("a string expected, marker 0x" + Integer.toHexString(marker));
			}
			return new String(b, at + header, length, StandardCharsets.UTF_8);
		}

		static byte[] string(String value) {
			byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
			ByteArrayOutputStream out = new ByteArrayOutputStream(utf8.length + 5);
			header(out, utf8.length, 0x80, 0xD0);
			out.writeBytes(utf8);
			return out.toByteArray();
		}

		static byte[] map(Map<String, byte[]> entries) {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			header(out, entries.size(), 0xA0, 0xD8);
			entries.forEach((key, value) -> {
				out.writeBytes(string(key));
				out.writeBytes(value);
			});
			return out.toByteArray();
		}

		/** A size header: tiny below 16, else the 8-, 16- or 32-bit marker that follows {@code marker8}. */
		private static void header(ByteArrayOutputStream out, int size, int tiny, int marker8) {
			if (size < 0x10) {
				out.write(tiny | size);
			}
			else if (size <= 0xFF) {
				out.write(marker8);
				out.write(size);
			}
			else if (size <= 0xFFFF) {
				out.write(marker8 + 1);
				out.write(size >>> 8);
				out.write(size & 0xFF);
			}
			else {
				out.write(marker8 + 2);
				for (int shift = 24; shift >= 0; shift -= 8) {
					out.write((size >>> shift) & 0xFF);
				}
			}
		}
	}
}
