package org.stancegraph.extraction;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.stancegraph.claims.EntityDefinition;
import org.stancegraph.graph.EntityKind;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * The propositions, events and instruments a phrase describes without naming them: those whose name (or an alias)
 * the phrase covers. "any role for Hamas or the PA in governing Gaza" covers "A role for Hamas in governing Gaza"
 * and "A role for the Palestinian Authority in governing Gaza". Words meet as Snowball's English stemmer reduces
 * them, so that "governing" meets "governance" and "demilitarized" "demilitarization"; an entity a name names is covered by the phrase naming it by any of its names ("the PA" for "the Palestinian
 * Authority", "Turkish" for "Turkey"), or by the holder ("Hamas rejected disarmament" is the disarmament of Hamas).
 * Built once per set of entities.
 */
final class Descriptions {

	/** At least this share of a name's words and entities must be in the phrase. */
	private static final double COVER = 0.75;

	/** Words a name may hold that say nothing of what it is about: dates, and the function words Lucene stops. */
	private static final Set<String> NOT_ABOUT = Set.of("january", "february", "march", "april", "may", "june", "july",
			"august", "september", "october", "november", "december", "its", "any", "all", "new", "who", "those", "from", "between",
			"without", "after", "before", "during", "s");

	/** Irregular verbs a cue or phrase may use for a name's noun: "met" for a meeting, "spoke" for a call. */
	private static final Map<String, String> LEMMAS = Map.of("met", "meet", "spoke", "speak", "held", "hold", "led", "lead",
			"fought", "fight", "sent", "send");

	/** The kinds a phrase may describe without naming: what is said of, not who says it. */
	private static final Set<String> DESCRIBED = Set.of(EntityKind.Proposition.name(), EntityKind.Event.name(),
			EntityKind.Instrument.name());

	/**
	 * A name of a described entity: the entities it names (Hamas in "A role for Hamas in governing Gaza") and its
	 * other content words, stemmed. A phrase covers the one by naming them, the other by its own words.
	 */
	private record Name(String entity, String kind, Set<String> named, Set<String> places, Set<String> stems) {

		int size() {
			return named.size() + stems.size();
		}
	}

	private final List<Name> names = new ArrayList<>();

	/** Phrases, as terms, and the word of a name each says ("give up weapons": "disarm"). */
	private final Map<List<String>, String> paraphrases;

	/** Words a paraphrase may have between its own: "give up its weapons", "hand over all their arms". */
	private static final Set<String> BETWEEN = Set.of("its", "their", "his", "her", "our", "the", "all", "any", "of");

	Descriptions(Collection<EntityDefinition> entities, Map<List<String>, String> paraphrases) {
		this.paraphrases = paraphrases;
		// the entities a name may name: who and where, not other propositions, events or instruments
		MentionFinder actors = new MentionFinder(entities.stream().filter(e -> !DESCRIBED.contains(e.kind())).toList());
		Map<String, String> kinds = new HashMap<>();
		entities.forEach(e -> kinds.put(e.id(), e.kind()));
		for (EntityDefinition e : entities) {
			if (!DESCRIBED.contains(e.kind())) {
				continue;
			}
			List<String> spellings = new ArrayList<>(List.of(e.name()));
			spellings.addAll(e.aliases());
			for (String spelling : spellings) {
				List<TextAnalysis.Token> tokens = TextAnalysis.tokens(spelling);
				Set<String> named = new LinkedHashSet<>();
				Set<String> places = new LinkedHashSet<>();
				List<String> words = new ArrayList<>();
				List<Mention> mentions = actors.find(spelling, tokens);
				for (TextAnalysis.Token token : tokens) {
					Mention in = mentions.stream().filter(m -> m.start() <= token.start() && m.end() >= token.end()).findFirst().orElse(null);
					if (in == null) {
						words.add(token.term());
					}
					else if (EntityKind.Place.name().equals(kinds.get(in.entity()))) {
						places.add(in.entity()); // where ("in Gaza") a phrase may leave unsaid
					}
					else {
						named.add(in.entity());
					}
				}
				Name name = new Name(e.id(), e.kind(), named, places, stems(words));
				if (name.size() + places.size() >= 2) { // "Demilitarization of Gaza": a word and where
					names.add(name);
				}
			}
		}
	}

	/** The phrase's words, and the word each paraphrase in them says ("would not give up its weapons": "disarm"). */
	private List<String> paraphrased(List<String> words) {
		List<String> content = words.stream().filter(w -> !BETWEEN.contains(w)).toList();
		List<String> with = new ArrayList<>(words);
		paraphrases.forEach((phrase, word) -> {
			if (java.util.Collections.indexOfSubList(content, phrase) >= 0) {
				with.add(word);
			}
		});
		return with;
	}

	/** The content words of a phrase's terms, stemmed; numbers and function words left out. */
	static Set<String> stems(List<String> terms) {
		Set<String> stems = new LinkedHashSet<>();
		EnglishStemmer stemmer = new EnglishStemmer();
		for (String term : terms) {
			String word = LEMMAS.getOrDefault(term, term);
			if (word.endsWith("ament") && word.length() > 8) {
				word = word.substring(0, word.length() - 5); // "disarmament" meets "disarmed", as Snowball leaves "disarma"
			}
			if (EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(word) || NOT_ABOUT.contains(word) || !word.chars().anyMatch(Character::isLetter)) {
				continue;
			}
			stemmer.setCurrent(word);
			stemmer.stem();
			stems.add(stemmer.getCurrent());
		}
		return stems;
	}

	/**
	 * The entities a phrase describes best, or none.
	 *
	 * @param words   the phrase's own words (the terms of its tokens that name no entity), and the cue's
	 * @param named   the entities the phrase names
	 * @param holders the holder and whom it speaks for: they may stand for one entity a name names
	 */
	List<String> describedBy(List<String> words, Collection<String> named, Collection<String> holders) {
		return describedBy(words, named, holders, DESCRIBED);
	}

	/** The entities of these kinds a phrase describes best, or none. */
	List<String> describedBy(List<String> words, Collection<String> named, Collection<String> holders, Set<String> kinds) {
		Set<String> own = stems(paraphrased(words));
		double best = 0;
		int bestOwn = 0;
		List<String> described = new ArrayList<>();
		for (Name name : names) {
			if (!kinds.contains(name.kind())) {
				continue;
			}
			int fromOwn = (int) name.stems().stream().filter(own::contains).count();
			int fromNamed = (int) name.named().stream().filter(named::contains).count();
			boolean fromHolder = name.named().stream().anyMatch(id -> !named.contains(id) && holders.contains(id));
			int places = (int) name.places().stream().filter(named::contains).count();
			int matched = fromOwn + fromNamed + (fromHolder ? 1 : 0) + places;
			double cover = (double) matched / (name.size() + places);
			// the best cover wins, and of equal covers the one with more of the phrase's own words
			if (fromOwn == 0 || matched < 2 || cover < COVER || cover < best || cover == best && fromOwn < bestOwn) {
				continue;
			}
			if (cover > best || fromOwn > bestOwn) {
				best = cover;
				bestOwn = fromOwn;
				described.clear();
			}
			if (!described.contains(name.entity())) {
				described.add(name.entity());
			}
		}
		return described;
	}
}
