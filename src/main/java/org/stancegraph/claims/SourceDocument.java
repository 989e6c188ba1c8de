package org.stancegraph.claims;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

/**
 * A source document: where claims are found. Its text is what every quote is checked against.
 *
 * @param text   the text as stored: the file's UTF-8, without a byte order mark, nothing else changed
 * @param outlet the publisher as an entity, when there is one: the claimant of what the document says in its own voice
 * @param url    where the document was published, when known
 */
public record SourceDocument(String id, String title, String publisher, LocalDate published, String publishedBasis,
		List<String> authors, String corpusFile, String text, String outlet, String url) {

	public SourceDocument(String id, String title, String publisher, LocalDate published, String publishedBasis,
			List<String> authors, String corpusFile, String text, String outlet) {
		this(id, title, publisher, published, publishedBasis, authors, corpusFile, text, outlet, null);
	}

	public SourceDocument(String id, String title, String publisher, LocalDate published, String publishedBasis,
			List<String> authors, String corpusFile, String text) {
		this(id, title, publisher, published, publishedBasis, authors, corpusFile, text, null, null);
	}

	/** The SHA-256 of the text as stored, in hex: two documents with the same text have the same hash. */
	public String contentHash() {
		return contentHash(text);
	}

	/** The SHA-256 of a text's UTF-8, in lowercase hex (64 characters). */
	public static String contentHash(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
