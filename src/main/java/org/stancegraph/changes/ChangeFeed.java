package org.stancegraph.changes;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import org.springframework.web.util.UriComponentsBuilder;
import org.stancegraph.changes.ChangeViews.Change;
import org.stancegraph.changes.ChangeViews.Changes;
import org.stancegraph.changes.ChangeViews.StanceState;
import org.stancegraph.stances.StanceViews.EvidenceItem;

/**
 * The changes as an Atom feed (RFC 4287) a reader can subscribe to: an entry per change, its id stable for as long as
 * the change is the latest on its actor, target and axis (a name-based UUID of those and its date), its text the quotes
 * after the change with whose words they are and how sure their source is.
 */
final class ChangeFeed {

	static final String MEDIA_TYPE = "application/atom+xml";

	private ChangeFeed() {
	}

	/** The feed of {@code changes}, found at {@code self} (the request's URL), its entries linking into {@code base}. */
	static String render(Changes changes, String self, String base) {
		SyndFeed feed = new SyndFeedImpl();
		feed.setFeedType("atom_1.0");
		feed.setUri(self);
		feed.setTitle("Stancegraph: what changed" + (changes.actor() == null ? "" : " for " + changes.actor().name())
				+ (changes.target() == null ? "" : " on " + changes.target().name()));
		feed.setDescription("Stances taken, reversed, made conditional or held more or less surely between " + changes.since()
				+ " and " + changes.until() + ", by the dates the sources give");
		feed.setLinks(List.of(link("self", self, ChangeFeed.MEDIA_TYPE)));
		feed.setAuthor("Stancegraph");
		feed.setPublishedDate(date(changes.items().isEmpty() ? changes.until() : changes.items().getFirst().date()));
		List<SyndEntry> entries = new ArrayList<>();
		for (Change change : changes.items()) {
			entries.add(entry(change, base));
		}
		feed.setEntries(entries);
		try {
			return new SyndFeedOutput().outputString(feed);
		}
		catch (FeedException ex) {
			throw new IllegalStateException("The change feed could not be written", ex);
		}
	}

	private static SyndEntry entry(Change change, String base) {
		SyndEntry entry = new SyndEntryImpl();
		String key = String.join("|", change.kind().name(), change.actor().id(), change.target().id(), change.axis(),
				change.date().toString());
		entry.setUri("urn:uuid:" + UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)));
		entry.setTitle(title(change));
		entry.setUpdatedDate(date(change.date()));
		entry.setPublishedDate(date(change.date()));
		entry.setAuthor("Stancegraph");
		entry.setLink(UriComponentsBuilder.fromUriString(base).path("/api/evidence")
			.queryParam("actor", change.actor().id()).queryParam("target", change.target().id()).build().toUriString());
		SyndContent content = new SyndContentImpl();
		content.setType("text");
		content.setValue(text(change));
		entry.setContents(List.of(content));
		return entry;
	}

	/** "Israel: FOR → AGAINST on the ISF (position)". */
	static String title(Change change) {
		StanceState after = change.after();
		String relations = String.join(", ", after.relations());
		String target = change.target().name();
		String actor = change.actor().name();
		return switch (change.kind()) {
			case NEW_POSITION -> actor + ": " + relations + " " + target;
			case REVERSAL -> actor + ": " + change.before().side() + " → " + after.side() + " on " + target + " (" + relations + ")";
			case NEW_CONDITION -> actor + ": " + relations + " " + target + ", now conditional";
			case CERTAINTY_CHANGED -> actor + ": " + relations + " " + target + ", " + change.before().certainty() + " → "
					+ after.certainty();
			case CONFIRMED -> actor + ": " + relations + " " + target + ", said again";
		};
	}

	/** The quotes in force after the change, each with its certainty, chain and source. */
	private static String text(Change change) {
		String before = change.before() == null ? "Before: nothing in force."
				: "Before: " + change.before().side() + " (" + String.join(", ", change.before().relations()) + "), "
						+ change.before().certainty() + ".";
		String conditions = change.after().conditions().isEmpty() ? ""
				: "\nConditions: " + String.join("; ", change.after().conditions()) + ".";
		return before + "\nAfter: " + change.after().side() + " (" + String.join(", ", change.after().relations()) + "), "
				+ change.after().certainty() + "." + conditions + "\n\n"
				+ change.after().evidence().stream().map(ChangeFeed::quote).collect(Collectors.joining("\n\n"));
	}

	private static String quote(EvidenceItem item) {
		return "“" + item.quote() + "” (" + item.certainty() + (item.chain() == null ? "" : "; " + item.chain()) + ") — "
				+ item.source().title() + ", " + item.source().publisher() + ", " + item.source().published();
	}

	private static SyndLink link(String rel, String href, String type) {
		SyndLink link = new SyndLinkImpl();
		link.setRel(rel);
		link.setHref(href);
		link.setType(type);
		return link;
	}

	private static Date date(LocalDate day) {
		return Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
	}
}
