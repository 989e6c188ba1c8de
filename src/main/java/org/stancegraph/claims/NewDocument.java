package org.stancegraph.claims;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A document to be added to a dataset folder ({@code add-document}) or to the graph ({@code POST /api/documents}): its
 * metadata as given and its text as uploaded bytes. {@link #check} says everything wrong with it that the dataset
 * format cannot say by itself: the text is UTF-8, not blank, free of control characters and at most
 * {@link #MAX_TEXT_BYTES}; title, publisher, published and publishedBasis are given, the date is real and not in the
 * future, a URL is an http(s) address; the id (given, or made from outlet or publisher, date and title) is new and so is
 * the text (no document with the same {@link SourceDocument#contentHash}). The checked document is then written in the
 * seed format ({@link Checked#metadataYaml}), which {@link ClaimValidator} checks like any other.
 *
 * @param id         kebab-case, or null to make one ({@link #idFor})
 * @param corpusFile the original file name, or null for {@code <id>.txt}
 * @param text       the text as uploaded
 */
public record NewDocument(String id, String title, String publisher, String published, String publishedBasis,
		List<String> authors, String url, String outlet, String corpusFile, byte[] text) {

	/** The largest text a document may have: 1 MiB of UTF-8. */
	public static final int MAX_TEXT_BYTES = 1024 * 1024;

	/** As in the document schema: lowercase letters and digits in words joined by single hyphens. */
	private static final Pattern ID = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");
	private static final int MAX_ID = 120;
	private static final int MAX_TITLE_SLUG = 60;
	private static final int MAX_CONTROL_PROBLEMS = 10;

	public NewDocument {
		authors = authors == null ? List.of() : List.copyOf(authors);
	}

	/** How a caller names the places of its problems: a field of the request or an option; a line of the text. */
	public interface Places {

		/** A problem with a metadata field ({@code title}, {@code published} ...). */
		Problem field(String field, String message);

		/** A problem in the text, at a 1-based line (0: the text as a whole). */
		Problem text(int line, String message);
	}

	/** What the dataset or graph the document goes into holds already. */
	public interface Existing {

		boolean hasDocument(String id);

		/** The id of a document with this text (whose content hash is this), if there is one. */
		Optional<String> documentWithText(String contentHash, String text);
	}

	/**
	 * The document checked.
	 *
	 * @param id          the id given or made; a stand-in when none can be made (then {@code problems} says why)
	 * @param text        the text as it will be stored (decoded, without a byte order mark), or null when not UTF-8
	 * @param contentHash the SHA-256 of {@code text}, or null
	 * @param problems    what is wrong with the document itself
	 * @param tooLarge    whether the text is over {@link #MAX_TEXT_BYTES}
	 * @param conflicts   what clashes with the documents there already: the id, or the same text under another id
	 * @param duplicateOf the id of the document with the same text, if any
	 */
	public record Checked(NewDocument document, String id, String text, String contentHash, List<Problem> problems,
			boolean tooLarge, List<Problem> conflicts, String duplicateOf) {

		public boolean valid() {
			return problems.isEmpty() && conflicts.isEmpty();
		}

		/** The metadata as {@code documents/<id>.yaml} states it in the seed format. */
		public byte[] metadataYaml() {
			Map<String, Object> metadata = new LinkedHashMap<>();
			NewDocument d = document;
			metadata.put("id", id);
			metadata.put("title", d.title() == null ? null : d.title().strip());
			metadata.put("publisher", d.publisher() == null ? null : d.publisher().strip());
			putIfGiven(metadata, "outlet", d.outlet());
			metadata.put("published", d.published() == null ? null : d.published().strip());
			metadata.put("publishedBasis", d.publishedBasis() == null ? null : d.publishedBasis().strip());
			if (!d.authors().isEmpty()) {
				metadata.put("authors", d.authors().stream().map(String::strip).toList());
			}
			metadata.put("corpusFile", blank(d.corpusFile()) ? id + ".txt" : d.corpusFile().strip());
			putIfGiven(metadata, "url", d.url());
			metadata.values().removeIf(v -> v == null);
			return DatasetYaml.write(metadata);
		}

		/** The document's two files, named as in a dataset folder under {@code base} ({@code seeds/documents/}). */
		public List<RawFile> files(String base) {
			return List.of(new RawFile(base + id + ".yaml", metadataYaml()),
					new RawFile(base + id + ".txt", text == null ? new byte[0] : text.getBytes(StandardCharsets.UTF_8)));
		}

		private static void putIfGiven(Map<String, Object> map, String key, String value) {
			if (!blank(value)) {
				map.put(key, value.strip());
			}
		}
	}

	/** Everything wrong with the document, and what clashes with what is there already. */
	public Checked check(Places places, Existing existing, LocalDate today) {
		List<Problem> problems = new ArrayList<>();
		required("title", title, places, problems);
		required("publisher", publisher, places, problems);
		required("publishedBasis", publishedBasis, places, problems);
		LocalDate date = published(places, today, problems);
		for (int i = 0; i < authors.size(); i++) {
			if (blank(authors.get(i))) {
				problems.add(places.field("authors[" + i + "]", "an author's name must not be blank"));
			}
		}
		if (!blank(url)) {
			checkUrl(places, problems);
		}
		if (!blank(outlet) && !ID.matcher(outlet.strip()).matches()) {
			problems.add(places.field("outlet", "'" + outlet + "' is no entity id (lowercase letters and digits joined by hyphens)"));
		}
		String madeId = id(date, places, problems);

		boolean tooLarge = text != null && text.length > MAX_TEXT_BYTES;
		if (tooLarge) {
			problems.add(places.text(0, String.format(Locale.ROOT, "the text is %,d bytes; a document's text is at most %,d bytes (1 MiB) of UTF-8",
					text.length, MAX_TEXT_BYTES)));
		}
		String decoded = text == null ? null : decode(text, places, problems);
		if (text == null) {
			problems.add(places.text(0, "no text: a document needs its text"));
		}
		else if (decoded != null) {
			if (decoded.isBlank()) {
				problems.add(places.text(0, "the text is blank"));
			}
			else if (!tooLarge) {
				controlCharacters(decoded, places, problems);
			}
		}
		String hash = decoded == null ? null : SourceDocument.contentHash(decoded);

		List<Problem> conflicts = new ArrayList<>();
		if (madeId != null && existing.hasDocument(madeId)) {
			conflicts.add(places.field("id", "a document '" + madeId + "' exists already"
					+ (blank(id) ? " (the id made from outlet or publisher, date and title): give another with id" : "")));
		}
		String duplicateOf = hash == null ? null : existing.documentWithText(hash, decoded).orElse(null);
		if (duplicateOf != null) {
			conflicts.add(places.text(0, "the same text is the document '" + duplicateOf + "' already (content hash " + hash + ")"));
		}
		return new Checked(this, madeId == null ? "new-document" : madeId, decoded, hash, List.copyOf(problems), tooLarge,
				List.copyOf(conflicts), duplicateOf);
	}

	private static void required(String field, String value, Places places, List<Problem> problems) {
		if (value == null) {
			problems.add(places.field(field, "required"));
		}
		else if (value.isBlank()) {
			problems.add(places.field(field, "must not be blank"));
		}
	}

	private LocalDate published(Places places, LocalDate today, List<Problem> problems) {
		if (blank(published)) {
			required("published", published, places, problems);
			return null;
		}
		String value = published.strip();
		try {
			if (!value.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
				throw new DateTimeException(value);
			}
			LocalDate date = LocalDate.parse(value);
			if (date.isAfter(today)) {
				problems.add(places.field("published", value + " is in the future"));
			}
			return date;
		}
		catch (DateTimeException ex) {
			problems.add(places.field("published", "'" + value + "' is not a date (YYYY-MM-DD)"));
			return null;
		}
	}

	private void checkUrl(Places places, List<Problem> problems) {
		String value = url.strip();
		try {
			URI uri = new URI(value);
			if (!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme()) || blank(uri.getHost())) {
				problems.add(places.field("url", "'" + value + "' is not an http or https address"));
			}
		}
		catch (URISyntaxException ex) {
			problems.add(places.field("url", "'" + value + "' is not an address: " + ex.getReason() + " at index " + ex.getIndex()));
		}
	}

	/** The id given, or one made from outlet or publisher, date and title; null when neither is possible. */
	private String id(LocalDate date, Places places, List<Problem> problems) {
		if (!blank(id)) {
			String given = id.strip();
			if (!ID.matcher(given).matches() || given.length() > MAX_ID) {
				problems.add(places.field("id", "'" + given + "' is no document id: lowercase letters and digits joined by "
						+ "single hyphens, at most " + MAX_ID + " characters (e.g. fdd-2025-11-19-hamas-rejects-resolution-2803)"));
				return null;
			}
			return given;
		}
		if (date == null || blank(title) || (blank(outlet) && blank(publisher))) {
			return null;
		}
		String made = idFor(blank(outlet) ? publisher : outlet, date, title);
		return made.isEmpty() ? null : made;
	}

	/**
	 * An id as the seed ids are made: {@code <publisher>-<yyyy-mm-dd>-<a few words of the title>}, lowercase ASCII
	 * words joined by hyphens (accents dropped), at most 120 characters. The publisher, or the outlet's entity id, is
	 * its first three words without a leading "the" ("The Algemeiner": algemeiner; "times-of-israel" stays whole,
	 * "zz-test-doc-outlet" gives zz-test-doc), so that a long name does not crowd out the title.
	 */
	public static String idFor(String publisherOrOutlet, LocalDate published, String title) {
		List<String> publisherWords = new ArrayList<>(words(publisherOrOutlet));
		if (publisherWords.size() > 1 && publisherWords.getFirst().equals("the")) {
			publisherWords.removeFirst();
		}
		String prefix = String.join("-", publisherWords.subList(0, Math.min(3, publisherWords.size())));
		StringBuilder slug = new StringBuilder();
		for (String word : words(title)) {
			if (slug.length() + word.length() + 1 > MAX_TITLE_SLUG) {
				break;
			}
			slug.append(slug.isEmpty() ? "" : "-").append(word);
		}
		String id = (prefix.isEmpty() ? "" : prefix + "-") + published + (slug.isEmpty() ? "" : "-" + slug);
		return id.length() <= MAX_ID ? id : id.substring(0, MAX_ID).replaceAll("-[^-]*$", "");
	}

	/** Lowercase ASCII words: accents dropped (Türkiye: turkiye), every other character a separator. */
	private static List<String> words(String text) {
		if (text == null) {
			return List.of();
		}
		String folded = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
		return Arrays.stream(folded.split("[^a-z0-9]+")).filter(w -> !w.isEmpty()).toList();
	}

	/** The text decoded strictly, without a byte order mark (as the loader stores it); null when it is not UTF-8. */
	private static String decode(byte[] bytes, Places places, List<Problem> problems) {
		int offset = malformedOffset(bytes);
		if (offset >= 0) {
			problems.add(places.text(lineOf(bytes, offset), notUtf8(bytes, offset)));
			return null;
		}
		String text = new String(bytes, StandardCharsets.UTF_8);
		return text.startsWith("\uFEFF") ? text.substring(1) : text;
	}

	/** The offset of the first byte that starts no UTF-8 character, or -1 when all of them are UTF-8. */
	public static int malformedOffset(byte[] bytes) {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes);
		CoderResult result = decoder.decode(in, CharBuffer.allocate(bytes.length + 1), true);
		return result.isError() ? in.position() : -1;
	}

	/** The 1-based line of a byte offset. */
	public static int lineOf(byte[] bytes, int offset) {
		int line = 1;
		for (int i = 0; i < offset && i < bytes.length; i++) {
			if (bytes[i] == '\n') {
				line++;
			}
		}
		return line;
	}

	/** Says that the bytes are not UTF-8 from this offset on. */
	public static String notUtf8(byte[] bytes, int offset) {
		return "not UTF-8: the byte at offset %d (0x%02X) starts no UTF-8 character; save the text as UTF-8"
			.formatted(offset, bytes[offset] & 0xFF);
	}

	/** No control characters but newline (LF, or CR LF) and tab: the first few, each with its line and column. */
	private static void controlCharacters(String text, Places places, List<Problem> problems) {
		int line = 1;
		int column = 1;
		List<Problem> found = new ArrayList<>();
		int more = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\n') {
				line++;
				column = 1;
				continue;
			}
			boolean newline = c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
			if (!newline && c != '\t' && (c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F))) {
				if (found.size() < MAX_CONTROL_PROBLEMS) {
					found.add(places.text(line, "control character U+%04X at column %d: a text may hold no control characters but newline and tab"
						.formatted((int) c, column)));
				}
				else {
					more++;
				}
			}
			column++;
		}
		if (more > 0) {
			found.add(places.text(0, more + " more control characters"));
		}
		problems.addAll(found);
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	@Override
	public String toString() {
		return "NewDocument[id=" + id + ", title=" + title + ", publisher=" + publisher + ", published=" + published
				+ ", authors=" + authors.stream().collect(Collectors.joining(", ")) + ", url=" + url + ", outlet=" + outlet
				+ ", text=" + (text == null ? "null" : text.length + " bytes") + "]";
	}
}
