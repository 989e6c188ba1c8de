package org.stancegraph.extraction;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stancegraph.claims.EntityDefinition;

/**
 * Candidate claims for a text against the graph's entities (POST /api/extraction). Reads the graph and writes
 * nothing: a reviewer saves what they keep through the validated loads.
 */
@Service
public class ExtractionService {

	/** The longest text read: 200,000 characters, some 30,000 words, far beyond a news article. */
	public static final int MAX_TEXT_CHARS = 200_000;

	/** The largest request body: the longest text in JSON, every character escaped at worst. */
	public static final long MAX_BODY_BYTES = 6L * MAX_TEXT_CHARS + 4_096;

	private final ExtractionRepository repository;

	/** The extractor of the entities read last: built again only when the graph's entities changed. */
	private volatile Built built;

	private record Built(List<EntityDefinition> entities, Extractor extractor) {
	}

	ExtractionService(ExtractionRepository repository) {
		this.repository = repository;
		CueLexicon.standard(); // a broken cue file stops the app at start, not at the first request
	}

	/** Mentions and candidates; {@link BadExtractionRequestException} saying what is wrong with the request. */
	@Transactional(readOnly = true)
	public Extraction extract(ExtractionRequest request) {
		if (request == null || request.text() == null || request.text().isBlank()) {
			throw new BadExtractionRequestException("text: missing or blank; give the document's text");
		}
		if (request.text().length() > MAX_TEXT_CHARS) {
			throw new BadExtractionRequestException.TooLarge("text: " + request.text().length() + " characters, over the limit of "
					+ MAX_TEXT_CHARS);
		}
		if (request.text().indexOf('\u0000') >= 0) {
			throw new BadExtractionRequestException("text: holds a NUL character, which no document text may");
		}
		if (request.published() == null) {
			throw new BadExtractionRequestException("published: missing; give the document's date as YYYY-MM-DD");
		}
		LocalDate published;
		try {
			published = LocalDate.parse(request.published());
		}
		catch (DateTimeException ex) {
			throw new BadExtractionRequestException("published: '" + abbreviate(request.published())
					+ "' is not a date (YYYY-MM-DD)");
		}
		if (published.isAfter(LocalDate.now())) {
			throw new BadExtractionRequestException("published: " + published + " is in the future");
		}
		String sourceId = request.sourceId() == null || request.sourceId().isBlank() ? "text" : request.sourceId();
		if (!sourceId.matches("[a-z0-9]+(-[a-z0-9]+)*") || sourceId.length() > 100) {
			throw new BadExtractionRequestException("sourceId: '" + abbreviate(sourceId)
					+ "' is not an id (lower-case letters and digits joined by '-', at most 100 characters)");
		}
		List<EntityDefinition> entities = repository.entities();
		Built current = built;
		if (current == null || !current.entities().equals(entities)) {
			current = new Built(entities, new Extractor(entities));
			built = current;
		}
		return current.extractor().extract(request.text(), published, sourceId);
	}

	private static String abbreviate(String value) {
		return value.length() > 40 ? value.substring(0, 40) + "..." : value;
	}
}
