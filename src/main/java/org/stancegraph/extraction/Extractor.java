package org.stancegraph.extraction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.stancegraph.claims.EntityDefinition;
import org.stancegraph.claims.HedgeCues;
import org.stancegraph.graph.Certainty;
import org.stancegraph.graph.EntityKind;
import org.stancegraph.graph.Relation;

/**
 * Proposes candidate claims from a text against a set of entities, sentence by sentence, by the rules of the
 * curation guide (seeds/README.md): the entities it names ({@link MentionFinder}), a cue of {@code cues.yaml}
 * between them (the holder before an active cue, the target after it), titles of office for SPEAKS_FOR, hedge
 * words for the certainty (claims.HedgeCues), attribution for the claimant and the chain, condition cues, and the
 * date the sentence gives. A candidate's quote is the span of the text from its first to its last part (holder,
 * cue, target, claimant, condition), so it occurs verbatim. Built once per set of entities; safe to share.
 */
public final class Extractor {

	/** How far (in words) a holder or target may stand from its cue. */
	private static final int REACH = 16;

	/** How far (in words) a holder may stand before its cue: subjects run longer than objects. */
	private static final int HOLDER_REACH = 24;

	/** What ends a clause between a cue and its target: the target is in the clause of the cue. */
	private static final Pattern CLAUSE_BREAK = Pattern.compile("[;:—–]|,\\s|\\b(?:but|while|whereas|although|because)\\b");

	/** Relations a person holds as a person; for the others a person's statement is its actor's (curation guide, 2). */
	private static final Set<Relation> PERSONAL = Set.of(Relation.SPEAKS_FOR, Relation.MEMBER_OF, Relation.PARTICIPATES_IN);

	/** The words between two entities of one list: "Hamas, the PIJ, and the PFLP", "Russia and China". */
	private static final Pattern LIST_GAP = Pattern.compile("[\\s,()\\[\\]]*(?:(?:and|or|as well as|plus)\\s+)?(?:the\\s+)?[\\s()]*",
			Pattern.CASE_INSENSITIVE);

	/** A verb's -ing form as the object: "the responsibility of disarming Hamas". */
	private static final Pattern GERUND = Pattern.compile("^(?:\\p{Ll}+\\s+){0,2}\\p{Ll}{3,}ing[”\"]?\\s+$");

	/** Before a list of examples: "nations like", "such as", "including". */
	private static final Pattern EXAMPLES = Pattern.compile(
			"\\b(?:like|such\\s+as|including)\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}’'-]*(?:\\s+\\p{Lu}[\\p{L}’'-]*){0,3},?\\s+(?:and\\s+|or\\s+)?)*$");

	/** What someone should do: "The international community should support this". */
	private static final Pattern SHOULD = Pattern.compile("\\s+(should|must|needs\\s+to|has\\s+to|ought\\s+to)\\s+(?!not\\b|be\\b)\\p{Ll}+");

	/** Before a participle that takes the sentence's subject: ", asserting", "and asserting", "while urging". */
	private static final Pattern PARTICIPLE_AFTER = Pattern.compile("(?:,|\\band|\\bwhile)\\s+$");

	/** Before a participle of a cue that takes the sentence's subject: "while urging", "tasked with securing ..., and training". */
	private static final Pattern WHILE = Pattern.compile("(?s)\\bwhile\\s+$|\\b(?:tasked|charged)\\s+with\\s+.*(?:,|\\band)\\s+$");

	/** "a joint US-Israeli command hub": the parties of a joint body, in one compound or joined by "and". */
	private static final Pattern JOINT = Pattern.compile("\\b(?:an?\\s+)?(joint)\\s+[\\p{L}]+(?:(?:-|\\s+and\\s+)[\\p{L}]+)+");

	/** "X, a key tenet of Trump's plan", "X — a central pillar of its blueprint": X is what the instrument holds. */
	private static final Pattern TENET = Pattern.compile("[,—–]\\s*(?:a|an|the)\\s+(?:(?:key|central|core|main|major|crucial)\\s+)?"
			+ "(tenet|pillar|element|plank|component|cornerstone|provision)\\s+of\\s+(?:(?:the|its|their)\\s+)?");

	/** A sentence that gives an example of what the one before says. */
	private static final Pattern FOR_EXAMPLE = Pattern.compile("\\s*(?:For\\s+example|For\\s+instance),\\s+");

	/** "would be required to disarm": an obligation, and the verb it puts on someone. */
	private static final Pattern REQUIRED = Pattern.compile("\\b(?:would|will|is|are|be)\\s+(?:be\\s+)?(?:required|obliged|obligated)\\s+to\\s+(\\p{L}+)");

	/** A relative clause inside a list, up to the list's next item: "X (BOP), which would ..., and an ". */
	private static final Pattern ASIDE_IN_LIST = Pattern.compile("\\s*\\)?\\s*(?:\\([^)]*\\))?\\s*,\\s*(?:which|who)\\b[^,;:.“”\"]*,\\s*(?:and|or)\\s+(?:the\\s+|an?\\s+)?");

	/** Between an owner and its instrument: the 's, and at most two words ("Trump's controversial 20-point plan"). */
	private static final Pattern ACRONYM = Pattern.compile("[A-Z][A-Z.]{1,7}");
	/** A one-word name of a people or state's adjective: Egyptian, Turkish, Israeli, Chinese. */
	private static final Pattern ADJECTIVE = Pattern.compile("\\p{Lu}\\p{Ll}+(?:ian|ish|i|ese|an)");
	private static final Pattern NEXT_WORD = Pattern.compile(" ([a-z]+)\\b");
	/** Words after an acronym that make it no modifier: verbs and function words ("the ISF would", "US and"). */
	private static final Set<String> NOT_A_NOUN = Set.of("is", "are", "was", "were", "has", "have", "had", "will", "would", "could",
			"may", "might", "must", "should", "can", "said", "says", "to", "and", "or", "in", "on", "of", "for", "with", "by", "as", "at",
			"that", "which", "who", "from", "into", "over", "under", "after", "before", "also", "itself", "but");

	/** Between a cue and its target, a noun that the target only qualifies: "rejected any role for Hamas". */
	private static final Pattern QUALIFIED = Pattern.compile("\\s+(?:any|a|an)\\s+[\\p{L}-]+\\s+(?:for|of)\\s+(?:the\\s+)?\\S*\\s*");

	/** Between an actor and a person, what makes the actor no part of the person's title: "Trump – who urged the president". */
	private static final Pattern CLAUSE_BETWEEN = Pattern.compile("[–—,;:()]|\\b(?:who|which|that|and|or)\\b|\\b\\p{L}+ed\\b");

	/** Between an agency and its photographer: "REUTERS/", "photo by Sergeant First Class ". */
	private static final Pattern CREDIT = Pattern.compile("\\s*/\\s*|\\s+photo\\s+by\\s+(?:\\p{Lu}\\p{L}*\\s+){0,3}");

	/** Between a member and "member of", "analysts at": what says it is one. */
	private static final Pattern COPULA = Pattern.compile("\\s*,?\\s*(?:who\\s+)?(?:is|are|was|were|became|becomes|as|will)\\b.{0,30}");

	/**
	 * Between an antecedent and the subject of its relative clause: "X, the Palestinians, which". Not "that", which
	 * as often opens what someone said ("told Reuters that Cairo ...").
	 */
	private static final Pattern RELATIVE = Pattern.compile("(?:,\\s*(?:the\\s+)?[\\p{L}-]+(?:\\s+[\\p{L}-]+)?,)?\\s*,?\\s*(?:which|whom)\\s+"
			+ "|\\s*[—–,]\\s*(?:a|an|the)\\s+[\\p{Ll}-]+(?:\\s+[\\p{Ll}-]+)?\\s+(?:that|which)\\s+(?:\\p{Lu}[\\p{L}-]*\\s+){0,2}");

	/** A verb joined to the one before by "and", with no subject of its own: the sentence ends "... and <cue>". */
	private static final Pattern SHARED_SUBJECT = Pattern.compile("\\s(?:and|but)\\s+(?:[a-z]+\\s+){0,3}$");

	private static final Pattern BACKED = Pattern.compile("^(?:[Tt]he\\s+)?(\\S+?)-backed\\b|\\bbacked by (.+)$");

	/** "Israeli-controlled areas of Gaza", "Hamas-held parts of the strip": who holds the place after it. */
	private static final Pattern HELD = Pattern.compile("(?i)(\\S+?)-(?:controlled|held|run)\\s+(?:(?:[\\p{Ll}-]+\\s+){1,3}(?:of|in)\\s+(?:the\\s+)?)?$");

	/** "is not interested in peace and appears to have its own narrative on the force": a second predicate, a new clause. */
	private static final Pattern SECOND_PREDICATE = Pattern.compile("(?i)\\band\\s+(?:also\\s+)?(?:appears?|seems?|is|are|was|were|has|have|had|will|would|could|may|might|must|can|says?|said)\\b");

	/** "endorsed alongside Trump": who acted with the holder, not the object. */
	private static final Pattern ALONGSIDE = Pattern.compile("(?i)\\s+(?:alongside|along\\s+with|together\\s+with)\\s+(?:the\\s+)?");

	/** ", along with six other regional powers, ": an aside that names more holders before the object. */
	private static final Pattern ALONG_WITH = Pattern.compile("(?i)\\s*,\\s*(?:along|together)\\s+with\\s+[^,;:.“”\"]+,\\s*");

	private static final Pattern POSSESSIVE_GAP = Pattern.compile("(?:['’]s?)?\\s+(?:[a-z][a-z-]*\\s+){0,2}|['’]s?\\s*");

	/** "with Russia and China " right before a cue: up to four names and their joins after "with". */
	private static final Pattern ABSOLUTE = Pattern.compile("\\bwith\\s+(?:(?:the\\s+)?[\\p{Lu}][\\p{L}’'-]*[\\s,]+(?:and\\s+|or\\s+)?){1,6}$");

	/** ", as did", ", and so did": the next actor did the same. */
	private static final Pattern AS_DID = Pattern.compile("(?i),\\s*(?:as|and so)\\s+(?:did|has|have|had|does|do)\\s+");

	/** An object and then "to" before an entity: "sent a draft resolution to members of the" names the addressee. */
	private static final Pattern ADDRESSEE = Pattern.compile("(?is)\\s+(?:(?:a|an|the|its|their)\\s+)?[^,;:\\s][^,;:]*?\\s+to\\s+(?:(?:the\\s+)?members\\s+of\\s+)?(?:the\\s+)?");

	/** A relative pronoun between a cue and an entity: the entity is in a clause of the object's, not the object. */
	private static final Pattern RELATIVE_IN = Pattern.compile("\\b(?:that|which|who|whose)\\b");

	/** A possessive before a noun: "Washington's blueprint". */
	private static final Pattern OWNER = Pattern.compile("['’]s?\\s+\\p{Ll}");

	/** How a sentence opens that tells what an instrument provides: "According to the draft resolution, ...". */
	private static final Pattern PROVIDES = Pattern.compile("(?is)\\s*(?:according\\s+to|based\\s+on|under)\\s+(?:the\\s+)?");

	/** "Hamas will be disarmed", "the war must end": up to three words, a modal and its verb; the clause runs on. */
	private static final Pattern MUST_BE_DONE = Pattern.compile(
			"((?:[\\p{L}’'-]+\\s+){0,2}[\\p{L}’'-]+)\\s+((?:must|will|would|should|shall)(?:\\s+not|n['’]t)?\\s+\\p{L}+|won['’]t\\s+\\p{L}+)\\b");

	private static final Pattern NOT = Pattern.compile("\\b(?:not|no|never)\\b|n['’]t\\b");


	/** After a verb of saying, words that keep the speaker as the subject: "said that his government would accept". */
	private static final Pattern OWN_WORDS = Pattern.compile("(?i)\\b(?:he|she|his|her|we|our|I|my)\\b");

	/** ", its chief negotiator": a title whose holder is the subject the possessive points back to. */
	private static final Pattern ITS_TITLE = Pattern.compile("\\s*,\\s+(?:its|their)\\s+");

	/** An aside between a subject and its verb: ", who last week urged ..., ". */
	private static final Pattern ASIDE = Pattern.compile("\\s*,\\s*(?:who|which)\\b[^,;:.“”\"]*,\\s*");

	/** An aside and up to four words of the verb after it: ", which hosts ..., is expected to help ". */
	private static final Pattern WHICH_ASIDE = Pattern.compile(ASIDE.pattern() + "(?:[\\p{Ll}’'-]+\\s+){0,4}");

	/** Between the antecedent and the subject of a relative clause whose object it is: "Resolution 2803, which the council". */
	private static final Pattern WHICH_OBJECT = Pattern.compile("\\s*,\\s*(?:which|whom)\\s+");

	/** A relative clause opened before a place in the sentence: what stands in it is said of its antecedent. */
	private static final Pattern RELATIVE_OPENED = Pattern.compile(",\\s*(?:who|which)\\b");

	/** Heads of a definite phrase that refers back to an entity named before: "the resolution", "the plan". */
	private static final Set<String> ANAPHORA = Set.of("resolution", "plan", "draft", "force", "board", "committee", "proposal",
			"initiative", "agreement", "statement", "movement", "summit", "meeting", "conference", "call", "council");

	/**
	 * Heads of a definite phrase that refers back by kind, not by name: "the group" is the faction named last, "the
	 * kingdom" the state, "the top Turkish diplomat" the person (a Turkish one, if one was named).
	 */
	private static final Map<String, EntityKind> KIND_HEADS = Map.ofEntries(Map.entry("group", EntityKind.Faction),
			Map.entry("movement", EntityKind.Faction), Map.entry("faction", EntityKind.Faction), Map.entry("militant", EntityKind.Faction),
			Map.entry("country", EntityKind.State), Map.entry("kingdom", EntityKind.State), Map.entry("emirate", EntityKind.State),
			Map.entry("diplomat", EntityKind.Person), Map.entry("minister", EntityKind.Person), Map.entry("president", EntityKind.Person),
			Map.entry("premier", EntityKind.Person), Map.entry("envoy", EntityKind.Person), Map.entry("ambassador", EntityKind.Person),
			Map.entry("king", EntityKind.Person), Map.entry("leader", EntityKind.Person), Map.entry("vote", EntityKind.Instrument),
			Map.entry("text", EntityKind.Instrument), Map.entry("measure", EntityKind.Instrument), Map.entry("area", EntityKind.Place));

	/**
	 * Pronouns that refer back, and to what: "He added that ..." to the person named last, "welcomed it" to the
	 * instrument; within {@link #PRONOUN_REACH} characters.
	 */
	private static final Map<String, EntityKind> PRONOUNS = Map.of("he", EntityKind.Person, "she", EntityKind.Person, "it",
			EntityKind.Instrument);
	private static final int PRONOUN_REACH = 400;

	private final Map<String, EntityDefinition> entities = new LinkedHashMap<>();
	/** The words of each entity's names, for "the resolution" to find the resolution named last. */
	private final Map<String, Set<String>> nameWords = new java.util.HashMap<>();
	private final MentionFinder finder;

	/** Verbs of saying after which "it" is the sayer, as terms. */
	private final Set<String> saying;
	private final Descriptions descriptions;
	private final CueLexicon lexicon;

	public Extractor(List<EntityDefinition> entities) {
		this(entities, CueLexicon.standard());
	}

	Extractor(List<EntityDefinition> entities, CueLexicon lexicon) {
		entities.forEach(e -> this.entities.put(e.id(), e));
		for (EntityDefinition e : entities) {
			Set<String> words = new HashSet<>(TextAnalysis.terms(e.name()));
			e.aliases().forEach(a -> words.addAll(TextAnalysis.terms(a)));
			nameWords.put(e.id(), words);
		}
		this.finder = new MentionFinder(entities);
		this.descriptions = new Descriptions(entities, lexicon.paraphrases());
		// the one-word verbs of saying and telling of the cue file
		this.saying = lexicon.attribution().stream().filter(m -> !m.kind().equals("source") && m.terms().size() == 1)
			.map(m -> m.terms().getFirst()).collect(java.util.stream.Collectors.toUnmodifiableSet());
		this.lexicon = lexicon;
	}

	/** The mentions of entities in a text, without proposing anything. */
	public List<Mention> mentions(String text) {
		return finder.find(text, TextAnalysis.tokens(text));
	}

	/**
	 * Mentions and candidate claims of a text.
	 *
	 * @param published the document's date: relative dates count from it, and a claim without one takes it
	 * @param sourceId  the document's id, the prefix of the candidates' ids
	 */
	public Extraction extract(String text, LocalDate published, String sourceId) {
		List<TextAnalysis.Token> tokens = TextAnalysis.tokens(text);
		List<Mention> mentions = finder.find(text, tokens);
		List<Spot> spots = new ArrayList<>(spots(tokens, mentions));
		List<Spot> referring = referringBack(text, tokens, spots);
		// "the top Turkish diplomat" is one place, a person's: not also Turkey's
		spots.removeIf(s -> referring.stream().anyMatch(r -> r.first() <= s.first() && r.last() >= s.last()));
		spots.addAll(referring);
		spots.sort(java.util.Comparator.comparingInt(Spot::start).thenComparing(Spot::end, java.util.Comparator.reverseOrder()));
		// places do not overlap: of two readings of the same words ("the movement" by name and by kind) the first stays
		List<Spot> apart = new ArrayList<>();
		for (Spot s : spots) {
			if (apart.isEmpty() || s.start() >= apart.getLast().end()) {
				apart.add(s);
			}
		}
		spots = apart;
		Document doc = new Document(text, tokens, spots, published, DatesSaid.in(text, published), quotations(text, tokens, spots));
		List<Proposal> proposals = new ArrayList<>();
		Sentences.Span previous = null;
		for (Sentences.Span sentence : Sentences.of(text)) {
			proposals.addAll(new SentenceReading(doc, sentence, previous).read());
			previous = sentence;
		}
		// one candidate per holder, relation and target: the first place the text says it
		Set<String> seen = new HashSet<>();
		List<Candidate> candidates = new ArrayList<>();
		for (Proposal p : proposals) {
			if (p.holder().equals(p.target()) || !seen.add(p.holder() + " " + p.relation() + " " + p.target())) {
				continue;
			}
			candidates.add(p.toCandidate(String.format("%s-cand-%03d", sourceId, candidates.size() + 1)));
		}
		return new Extraction(mentions, candidates);
	}

	// ---------------------------------------------------------------- the text, read once

	/** A place where the text names one or more entities (more when ambiguous): its tokens and mentions. */
	record Spot(int first, int last, int start, int end, List<Mention> mentions) {

		List<String> entityIds() {
			return mentions.stream().map(Mention::entity).toList();
		}
	}

	private record Document(String text, List<TextAnalysis.Token> tokens, List<Spot> spots, LocalDate published,
			List<DatesSaid.DateSaid> dates, List<Quotation> quotations) {

		/** Who speaks the quotation an offset stands in, if the text says. */
		Spot speakerAt(int offset) {
			return quotations.stream().filter(q -> q.open() < offset && offset < q.close() && q.speaker() != null).map(Quotation::speaker)
				.findFirst().orElse(null);
		}
	}

	/** A quotation over one sentence or several, and its speaker: "“...,” Fidan said", "Fidan said: “...”". */
	private record Quotation(int open, int close, Spot speaker) {
	}

	/** Words between a quotation and its speaker: ",” the top Turkish diplomat continued", "Fidan said: “". */
	private static final int SPEAKER_REACH = 80;

	private List<Quotation> quotations(String text, List<TextAnalysis.Token> tokens, List<Spot> spots) {
		List<Quotation> quotations = new ArrayList<>();
		int open = -1;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '“' || c == '"' && open < 0) {
				open = i;
			}
			else if ((c == '”' || c == '"') && open >= 0) {
				Spot speaker = speakerOf(text, tokens, spots, open, i);
				Quotation before = quotations.isEmpty() ? null : quotations.getLast();
				if (speaker == null && before != null && before.speaker() != null && open - before.close() <= SPEAKER_REACH
						&& before.speaker().start() > before.close() && !text.substring(before.close(), open).contains("\n")) {
					// "“...,” Fidan said during a press conference. “The international community should ...”": his still
					speaker = before.speaker();
				}
				quotations.add(new Quotation(open, i, speaker));
				open = -1;
			}
			else if (c == '\n' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
				open = -1; // a quotation left open does not run into the next paragraph
			}
		}
		return quotations;
	}

	/** The actor named beside a verb of saying just after a quotation's close, else just before its opening. */
	private Spot speakerOf(String text, List<TextAnalysis.Token> tokens, List<Spot> spots, int open, int close) {
		int afterEnd = Math.min(text.length(), close + SPEAKER_REACH);
		String after = text.substring(close, afterEnd);
		int stop = after.indexOf('.', 1);
		int limit = close + (stop < 0 ? after.length() : stop);
		int beforeStart = Math.max(0, open - SPEAKER_REACH);
		int from = Math.max(beforeStart, text.lastIndexOf('.', open) + 1);
		for (int[] window : List.of(new int[] { close, limit }, new int[] { from, open })) {
			boolean saying = tokens.stream().anyMatch(t -> t.start() >= window[0] && t.end() <= window[1]
					&& lexicon.attribution().stream().anyMatch(m -> m.kind().equals("speech") && m.terms().size() == 1 && m.terms().getFirst().equals(t.term())));
			if (!saying) {
				continue;
			}
			for (Spot s : spots) {
				if (s.start() >= window[0] && s.end() <= window[1] && isActor(s) && !kindOf(s, EntityKind.Instrument)) {
					return s;
				}
			}
		}
		return null;
	}

	private static List<Spot> spots(List<TextAnalysis.Token> tokens, List<Mention> mentions) {
		List<Spot> spots = new ArrayList<>();
		int t = 0;
		for (int i = 0; i < mentions.size();) {
			Mention m = mentions.get(i);
			List<Mention> same = new ArrayList<>();
			while (i < mentions.size() && mentions.get(i).start() == m.start()) {
				same.add(mentions.get(i++));
			}
			while (tokens.get(t).start() < m.start()) {
				t++;
			}
			int last = t;
			while (last + 1 < tokens.size() && tokens.get(last + 1).end() <= m.end()) {
				last++;
			}
			spots.add(new Spot(t, last, m.start(), m.end(), same));
		}
		return spots;
	}

	/**
	 * "the resolution", "the plan": the entity of that kind the text named last before (an instrument, a body, a
	 * group), as a place to propose claims about; it is no mention of a name, so the mentions do not list it.
	 */
	private List<Spot> referringBack(String text, List<TextAnalysis.Token> tokens, List<Spot> named) {
		List<Spot> spots = new ArrayList<>();
		boolean[] inName = new boolean[tokens.size()];
		named.forEach(s -> java.util.Arrays.fill(inName, s.first(), s.last() + 1, true));
		for (int i = 0; i + 1 < tokens.size(); i++) {
			TextAnalysis.Token the = tokens.get(i);
			boolean such = the.term().equals("such") && i + 2 < tokens.size() && tokens.get(i + 1).term().equals("a");
			// "the proposed resolution": one word of description between
			boolean described = !such && i + 2 < tokens.size() && !ANAPHORA.contains(tokens.get(i + 1).term())
					&& ANAPHORA.contains(tokens.get(i + 2).term()) && !inName[i + 2]
					&& text.substring(tokens.get(i + 1).start(), tokens.get(i + 2).end()).matches("\\p{Ll}+ \\p{Ll}+");
			int headAt = such || described ? i + 2 : i + 1;
			TextAnalysis.Token head = tokens.get(headAt);
			if (!(such || the.term().equals("the")) || inName[i] || inName[i + 1] || !ANAPHORA.contains(head.term())) {
				continue;
			}
			Mention antecedent = null;
			for (Spot s : named) {
				Mention m = s.mentions().getFirst();
				EntityDefinition e = entities.get(m.entity());
				if (s.end() <= the.start() && e != null && nameWords.get(e.id()).contains(head.term())
						&& List.of("Instrument", "Institution", "Organization", "Group", "Faction", "Event").contains(e.kind())) {
					antecedent = m;
				}
			}
			if (antecedent == null) {
				// "The resolution included ..." before the text names "Resolution 2803": the one such entity it names later
				Set<String> later = new java.util.LinkedHashSet<>();
				for (Spot s : named) {
					EntityDefinition e = entities.get(s.mentions().getFirst().entity());
					if (s.start() > the.start() && e != null && nameWords.get(e.id()).contains(head.term())
							&& List.of("Instrument", "Institution", "Organization").contains(e.kind())) {
						later.add(e.id());
					}
				}
				if (later.size() == 1) {
					antecedent = new Mention(later.iterator().next(), the.start(), head.end(), "", false);
				}
			}
			if (antecedent == null) {
				// "the summit" before the text names it: the one event of the entity file with that word in its names
				List<EntityDefinition> events = entities.values().stream().filter(e -> EntityKind.Event.name().equals(e.kind())
						&& nameWords.get(e.id()).contains(head.term())).toList();
				if (events.size() == 1) {
					antecedent = new Mention(events.getFirst().id(), the.start(), head.end(), "", false);
				}
			}
			if (antecedent != null) {
				spots.add(new Spot(i, headAt, the.start(), head.end(), List.of(new Mention(antecedent.entity(), the.start(),
						head.end(), text.substring(the.start(), head.end()), false))));
			}
		}
		for (int i = 0; i < tokens.size(); i++) {
			Spot spot = byKind(text, tokens, named, inName, i);
			if (spot != null) {
				spots.add(spot);
				i = spot.last();
			}
		}
		return spots;
	}

	/** Whether the words at i follow a person's name and one comma: an appositive ("Anwar Gargash, the adviser to"). */
	private boolean appositive(String text, List<TextAnalysis.Token> tokens, List<Spot> named, int i) {
		for (Spot s : named) {
			EntityDefinition e = entities.get(s.mentions().getFirst().entity());
			if (e != null && EntityKind.Person.name().equals(e.kind()) && s.last() < i && i - s.last() <= 8
					&& text.substring(s.end(), tokens.get(i).start()).matches(",[^,.;:()]*")) {
				return true;
			}
		}
		return false;
	}

	/**
	 * "Israel has reportedly told Washington it will not accept": an "it" right after a verb of saying is the one who
	 * says, the actor named before that verb in the same sentence.
	 */
	private Mention speakerBefore(String text, List<TextAnalysis.Token> tokens, List<Spot> named, int i) {
		for (int k = i - 1; k >= Math.max(0, i - 6); k--) {
			String term = tokens.get(k).term();
			if (saying.contains(term)) { // "X said it would", "X told Y it will"
				Mention speaker = null;
				for (Spot s : named) {
					EntityDefinition e = entities.get(s.mentions().getFirst().entity());
					if (s.last() < k && k - s.last() <= 12 && e != null && !text.substring(s.end(), tokens.get(k).start()).matches("(?s).*[.;:].*")
							&& !List.of("Place", "Proposition", "Event", "Person").contains(e.kind())) {
						speaker = s.mentions().getFirst();
					}
				}
				return speaker;
			}
		}
		return null;
	}

	/**
	 * "the group", "the top Turkish diplomat", "the upcoming UN vote", "He": the entity of the head's kind named last
	 * before; of persons, one who speaks for the state an adjective names. The phrase's own mentions (Turkish, UN)
	 * stay mentions; the spot stands for the phrase.
	 */
	private Spot byKind(String text, List<TextAnalysis.Token> tokens, List<Spot> named, boolean[] inName, int i) {
		TextAnalysis.Token first = tokens.get(i);
		EntityKind kind;
		int headAt = i;
		Set<String> modifiers = new HashSet<>();
		if (PRONOUNS.containsKey(first.term()) && !inName[i]) {
			kind = PRONOUNS.get(first.term());
		}
		else if ((first.term().equals("the") || first.term().equals("this")) && !inName[i]) {
			kind = null;
			for (int j = i + 1; j < Math.min(tokens.size(), i + 5); j++) {
				if (!text.substring(tokens.get(j - 1).end(), tokens.get(j).start()).matches("[\s-]+")) {
					break;
				}
				String surface = text.substring(tokens.get(j).start(), tokens.get(j).end()).toLowerCase(java.util.Locale.ROOT);
				boolean plural = !surface.equals(tokens.get(j).term()) && surface.endsWith("s"); // "the foreign ministers"
				EntityKind k = inName[j] || plural ? null : KIND_HEADS.get(tokens.get(j).term());
				boolean nounFollows = j + 1 < tokens.size() && text.substring(tokens.get(j).end(), tokens.get(j + 1).start()).matches("\s+")
						&& KIND_HEADS.containsKey(tokens.get(j + 1).term());
				if (k != null && !nounFollows) {
					kind = k;
					headAt = j;
					break;
				}
				int at = j;
				named.stream().filter(s -> s.first() <= at && s.last() >= at).forEach(s -> modifiers.addAll(s.entityIds()));
			}
			if (kind == null || first.term().equals("this") && kind != EntityKind.Place) {
				return null; // "this area", the place named last; "this group" is left to the reader
			}
		}
		else {
			return null;
		}
		EntityKind wanted = kind;
		if (wanted == EntityKind.Person && !PRONOUNS.containsKey(first.term()) && appositive(text, tokens, named, i)) {
			return null; // "Mike Waltz, the US ambassador": a title of the name before, no reference
		}
		if (first.term().equals("it")) {
			Mention speaker = speakerBefore(text, tokens, named, i);
			if (speaker != null) {
				return new Spot(i, i, first.start(), first.end(), List.of(new Mention(speaker.entity(), first.start(), first.end(),
						text.substring(first.start(), first.end()), false)));
			}
		}
		Mention antecedent = null;
		for (Spot s : named) {
			EntityDefinition e = entities.get(s.mentions().getFirst().entity());
			if (s.end() > first.start() || e == null || !wanted.name().equals(e.kind())
					|| (PRONOUNS.containsKey(first.term()) || wanted == EntityKind.Place) && first.start() - s.end() > PRONOUN_REACH
					|| tokens.get(headAt).term().equals("vote") && !nameWords.get(e.id()).contains("resolution")) {
				continue; // what a vote is on is a resolution, not the statement about it
			}
			if (antecedent == null || modifiers.isEmpty() || e.speaksFor().stream().anyMatch(modifiers::contains)
					|| !entities.get(antecedent.entity()).speaksFor().stream().anyMatch(modifiers::contains)) {
				antecedent = s.mentions().getFirst();
			}
		}
		if (wanted == EntityKind.Person && PRONOUNS.containsKey(first.term()) && Character.isUpperCase(text.charAt(first.start()))) {
			// "He added that": a pronoun opening a sentence is the subject of the one before, its first person
			int previous = first.start();
			while (previous > 0 && ".!?\n”\" ".indexOf(text.charAt(previous - 1)) >= 0) {
				previous--; // past the end of the sentence before
			}
			while (previous > 0 && ".!?\n".indexOf(text.charAt(previous - 1)) < 0) {
				previous--;
			}
			int from = previous;
			antecedent = named.stream().filter(s -> s.start() >= from && s.end() <= first.start()
					&& EntityKind.Person.name().equals(entities.get(s.mentions().getFirst().entity()).kind())).findFirst()
				.map(s -> s.mentions().getFirst()).orElse(antecedent);
		}
		if (antecedent == null || wanted == EntityKind.Person && !modifiers.isEmpty()
				&& entities.get(antecedent.entity()).speaksFor().stream().noneMatch(modifiers::contains)) {
			return null; // "the Emirati President" when no Emirati was named: someone else
		}
		for (Spot s : named) {
			if (wanted == EntityKind.Person && s.first() > headAt && s.first() <= headAt + 4
					&& EntityKind.Person.name().equals(entities.get(s.mentions().getFirst().entity()).kind())) {
				return null; // "the US Ambassador to the UN Mike Waltz": a title before a name
			}
		}
		TextAnalysis.Token head = tokens.get(headAt);
		return new Spot(i, headAt, first.start(), head.end(), List.of(new Mention(antecedent.entity(), first.start(), head.end(),
				text.substring(first.start(), head.end()), false)));
	}

	/** A cue found in a sentence: its tokens and offsets. */
	private record Hit<T>(T cue, int first, int last, int start, int end) {
	}

	/** A claim about to be proposed. */
	private record Proposal(String holder, Relation relation, String target, Certainty certainty, String claimant,
			List<String> via, String speaker, String condition, String conditionKind, String date, String vote,
			String quote, int quoteStart, int quoteEnd, Candidate.Why why) {

		Candidate toCandidate(String id) {
			return new Candidate(id, holder, relation, target, certainty.word(), claimant, via, speaker, condition, conditionKind,
					date, vote, quote, quoteStart, quoteEnd, why);
		}
	}

	// ---------------------------------------------------------------- one sentence

	private final class SentenceReading {

		private final Document doc;
		private final Sentences.Span sentence;
		private final Sentences.Span previous;
		private final List<Spot> spots;
		private final int firstToken;
		private final int endToken;
		private final boolean[] named;
		private final List<Hit<CueLexicon.Cue>> cues = new ArrayList<>();
		private final List<Hit<CueLexicon.Marker>> attributions = new ArrayList<>();
		private final List<Hit<CueLexicon.Marker>> conditions = new ArrayList<>();
		private final List<int[]> quotations;
		/** Persons who hold a stance as themselves, not for their state: the subject of a "who" clause, for its cue. */
		private final Map<Spot, Hit<CueLexicon.Cue>> personal = new java.util.HashMap<>();

		/** The target and holder of a passive cue before in the sentence: "X approved by Y would ..." is about X. */
		private Spot[] passiveBefore;

		/**
		 * A holder named in an aside between commas just before the cue ("The Russian proposal, circulated to Security
		 * Council members, acknowledges"): the subject is the entity before the aside.
		 */
		private Spot beforeAside(Spot holder, Hit<CueLexicon.Cue> cue, Predicate<Spot> fits) {
			// "Doha, which hosts Hamas's political leadership, is expected to help fund": the subject before "which"
			for (Spot before : spots) {
				if (before.end() <= holder.start() && fits.test(before)
						&& WHICH_ASIDE.matcher(doc.text().substring(before.end(), cue.start())).matches()) {
					return before;
				}
			}
			String after = doc.text().substring(holder.end(), cue.start());
			if (!after.matches("[^,]*,\\s*")) {
				return holder;
			}
			int i = spots.indexOf(holder);
			for (int j = i - 1; j >= 0; j--) {
				Spot before = spots.get(j);
				String between = doc.text().substring(before.end(), holder.start());
				if (between.contains(",") && fits.test(before)) {
					return between.indexOf(',') == between.lastIndexOf(',') ? before : holder;
				}
			}
			return holder;
		}

		/** The holders of the cue before in the sentence, for a verb that shares its subject ("... and agreed to"). */
		private List<Spot> lastHolders;

		/** Entities named as a modifier of the next ("US President Donald Trump", "Trump’s plan"): no target. */
		private final Set<Spot> modifiers = new HashSet<>();
		/** Acronyms before a noun ("the upcoming UN vote"): the object is that noun's phrase, not the entity. */
		private final Set<Spot> qualifiers = new HashSet<>();

		SentenceReading(Document doc, Sentences.Span sentence, Sentences.Span previous) {
			this.doc = doc;
			this.sentence = sentence;
			this.previous = previous;
			this.spots = doc.spots().stream().filter(s -> s.start() >= sentence.start() && s.end() <= sentence.end()).toList();
			int first = 0;
			while (first < doc.tokens().size() && doc.tokens().get(first).start() < sentence.start()) {
				first++;
			}
			int end = first;
			while (end < doc.tokens().size() && doc.tokens().get(end).end() <= sentence.end()) {
				end++;
			}
			this.firstToken = first;
			this.endToken = end;
			this.named = new boolean[doc.tokens().size()];
			spots.forEach(s -> java.util.Arrays.fill(named, s.first(), s.last() + 1, true));
			findCues();
			this.quotations = quotations(doc.text(), sentence);
			for (int i = 0; i + 1 < spots.size(); i++) {
				Spot a = spots.get(i);
				Spot b = spots.get(i + 1);
				if (kindOf(b, EntityKind.Person) && isActor(a) && b.first() - a.last() <= 5 && titleBetween(a.last() + 1, b.last())
						&& !CLAUSE_BETWEEN.matcher(doc.text().substring(a.end(), b.start())).find() || possessive(a, b)) {
					modifiers.add(a);
				}
			}
			for (Spot s : spots) {
				// an acronym or an adjective before a noun: "the upcoming UN vote", "US guarantees", "the Egyptian proposal"
				java.util.regex.Matcher next = NEXT_WORD.matcher(doc.text()).region(s.end(), sentence.end());
				String surface = s.mentions().getFirst().text();
				if ((ACRONYM.matcher(surface).matches() || ADJECTIVE.matcher(surface).matches()) && next.lookingAt()
						&& !NOT_A_NOUN.contains(next.group(1))) {
					qualifiers.add(s);
				}
			}
		}

		private void findCues() {
			for (int i = firstToken; i < endToken;) {
				int length = 0;
				boolean afterThe = i > firstToken && doc.tokens().get(i - 1).term().equals("the") && !named[i - 1];
				int at = doc.tokens().get(i).start();
				if (at > 0 && doc.text().charAt(at - 1) == '-') {
					i++; // part of a compound ("Iran-backed", "Israeli-controlled"): no verb of its own
					continue;
				}
				for (CueLexicon.Cue cue : lexicon.cues()) {
					if (!(afterThe && cue.terms().size() == 1) && matches(i, cue.terms())) {
						if (!negated(i)) {
							cues.add(hit(cue, i, cue.terms().size()));
						}
						else if (cue.relation() == Relation.OFFERS_TROOPS) {
							// "is not expected to send soldiers": not to offer troops is to decline
							cues.add(hit(new CueLexicon.Cue(cue.phrase(), cue.terms(), Relation.DECLINES, cue.shape()), i, cue.terms().size()));
						}
						length = cue.terms().size();
						break;
					}
				}
				i += Math.max(1, length);
			}
			markers(lexicon.attribution(), attributions);
			markers(lexicon.conditions(), conditions);
		}

		private void markers(List<CueLexicon.Marker> markers, List<Hit<CueLexicon.Marker>> into) {
			for (int i = firstToken; i < endToken;) {
				int length = 0;
				for (CueLexicon.Marker marker : markers) {
					if (matches(i, marker.terms())) {
						into.add(hit(marker, i, marker.terms().size()));
						length = marker.terms().size();
						break;
					}
				}
				i += Math.max(1, length);
			}
		}

		/** A negation in the three words before a cue: "has not agreed to". */
		private boolean negated(int cue) {
			for (int t = Math.max(firstToken, cue - 3); t < cue; t++) {
				for (List<String> negation : lexicon.negations()) {
					if (t + negation.size() <= cue && negation.equals(terms(t, t + negation.size()))) {
						return true;
					}
				}
			}
			return false;
		}

		private boolean matches(int at, List<String> terms) {
			if (at + terms.size() > endToken) {
				return false;
			}
			for (int k = 0; k < terms.size(); k++) {
				if (named[at + k] || !doc.tokens().get(at + k).term().equals(terms.get(k))) {
					return false;
				}
			}
			return true;
		}

		private <T> Hit<T> hit(T cue, int at, int length) {
			return new Hit<>(cue, at, at + length - 1, doc.tokens().get(at).start(), doc.tokens().get(at + length - 1).end());
		}

		List<Proposal> read() {
			List<Proposal> proposals = new ArrayList<>();
			// a holder stands after the last cue that proposed something: a cue that found nothing takes no subject away
			int floor = firstToken;
			for (int c = 0; c < cues.size(); c++) {
				Hit<CueLexicon.Cue> cue = cues.get(c);
				int ceiling = c + 1 < cues.size() ? cues.get(c + 1).first() : endToken;
				List<Proposal> found = switch (cue.cue().shape()) {
					case ACTS, STATES -> active(cue, floor, ceiling);
					case PASSIVE -> passive(cue);
					case BETWEEN -> between(cue);
				};
				proposals.addAll(found);
				if (absolute(cue)) {
					continue; // "with Russia and China abstaining, authorizes": an aside; the sentence's subject stands before it
				}
				if (!found.isEmpty()) {
					floor = cue.last() + 1;
				}
				CueLexicon.Shape shape = cue.cue().shape();
				if (!found.isEmpty() && (shape == CueLexicon.Shape.ACTS || shape == CueLexicon.Shape.STATES)) {
					lastHolders = holdersOf(found);
				}
			}
			proposals.addAll(likewise(proposals));
			proposals.addAll(titles());
			proposals.addAll(setting());
			proposals.addAll(gatherings());
			proposals.addAll(provisions());
			proposals.addAll(namedForWhatTheyDo());
			Set<String> read = new HashSet<>();
			proposals.forEach(p -> read.add(p.holder() + " " + p.target()));
			// a cue's reading of the same pair says more ("insisted that ... must remain" is a demand)
			mustBeDone().stream().filter(p -> !read.contains(p.holder() + " " + p.target())).forEach(proposals::add);
			proposals.addAll(urgedInQuotation());
			proposals.addAll(jointBodies());
			proposals.addAll(forExample());
			proposals.addAll(required());
			proposals.addAll(tenets());
			proposals.addAll(credits());
			proposals.addAll(backedNames());
			proposals.addAll(heldPlaces());
			proposals.addAll(possessives());
			proposals.addAll(lists());
			return proposals;
		}

		// ------------------------------------------------------------ shapes

		/** "with Russia and China abstaining": a cue in -ing after "with" and its holders, an aside of the sentence. */
		private boolean absolute(Hit<CueLexicon.Cue> cue) {
			String word = doc.text().substring(cue.start(), doc.tokens().get(cue.first()).end());
			return word.endsWith("ing") && ABSOLUTE.matcher(doc.text().substring(sentence.start(), cue.start())).find();
		}

		/** A verb of saying, outside quotation marks, between a holder and its cue: the cue has a subject of its own. */
		private boolean saidBetween(Spot holder, Hit<CueLexicon.Cue> cue) {
			return attributions.stream().anyMatch(m -> !m.cue().kind().equals("source") && m.first() > holder.last()
					&& m.last() < cue.first() && !inQuotation(m.start())
					&& !OWN_WORDS.matcher(doc.text().substring(m.end(), cue.start())).find()); // "said that his government would"
		}

		/** "... and agreed to": an "and" right before the cue, with no entity of its own between them. */
		private boolean sharesSubject(Hit<CueLexicon.Cue> cue) {
			java.util.regex.Matcher m = SHARED_SUBJECT.matcher(doc.text()).region(sentence.start(), cue.start());
			if (!m.find()) {
				return false;
			}
			int from = m.start();
			return spots.stream().noneMatch(s -> s.start() >= from && s.end() <= cue.start());
		}

		private List<Spot> holdersOf(List<Proposal> found) {
			List<Spot> holders = new ArrayList<>();
			for (Proposal p : found) {
				for (Mention m : p.why().mentions()) {
					for (Spot s : spots) {
						if (s.start() == m.start() && !holders.contains(s) && (s.entityIds().contains(p.holder())
								|| p.speaker() != null && s.entityIds().contains(p.speaker()))) {
							holders.add(s);
						}
					}
				}
			}
			return holders.isEmpty() ? null : holders;
		}

		private List<Proposal> active(Hit<CueLexicon.Cue> cue, int floor, int ceiling) {
			Relation relation = cue.cue().relation();
			if (cue.last() + 1 < endToken && doc.tokens().get(cue.last() + 1).term().equals("by")) {
				return List.of(); // "obtained by The Times of Israel": a passive the cue file does not list
			}
			Spot speakerSpot = null;
			List<Spot> holders;
			Hit<CueLexicon.Marker> speech = inQuotation(cue.start()) ? speech() : null;
			Spot subject = speech == null ? null
					: nearestBefore(cue.first(), Math.max(Math.max(floor, speech.last() + 1), cue.first() - HOLDER_REACH), holderKind(relation));
			if (speech != null && (speech.first() > cue.last() || subject == null) && (speakerSpot = speakerOf(speech)) != null) {
				// the speaker's own words: "... Hamas will be disarmed," Netanyahu added
				holders = List.of(speakerSpot);
			}
			else if (speech == null && inQuotation(cue.start())
					&& nearestBefore(cue.first(), Math.max(floor, cue.first() - HOLDER_REACH), holderKind(relation)) == null
					&& (speakerSpot = doc.speakerAt(cue.start())) != null) {
				// a quotation over several sentences: “... we will be there. Nobody else has a veto,” Fidan said
				holders = List.of(speakerSpot);
			}
			else if (lastHolders != null && sharesSubject(cue)) {
				// "Hamas has already approved a list ... and agreed to the deployment": the subject of the verb before
				holders = lastHolders;
			}
			else if (relation == Relation.DEMANDS && (speech = speech()) != null && speech.last() < cue.first()
					&& !doc.text().substring(speech.end(), cue.start()).matches("(?s).*(?:,\\s*and\\b|;).*")
					&& (speakerSpot = speakerOf(speech)) != null) {
				// "Guterres said that any stabilization force must have ...": a demand is the speaker's, unless a clause
				// of its own follows ("King Abdullah II said in October, and the UAE demanded")
				holders = List.of(speakerSpot);
			}
			else if (participleSubject(cue, holderKind(relation), WHILE) != null) {
				// "He added that “...” while urging states to", "The force would be tasked with securing ..., and
				// training a new police force": a participle's subject is the sentence's
				holders = List.of(participleSubject(cue, holderKind(relation), WHILE));
			}
			else {
				// not "US-Israeli" of "a joint US-Israeli command hub", nor "Israel" of "Kiryat Gat, Israel"
				Spot holder = nearestBefore(cue.first(), Math.max(floor, cue.first() - HOLDER_REACH),
						holderKind(relation).and(s -> !placeBefore(s) && !inCompound(s)));
				if (holder != null && passiveBefore != null && holder == passiveBefore[1] && holderKind(relation).test(passiveBefore[0])) {
					// "The Board of Peace approved by Resolution 2803 would be tasked with supervising": the Board
					holder = passiveBefore[0];
				}
				else if (holder != null) {
					holder = beforeAside(holder, cue, holderKind(relation));
				}
				if (holder != null && saidBetween(holder, cue)) {
					holder = null; // "Washington, Rubio said that several countries had agreed to": the subject is not named
				}
				holders = holder == null ? listAfter(cue, holderKind(relation)) : listBackward(holder, holderKind(relation));
				if (holder != null && kindOf(holder, EntityKind.Person)
						&& doc.text().substring(holder.end(), cue.start()).matches("(?s)\\s*[,–—]\\s*who\\b[^,]*")) {
					personal.put(holder, cue); // "Erdogan, who has maintained an openly hostile stance": said of the person
				}
			}
			if (!holders.isEmpty() && holders.getFirst().start() < cue.start() && holders.getFirst().start() >= sentence.start()
					&& EXAMPLES.matcher(doc.text().substring(sentence.start(), holders.getFirst().start())).find()) {
				return List.of(); // "nations like Indonesia, Azerbaijan, and others that would": examples, not the subject
			}
			if (!holders.isEmpty() && cue.first() > holders.getLast().last()
					&& doc.text().substring(holders.getLast().end(), cue.start()).matches("\\s*,\\s*")
					&& doc.text().substring(cue.start(), doc.tokens().get(cue.first()).end()).endsWith("ed")) {
				return List.of(); // "Resolution 2803, adopted on Nov. 17": a participle that describes, no act of its own
			}
			if (holders.isEmpty() || relation == Relation.MEMBER_OF && !COPULA.matcher(
					doc.text().substring(holders.getLast().end(), Math.max(holders.getLast().end(), cue.start()))).matches()) {
				// "Ben-Ur and Goren are research analysts at", not "Washington sent a draft to members of"
				return List.of();
			}
			Spot firstHolder = holders.stream().min(java.util.Comparator.comparingInt(Spot::first)).orElseThrow();
			Spot statement = nearestBefore(firstHolder.first(), Math.max(firstToken, firstHolder.first() - 3), s -> kindOf(s, EntityKind.Instrument));
			if (statement != null && (relation == Relation.SUPPORTS || relation == Relation.OPPOSES)
					&& doc.text().substring(statement.end(), firstHolder.start()).matches("\\s+(?:from|by|of)\\s+(?:the\\s+)?")) {
				// "a joint statement from Qatar, Egypt ..., all expressing support for": the statement says it too
				List<Spot> with = new ArrayList<>(List.of(statement));
				with.addAll(holders);
				holders = with;
			}
			Spot lastHolder = holders.stream().max(java.util.Comparator.comparingInt(Spot::last)).orElseThrow();
			// the speaker of a quotation may stand after the cue: the object still follows the cue
			int objectFrom = lastHolder.last() < cue.first() ? Math.max(cue.last() + 1, lastHolder.last() + 1) : cue.last() + 1;
			int objectCeiling = lastHolder.first() > cue.last() ? Math.min(ceiling, lastHolder.first()) : ceiling;
			List<Spot> alongWith = List.of();
			java.util.regex.Matcher along = ALONG_WITH.matcher(doc.text()).region(cue.end(), sentence.end());
			if (along.lookingAt() && lastHolder.last() < cue.first()) {
				// "leading efforts, along with six other regional powers, to establish": more holders, then the object
				int after = along.end();
				alongWith = spots.stream().filter(s -> s.start() >= cue.end() && s.end() <= after && holderKind(relation).test(s)).toList();
				objectFrom = tokenAt(after);
			}
			Spot antecedent = antecedent(holders, relation, WHICH_OBJECT);
			List<Spot> targets = antecedent != null ? List.of(antecedent) : targets(relation, cue, objectFrom, objectCeiling, holders);
			if (targets != null && targets.size() == 1 && targets.getFirst().first() > objectFrom && objectFrom < endToken
					&& GERUND.matcher(doc.text().substring(doc.tokens().get(objectFrom).start(), targets.getFirst().start())).find()) {
				// "the responsibility of disarming Hamas": the object is the act, if a name describes it
				List<Spot> act = described(relation, cue, objectFrom, holders);
				if (!act.isEmpty()) {
					targets = act;
				}
			}
			if (targets == null) {
				// its object names no entity of the kind: what it describes, if anything
				targets = described(relation, cue, objectFrom, holders);
				if (targets.isEmpty()) {
					return List.of();
				}
			}
			// the speaker of a quotation stands after it: the target may stand before the cue, in the quotation
			int targetFloor = lastHolder.first() > cue.last() ? floor : lastHolder.last() + 1;
			if (targets.isEmpty()) {
				// "the local police force, the Palestinians, which Jordan and Egypt are willing to train": the antecedent
				Spot before = antecedent(holders, relation, RELATIVE);
				if (before != null) {
					targets = List.of(before);
				}
			}
			if (targets.isEmpty()) {
				targets = described(relation, cue, objectFrom, holders);
			}
			if (targets.isEmpty()) {
				Spot before = nearestBefore(cue.first(), targetFloor, targetKind(relation));
				if (before != null) {
					targets = List.of(before);
				}
			}
			String rule = cue.cue().shape() == CueLexicon.Shape.ACTS ? "the holder's own words or act" : "a characterisation";
			if (!alongWith.isEmpty()) {
				holders = java.util.stream.Stream.concat(holders.stream(), alongWith.stream()).toList();
			}
			Certainty base = cue.cue().shape() == CueLexicon.Shape.ACTS || speakerSpot != null ? Certainty.STATED : Certainty.REPORTED;
			List<Proposal> proposals = new ArrayList<>(combine(holders, targets, relation, cue, base, rule));
			if (relation == Relation.URGES) {
				// "urging states to “join us in expelling Hamas”": what one urges others to do, one supports
				for (int t = objectFrom; t < Math.min(endToken, objectFrom + 6); t++) {
					if (doc.tokens().get(t).term().equals("to") && !named[t] && t + 1 < endToken) {
						int to = t;
						int end = clauseEnd(doc.tokens().get(t).end());
						List<Spot> named = spots.stream().filter(s -> s.first() > to && s.end() <= end && kindOf(s, EntityKind.Proposition)).toList();
						proposals.addAll(combine(holders, named.isEmpty() ? described(Relation.SUPPORTS, cue, t + 1, holders) : named,
								Relation.SUPPORTS, cue, base, "what the holder urges others to do"));
						break;
					}
				}
			}
			return proposals;
		}

		/**
		 * "endorsed Washington's blueprint": a state, a person or a faction named as the owner of the object, not as
		 * the object ("the committee's first sessions" stays the committee's).
		 */
		private boolean owned(Spot target) {
			return kindOf(target, EntityKind.State, EntityKind.Person, EntityKind.Faction)
					&& (target.mentions().getFirst().text().matches("(?s).*['’]s?") && NEXT_WORD.matcher(doc.text()).region(target.end(), sentence.end()).lookingAt()
							|| OWNER.matcher(doc.text()).region(target.end(), sentence.end()).lookingAt());
		}

		/**
		 * "Resolution 2803, which the council passed": the object of a relative clause's verb is its antecedent, when
		 * the verb's object is not named after it ("which Jordan and Egypt are willing to train" too).
		 */
		private Spot antecedent(List<Spot> holders, Relation relation, Pattern between) {
			Spot first = holders.stream().min(java.util.Comparator.comparingInt(Spot::first)).orElseThrow();
			Spot before = nearestBefore(first.first(), Math.max(firstToken, first.first() - 10), targetKind(relation));
			return before != null && between.matcher(doc.text().substring(before.end(), first.start())).matches() ? before : null;
		}

		/** The targets after a cue; none when there is none, null when its object is there but names no entity. */
		private List<Spot> targets(Relation relation, Hit<CueLexicon.Cue> cue, int from, int ceiling, List<Spot> holders) {
			Predicate<Spot> kind = isVote(cue) ? s -> kindOf(s, EntityKind.Instrument) : targetKind(relation);
			if (relation == Relation.ABSTAINED || isVote(cue)) {
				// "Russia and China abstained": on the instrument the sentence, or the one before, names
				Spot instrument = nearestAfter(from, endToken, kind);
				if (instrument == null && relation != Relation.ABSTAINED) {
					// "the Security Council voted for a Board of Peace": a vote for what it names, if not an instrument
					Spot named = nearestAfter(from, Math.min(endToken, cue.last() + 4), targetKind(relation));
					if (named != null && !CLAUSE_BREAK.matcher(doc.text().substring(cue.end(), named.start())).find()) {
						return List.of(named);
					}
				}
				if (instrument == null) {
					instrument = lastBefore(cue.start(), kind);
				}
				return instrument == null ? List.of() : List.of(instrument);
			}
			Spot target = nearestAfter(from, Math.min(ceiling, cue.last() + 1 + REACH), kind.and(s -> !modifiers.contains(s)));
			if (target == null && relation == Relation.AUTHORIZES && from + 2 < endToken && terms(from, from + 3).contains("force")) {
				// "would permit a force of 20,000 troops": the force the text is about, in the words that say so
				Spot force = mainForce(cue.start(), kind);
				int head = terms(from, from + 3).indexOf("force") + from;
				TextAnalysis.Token first = doc.tokens().get(from);
				TextAnalysis.Token last = doc.tokens().get(head);
				return force == null ? List.of() : List.of(new Spot(from, head, first.start(), last.end(), List.of(new Mention(
						force.entityIds().getFirst(), first.start(), last.end(), doc.text().substring(first.start(), last.end()), false))));
			}
			if (target == null && (relation == Relation.OFFERS_TROOPS || relation == Relation.DECLINES)) {
				// "Indonesia is expected to provide the largest contingent": troops go to the force the text named last
				Spot force = mainForce(cue.start(), kind);
				return force == null ? List.of() : List.of(force);
			}
			if (target == null) {
				return List.of();
			}
			int gapFrom = from > cue.last() + 1 && from < doc.tokens().size() ? Math.max(cue.end(), doc.tokens().get(from).start()) : cue.end();
			String gap = doc.text().substring(gapFrom, Math.max(gapFrom, target.start()));
			if (CLAUSE_BREAK.matcher(gap).find() || SECOND_PREDICATE.matcher(gap).find() || ALONGSIDE.matcher(gap).matches()) {
				return List.of();
			}
			if (RELATIVE_IN.matcher(gap).find() || ADDRESSEE.matcher(gap).matches()) {
				// "presented a draft resolution to the UN 15-member council": the council is whom it went to
				return null; // "circulated a rival draft that left out the Board of Peace": the object is the draft
			}
			if (qualifiers.contains(target) || QUALIFIED.matcher(gap).matches() || owned(target)) {
				// "endorsed Washington's blueprint": the object is what the entity owns
				// "support for the upcoming UN vote", "opposed any role for Israeli forces": the object names no entity
				return null;
			}
			return listForward(target, kind);
		}

		/**
		 * The propositions or events the object of a cue describes without naming them ("rejected any role for Hamas
		 * or the PA in governing Gaza"): the words from the cue to the end of its clause, the entities they name and
		 * the holder's, as {@link Descriptions} weighs them. One place per entity described, spanning the phrase.
		 */
		private List<Spot> described(Relation relation, Hit<CueLexicon.Cue> cue, int from, List<Spot> holders) {
			int limit = Math.min(endToken, cue.last() + 1 + REACH); // past a cue inside the object ("in governing Gaza")
			List<String> words = new ArrayList<>(terms(cue.first(), cue.last() + 1));
			Set<String> namedThere = new java.util.LinkedHashSet<>();
			// "Hamas emphasized that any foreign troops must remain on Gaza's borders": the clause's subject is part of it
			int holderEnd = holders.stream().mapToInt(Spot::last).max().orElse(cue.first());
			for (int t = cue.first() - 1; t > Math.max(holderEnd, cue.first() - 9); t--) {
				if (doc.tokens().get(t).term().equals("that") && !named[t]) {
					for (int u = t + 1; u < cue.first(); u++) {
						words.add(doc.tokens().get(u).term());
						spotAt(u).ifPresent(s -> namedThere.addAll(s.entityIds()));
					}
					break;
				}
			}
			int last = -1;
			int previousEnd = cue.end();
			for (int t = from; t < limit; t++) {
				TextAnalysis.Token token = doc.tokens().get(t);
				// a list of names goes on past its commas ("Qatar, Turkey, or Iran"); any other clause break ends the phrase
				boolean inList = t > from && named[t - 1] && (named[t] || t + 1 < limit && named[t + 1]
						&& List.of("and", "or").contains(token.term()));
				boolean quotedObject = inQuotation(doc.tokens().get(from).start()) && !inQuotation(cue.start()); // one phrase to its close
				if (CLAUSE_BREAK.matcher(doc.text().substring(previousEnd, token.start()) + " " + token.term() + " ").find() && !inList && !quotedObject
						|| inQuotation(token.start()) != inQuotation(doc.tokens().get(from).start())
								&& !doc.text().substring(previousEnd, token.start()).matches("[”\"]\\s+") // “ensure the process of demilitarizing” Gaza
						|| t > from && SECOND_PREDICATE.matcher(doc.text().substring(doc.tokens().get(t - 1).start(), token.end())).matches()) {
					break;
				}
				if (named[t]) {
					spotAt(t).ifPresent(s -> namedThere.addAll(s.entityIds()));
				}
				words.add(token.term()); // "monitor the ceasefire": a name's words are the phrase's words too
				previousEnd = token.end();
				last = t;
			}
			if (last < from) {
				return List.of();
			}
			Set<String> holderIds = new java.util.LinkedHashSet<>();
			for (Spot h : holders) {
				for (String id : h.entityIds()) {
					holderIds.add(id);
					holderIds.add(actor(id, relation).holder());
				}
			}
			List<String> ids = descriptions.describedBy(words, namedThere, holderIds);
			int start = doc.tokens().get(from).start();
			int end = doc.tokens().get(last).end();
			List<Spot> found = new ArrayList<>();
			for (String id : ids) {
				Spot spot = new Spot(from, last, start, end, List.of(new Mention(id, start, end, doc.text().substring(start, end), ids.size() > 1)));
				if (targetKind(relation).test(spot) && !holderIds.contains(id)) {
					found.add(spot);
				}
			}
			return found;
		}

		private List<Proposal> passive(Hit<CueLexicon.Cue> cue) {
			Relation relation = cue.cue().relation();
			Spot target = nearestBefore(cue.first(), Math.max(firstToken, cue.first() - 8), targetKind(relation));
			Spot holder = nearestAfter(cue.last() + 1, Math.min(endToken, cue.last() + 9), holderKind(relation).and(s -> !modifiers.contains(s)));
			if (target == null || holder == null || cues.stream().anyMatch(c -> c.first() > target.last() && c.last() < cue.first())) {
				// "Hamas rejected a resolution passed by the Council": Hamas is the subject of its own verb
				return List.of();
			}
			passiveBefore = new Spot[] { target, holder };
			List<Proposal> proposals = new ArrayList<>(combine(listForward(holder, holderKind(relation)), List.of(target), relation,
					cue, Certainty.REPORTED, "a passive: the target before the cue, the holder after it"));
			Spot means = nearestAfter(holder.last() + 1, Math.min(endToken, holder.last() + 6), s -> kindOf(s, EntityKind.Instrument));
			if (means != null && relation == Relation.SUPPORTS
					&& doc.text().substring(holder.end(), means.start()).matches("\\s+(?:through|via|in|with)\\s+")) {
				// "The plan, endorsed by the council through Resolution 2803": the council's act is the resolution's text
				proposals.addAll(combine(List.of(means), List.of(target), relation, cue, Certainty.REPORTED,
						"a passive: the instrument through which the holder acted"));
				proposals.addAll(combine(List.of(holder), List.of(means), relation, cue, Certainty.REPORTED,
						"a passive: the instrument through which the holder acted"));
			}
			return proposals;
		}

		private List<Proposal> between(Hit<CueLexicon.Cue> cue) {
			Relation relation = cue.cue().relation();
			Spot target = nearestBefore(cue.first(), Math.max(firstToken, cue.first() - 2),
					s -> kindOf(s, EntityKind.Instrument, EntityKind.Event, EntityKind.Institution));
			Spot first = nearestAfter(cue.last() + 1, Math.min(endToken, cue.last() + 3), holderKind(relation));
			if (target == null || first == null) {
				return List.of();
			}
			return combine(listForward(first, holderKind(relation)), List.of(target), relation, cue,
					relation == Relation.SIGNED ? Certainty.STATED : Certainty.REPORTED, "the parties named after the cue");
		}

		/** "US President Donald Trump", "Khalil Al-Hayya, a Hamas leader in Gaza", "Sugiono of Indonesia". */
		private List<Proposal> titles() {
			List<Proposal> proposals = new ArrayList<>();
			for (int i = 0; i < spots.size(); i++) {
				Spot person = spots.get(i);
				if (!kindOf(person, EntityKind.Person)) {
					continue;
				}
				EntityDefinition definition = entities.get(person.entityIds().getFirst());
				// before: "<actor> <title> <person>", the title possibly part of the person's name ("King Abdullah II")
				List<Spot> before = new ArrayList<>();
				for (int j = i - 1; j >= 0 && spots.get(j).last() >= person.first() - 6; j--) {
					if (kindOf(spots.get(j), EntityKind.Person)) {
						break;
					}
					if (isActor(spots.get(j)) && !kindOf(spots.get(j), EntityKind.Instrument)) {
						before.add(spots.get(j)); // a person speaks for a state or a body, not for a plan
					}
				}
				Spot actor = choose(before, definition);
				if (actor == null && titleBetween(person.first(), person.last())) {
					// "UN Secretary-General": a name of the person that holds the title and names whose it is
					int title = person.first();
					while (!titleBetween(title, person.last()) || titleBetween(title + 1, person.last())) {
						title++;
					}
					String words = doc.text().substring(person.start(), doc.tokens().get(title).start());
					Mention whose = mentions(words).stream()
							.filter(m -> !m.entity().equals(definition.id()) && entities.containsKey(m.entity())
									&& List.of("State", "Institution", "Organization", "Faction").contains(entities.get(m.entity()).kind()))
							.findFirst().orElse(null);
					if (whose != null) {
						proposals.add(proposal(definition.id(), Relation.SPEAKS_FOR, whose.entity(), Certainty.REPORTED, null, List.of(),
								null, null, null, doc.published().toString(), null, person.start(), person.end(), new Candidate.Why("",
										person.start(), person.start(), "a title of office in the name, with whose office", List.of(person.mentions().getFirst()))));
						continue;
					}
				}
				if (actor != null && titleBetween(actor.last() + 1, person.last())) {
					proposals.add(speaksFor(person, actor, "a title of office before the name"));
					continue;
				}
				if (actor == null && definition.speaksFor().size() == 1 && titleBetween(Math.max(firstToken, person.first() - 2), person.first() - 1)
						&& (i == 0 || !spots.get(i - 1).entityIds().equals(person.entityIds()))) {
					// "Prime Minister Bibi Netanyahu": the office without its state; the entity file says whose
					Spot self = person;
					int start = doc.tokens().get(Math.max(firstToken, person.first() - 2)).start();
					proposals.add(proposal(person.entityIds().getFirst(), Relation.SPEAKS_FOR, definition.speaksFor().getFirst(),
							Certainty.REPORTED, null, List.of(), null, null, null, doc.published().toString(), null,
							start, self.end(), new Candidate.Why("", start, start,
									"a title of office before the name; whose office, the entity file says", List.of(self.mentions().getFirst()))));
					continue;
				}
				// after: "<person> of <actor>", "<person>, a <title> ... <actor>"
				List<Spot> after = new ArrayList<>();
				for (int j = i + 1; j < spots.size() && spots.get(j).first() <= person.last() + 8; j++) {
					if (kindOf(spots.get(j), EntityKind.Person)) {
						break;
					}
					if (isActor(spots.get(j))) {
						after.add(spots.get(j));
					}
				}
				actor = choose(after, definition);
				if (ITS_TITLE.matcher(doc.text()).region(person.end(), sentence.end()).lookingAt()
						&& titleBetween(person.last() + 1, Math.min(endToken - 1, person.last() + 4))) {
					// "The movement has handed ..., Khalil al-Hayya, its chief negotiator, said": the sentence's subject
					Spot subject = spots.stream().filter(s -> s.start() < person.start() && isActor(s)
							&& !kindOf(s, EntityKind.Person, EntityKind.Instrument)).findFirst().orElse(null);
					if (subject != null) {
						proposals.add(speaksFor(person, subject, "a title of office after the name, whose by 'its'"));
						continue;
					}
				}
				if (actor == null) {
					continue;
				}
				String gap = doc.text().substring(person.end(), actor.start());
				boolean possessive = gap.matches("\\s*,\\s+") && (actor.mentions().getFirst().text().matches("(?s).*['’]s?")
						|| doc.text().substring(actor.end()).matches("(?s)['’]s?\\s.*"));
				if (gap.matches("\\s+of\\s+(?:the\\s+)?") || (gap.matches("\\s*,\\s+(?:a|an|the)\\s+.*") || possessive)
						&& titleBetween(person.last() + 1, Math.min(endToken - 1, actor.last() + 2))) {
					// "Mike Waltz, Washington's envoy to the United Nations" too
					proposals.add(speaksFor(person, actor, "a title of office after the name"));
				}
			}
			return proposals;
		}

		/**
		 * Names that say who backs the entity: "Israel-backed militias", "factions backed by Israel". The backer is
		 * the entity the rest of the name mentions.
		 */
		private List<Proposal> backedNames() {
			List<Proposal> proposals = new ArrayList<>();
			for (Spot spot : spots) {
				Mention named = spot.mentions().getFirst();
				java.util.regex.Matcher m = BACKED.matcher(named.text());
				if (!m.find() || !isActor(spot)) {
					continue;
				}
				String backerWords = m.group(1) != null ? m.group(1) : m.group(2);
				for (Mention backer : mentions(backerWords)) {
					if (!backer.entity().equals(named.entity())) {
						proposals.add(proposal(backer.entity(), Relation.BACKS, named.entity(), Certainty.REPORTED, null, List.of(),
								null, null, null, doc.published().toString(), null, spot.start(), spot.end(),
								new Candidate.Why("backed", spot.start(), spot.end(), "a name that says who backs it", List.of(named))));
					}
				}
			}
			return proposals;
		}

		/** "Israeli-controlled areas of Gaza": the actor before "-controlled" controls the place. */
		private List<Proposal> heldPlaces() {
			List<Proposal> proposals = new ArrayList<>();
			for (Spot place : spots) {
				if (!kindOf(place, EntityKind.Place)) {
					continue;
				}
				String before = doc.text().substring(Math.max(sentence.start(), place.start() - 80), place.start());
				java.util.regex.Matcher m = HELD.matcher(before);
				if (!m.find()) {
					continue;
				}
				int start = place.start() - before.length() + m.start();
				for (Mention holder : mentions(m.group(1))) {
					EntityDefinition e = entities.get(holder.entity());
					if (e != null && List.of("State", "Faction", "Group").contains(e.kind()) && !holder.entity().equals(place.mentions().getFirst().entity())) {
						proposals.add(proposal(holder.entity(), Relation.CONTROLS, place.mentions().getFirst().entity(), Certainty.REPORTED,
								null, List.of(), null, null, null, doc.published().toString(), null, start, place.end(),
								new Candidate.Why("-controlled", start, place.end(), "a place named as held by an actor",
										List.of(place.mentions().getFirst()))));
					}
				}
			}
			return proposals;
		}

		/** "Donald Trump’s 20-point plan", "Trump's controversial 20-point plan": an instrument and whose it is. */
		private boolean possessive(Spot owner, Spot instrument) {
			if (!kindOf(instrument, EntityKind.Instrument) || !kindOf(owner, EntityKind.Person, EntityKind.State)) {
				return false;
			}
			String gap = doc.text().substring(owner.end(), instrument.start());
			boolean apostrophe = owner.mentions().getFirst().text().matches("(?s).*['’]s?") || gap.matches("['’]s?(?:\\s.*)?");
			return apostrophe && POSSESSIVE_GAP.matcher(gap).matches();
		}

		/** Photo credits: "REUTERS/Murad Sezer", "US Army photo by Sergeant First Class Malcolm Cohens-Ashley". */
		private List<Proposal> credits() {
			List<Proposal> proposals = new ArrayList<>();
			for (int i = 0; i + 1 < spots.size(); i++) {
				Spot body = spots.get(i);
				Spot person = spots.get(i + 1);
				if (kindOf(body, EntityKind.Organization, EntityKind.Institution) && kindOf(person, EntityKind.Person)
						&& CREDIT.matcher(doc.text().substring(body.end(), person.start())).matches()) {
					proposals.add(proposal(person.entityIds().getFirst(), Relation.MEMBER_OF, body.entityIds().getFirst(),
							Certainty.REPORTED, null, List.of(), null, null, null, doc.published().toString(), null, body.start(),
							person.end(), new Candidate.Why(doc.text().substring(body.end(), person.start()).strip(), body.end(),
									person.start(), "a credit: whose photographer", List.of(body.mentions().getFirst(),
											person.mentions().getFirst()))));
				}
			}
			return proposals;
		}

		/** "At the Istanbul summit, Turkish President Recep Tayyip Erdogan ...": who was at the event the sentence opens with. */
		private List<Proposal> setting() {
			if (spots.size() < 2 || !kindOf(spots.getFirst(), EntityKind.Event)) {
				return List.of();
			}
			Spot event = spots.getFirst();
			if (!doc.text().substring(sentence.start(), event.start()).matches("(?i)(?:at|during|in)\\s+(?:the\\s+)?")
					|| !doc.text().substring(event.end()).startsWith(",")) {
				return List.of();
			}
			Spot who = nearestAfter(event.last() + 1, Math.min(endToken, event.last() + 8),
					s -> isActor(s) && !modifiers.contains(s) && !kindOf(s, EntityKind.Instrument));
			if (who == null) {
				return List.of();
			}
			return List.of(proposal(who.entityIds().getFirst(), Relation.PARTICIPATES_IN, event.entityIds().getFirst(),
					Certainty.STATED, null, List.of(), null, null, null, date(who.start()), null, sentence.start(), who.end(),
					new Candidate.Why(doc.text().substring(sentence.start(), event.start()).strip(), sentence.start(), event.start(),
							"the event a sentence opens with, and who is there", List.of(event.mentions().getFirst(), who.mentions().getFirst()))));
		}

		/**
		 * "Fidan met with Hamas senior negotiator Khalil al-Hayya", "Putin spoke with Netanyahu by phone": in a sentence
		 * with a word that says people met, the persons and states it names took part in the event its words describe
		 * (a state only where no person stands for it: "Sugiono of Indonesia" is Sugiono's).
		 */
		private List<Proposal> gatherings() {
			int at = -1;
			List<String> words = new ArrayList<>();
			for (int t = firstToken; t < endToken; t++) {
				if (!named[t]) {
					words.add(doc.tokens().get(t).term());
					boolean appeal = doc.tokens().get(t).term().equals("call") && t + 1 < endToken
							&& List.of("on", "for").contains(doc.tokens().get(t + 1).term()); // "called on Muslim nations"
					if (at < 0 && !appeal && lexicon.gatherings().contains(doc.tokens().get(t).term())) {
						at = t;
					}
				}
			}
			Spot eventNamed = spots.stream().filter(s -> kindOf(s, EntityKind.Event)).findFirst().orElse(null);
			if (at < 0 && eventNamed == null) {
				return List.of();
			}
			if (at < 0) {
				at = eventNamed.first(); // "At the summit, ..."
			}
			Set<String> namedHere = new java.util.LinkedHashSet<>();
			spots.forEach(s -> namedHere.addAll(s.entityIds()));
			List<String> events = new ArrayList<>(descriptions.describedBy(words, namedHere, Set.of(), Set.of(EntityKind.Event.name())));
			spots.stream().filter(s -> kindOf(s, EntityKind.Event)).forEach(s -> events.add(s.entityIds().getFirst()));
			List<Proposal> proposals = new ArrayList<>();
			TextAnalysis.Token cue = doc.tokens().get(at);
			for (String event : events.stream().distinct().toList()) {
				for (Spot s : spots) {
					boolean person = kindOf(s, EntityKind.Person);
					if (!(person || kindOf(s, EntityKind.State) && !standsWithAPerson(s) && !placeBefore(s)) || inQuotation(s.start())
							|| modifiers.contains(s) || RELATIVE_OPENED.matcher(doc.text().substring(sentence.start(), s.start())).find()) {
						continue; // "in Istanbul, Turkey" is where; "Erdogan, who ... the Jewish state" is said of Erdogan
					}
					int start = Math.min(s.start(), cue.start());
					int end = Math.max(s.end(), cue.end());
					proposals.add(proposal(s.entityIds().getFirst(), Relation.PARTICIPATES_IN, event, Certainty.REPORTED, null, List.of(),
							null, null, null, date(cue.start()), null, start, end, new Candidate.Why(doc.text().substring(cue.start(), cue.end()),
									cue.start(), cue.end(), "a meeting, and who the sentence names at it", List.of(s.mentions().getFirst()))));
				}
			}
			return proposals;
		}

		/**
		 * "According to the draft resolution, the ISF would include ...", "Under the proposed resolution, UN member
		 * states would establish a temporary International Stabilization Force": what an instrument provides for a
		 * body it names is the body's authorization (curation guide: an instrument AUTHORIZES the bodies it sets up).
		 */
		private List<Proposal> provisions() {
			Spot instrument = spots.isEmpty() ? null : spots.getFirst();
			if (instrument == null || !kindOf(instrument, EntityKind.Instrument)
					|| !PROVIDES.matcher(doc.text().substring(sentence.start(), instrument.start())).matches()
					|| !doc.text().substring(instrument.end(), sentence.end()).matches("(?s)\\s*,.*\\b(?:would|will|shall)\\b.*")) {
				return List.of();
			}
			List<Proposal> proposals = new ArrayList<>();
			for (Spot body : spots) {
				if (body == instrument || !kindOf(body, EntityKind.Institution) || !isForce(body)) {
					continue;
				}
				proposals.add(proposal(instrument.entityIds().getFirst(), Relation.AUTHORIZES, body.entityIds().getFirst(),
						Certainty.REPORTED, null, List.of(), null,
						null, null, date(instrument.start()), null, sentence.start(), body.end(), new Candidate.Why(
								doc.text().substring(sentence.start(), instrument.start()).strip(), sentence.start(), instrument.start(),
								"what an instrument provides for a force it names", List.of(instrument.mentions().getFirst(), body.mentions().getFirst()))));
				break;
			}
			return proposals;
		}

		/**
		 * "Countries that might provide troops for the ISF": a group named for what it does holds that relation to
		 * the entity its name names (as hedged as its name is: the quote is the name).
		 */
		private List<Proposal> namedForWhatTheyDo() {
			List<Proposal> proposals = new ArrayList<>();
			for (Spot group : spots) {
				if (!kindOf(group, EntityKind.Group)) {
					continue;
				}
				String name = doc.text().substring(group.start(), group.end());
				List<TextAnalysis.Token> tokens = TextAnalysis.tokens(name);
				for (CueLexicon.Cue cue : lexicon.cues()) {
					int at = java.util.Collections.indexOfSubList(tokens.stream().map(TextAnalysis.Token::term).toList(), cue.terms());
					if (at < 0) {
						continue;
					}
					int after = tokens.get(at + cue.terms().size() - 1).end();
					List<Mention> targets = mentions(name.substring(after));
					if (targets.isEmpty() && cue.relation() == Relation.OFFERS_TROOPS) {
						// "countries that have considered sending troops": to the force the text is about
						Spot force = mainForce(group.start(), targetKind(Relation.OFFERS_TROOPS));
						targets = force == null ? List.of() : List.of(force.mentions().getFirst());
					}
					for (Mention target : targets) {
						proposals.add(proposal(group.entityIds().getFirst(), cue.relation(), target.entity(), Certainty.REPORTED, null, List.of(), null, null,
								null, date(group.start()), null, group.start(), group.end(), new Candidate.Why(cue.phrase(),
										group.start() + tokens.get(at).start(), group.start() + after, "a group named for what it does",
										List.of(group.mentions().getFirst()))));
					}
					break;
				}
			}
			return proposals;
		}

		/**
		 * "Hamas will be disarmed,” Netanyahu added", "said that Israel would keep security responsibility in Gaza":
		 * who says a thing must or will be done supports it (opposes it, said it will not), the proposition its
		 * clause describes.
		 */
		private List<Proposal> mustBeDone() {
			Hit<CueLexicon.Marker> speech = speech();
			Spot speaker = speech == null ? null : speakerOf(speech);
			if (speaker == null) {
				return List.of();
			}
			List<Proposal> proposals = new ArrayList<>();
			java.util.regex.Matcher m = MUST_BE_DONE.matcher(doc.text()).region(sentence.start(), sentence.end());
			while (m.find()) {
				// the speaker's own words: quoted, or reported after the verb of saying ("said that Israel would keep")
				boolean theirs = inQuotation(m.start()) && !inQuotation(speaker.start()) || !inQuotation(m.start(2)) && m.start(2) > speech.end();
				if (!theirs) {
					continue;
				}
				int end = clauseEnd(m.end(2));
				String clause = doc.text().substring(m.start(), end);
				List<String> words = TextAnalysis.terms(clause);
				int start = m.start();
				Set<String> namedThere = namedIn(start, end);
				int first = tokenAt(m.start());
				int last = tokenAt(end - 1);
				// "would not give up its weapons": who says it will not be done opposes it
				String said = doc.text().substring(m.start(2), Math.min(end, m.end(2) + 12));
				Relation relation = NOT.matcher(said).find() ? Relation.OPPOSES : Relation.SUPPORTS;
				Hit<CueLexicon.Cue> cue = cueAt(m, 2, relation);
				// "it would not give up its weapons": the speaker may stand for whom the name names
				Set<String> speakers = new HashSet<>(speaker.entityIds());
				speaker.entityIds().forEach(id -> speakers.add(actor(id, relation).holder()));
				List<String> ids = descriptions.describedBy(words, namedThere, speakers, Set.of(EntityKind.Proposition.name()));
				List<Spot> targets = ids.stream().map(id -> new Spot(first, last, start, end,
						List.of(new Mention(id, start, end, clause, ids.size() > 1)))).toList();
				proposals.addAll(combine(List.of(speaker), targets, relation, cue, Certainty.STATED,
						"what the speaker says must or will be done"));
			}
			return proposals;
		}

		/** The place of the sentence that holds a token, if the token names an entity. */
		/** "“The international community should support this,” Fidan said": whom a speaker says should act, it urges. */
		private List<Proposal> urgedInQuotation() {
			List<Proposal> proposals = new ArrayList<>();
			for (Spot urged : spots) {
				java.util.regex.Matcher m = SHOULD.matcher(doc.text()).region(urged.end(), sentence.end());
				if (!inQuotation(urged.start()) || !isActor(urged) || kindOf(urged, EntityKind.Person, EntityKind.Instrument) || !m.lookingAt()) {
					continue;
				}
				Hit<CueLexicon.Marker> speech = speech();
				Spot speaker = speech != null ? speakerOf(speech) : doc.speakerAt(urged.start());
				if (speaker == null || inQuotation(speaker.start())) {
					continue;
				}
				Hit<CueLexicon.Cue> cue = cueAt(m, 1, Relation.URGES);
				proposals.addAll(combine(List.of(speaker), List.of(urged), Relation.URGES, cue, Certainty.STATED,
						"whom the speaker says should act"));
			}
			return proposals;
		}

		/** The entities the sentence names between two offsets. */
		private Set<String> namedIn(int start, int end) {
			Set<String> named = new java.util.LinkedHashSet<>();
			spots.stream().filter(s -> s.start() >= start && s.end() <= end).forEach(s -> named.addAll(s.entityIds()));
			return named;
		}

		/** A cue a rule's pattern found (its group), read as the holder's own act. */
		private Hit<CueLexicon.Cue> cueAt(java.util.regex.Matcher m, int group, Relation relation) {
			return new Hit<>(new CueLexicon.Cue(m.group(group), TextAnalysis.terms(m.group(group)), relation, CueLexicon.Shape.ACTS),
					tokenAt(m.start(group)), tokenAt(m.end(group) - 1), m.start(group), m.end(group));
		}

		private java.util.Optional<Spot> spotAt(int token) {
			return spots.stream().filter(s -> s.first() <= token && s.last() >= token).findFirst();
		}

		private int tokenAt(int offset) {
			for (int t = firstToken; t < endToken; t++) {
				if (doc.tokens().get(t).end() > offset) {
					return t;
				}
			}
			return endToken - 1;
		}

		/** "Russia abstained on Resolution 2803, as did China": the actor after "as did" took the same stance. */
		private List<Proposal> likewise(List<Proposal> read) {
			java.util.regex.Matcher m = AS_DID.matcher(doc.text()).region(sentence.start(), sentence.end());
			List<Proposal> proposals = new ArrayList<>();
			while (m.find()) {
				int after = m.end();
				Spot other = spots.stream().filter(s -> s.start() >= after && s.start() <= after + 4 && isActor(s)).findFirst().orElse(null);
				if (other == null) {
					continue;
				}
				for (Proposal p : read) {
					if (p.quoteEnd() > m.start() || p.holder().equals(other.entityIds().getFirst())) {
						continue;
					}
					Actor actor = actor(other.entityIds().getFirst(), p.relation());
					proposals.add(proposal(actor.holder(), p.relation(), p.target(), p.certainty(), p.claimant(), p.via(), actor.speaker(),
							p.condition(), p.conditionKind(), p.date(), p.vote(), p.quoteStart(), other.end(), new Candidate.Why(m.group().strip(),
									m.start(), m.end(), "the same as the one before: " + p.why().rule(), List.of(other.mentions().getFirst()))));
				}
			}
			return proposals;
		}

		/** "Istanbul, Turkey": a state that says where a place is. */
		/**
		 * "the planned deployment of an international stabilization force to Gaza — a central pillar of its postwar
		 * peace blueprint": the instrument supports what the words before the apposition name or describe.
		 */
		private List<Proposal> tenets() {
			List<Proposal> proposals = new ArrayList<>();
			java.util.regex.Matcher m = TENET.matcher(doc.text()).region(sentence.start(), sentence.end());
			while (m.find()) {
				int at = m.start();
				int end = m.end();
				// "of Trump's controversial 20-point plan": an owner and two words may stand before the name
				Spot instrument = spots.stream().filter(s -> s.start() >= end && kindOf(s, EntityKind.Instrument)
						&& doc.text().substring(end, s.start()).matches("(?:\\p{Lu}[\\p{L}-]*['’]s\\s+)?(?:[\\p{Ll}-]+\\s+){0,2}")).findFirst().orElse(null);
				if (instrument == null) {
					continue;
				}
				int from = sentence.start();
				for (int i = at - 1; i > sentence.start(); i--) {
					if (",;:—–“”\"".indexOf(doc.text().charAt(i)) >= 0 && i < at - 1) {
						from = i + 1;
						break;
					}
				}
				int clauseStart = from;
				Spot named = spots.stream().filter(s -> s.start() >= clauseStart && s.end() <= at && kindOf(s, EntityKind.Proposition))
					.reduce((a, b) -> b).orElse(null);
				List<Spot> supported;
				if (named != null) {
					supported = List.of(named);
				}
				else {
					int first = tokenAt(clauseStart);
					List<String> words = terms(first, tokenAt(at - 1) + 1);
					Set<String> namedThere = namedIn(clauseStart, at);
					Set<String> holders = new java.util.LinkedHashSet<>();
					spots.stream().filter(s -> s.end() <= clauseStart && isActor(s)).forEach(s -> holders.addAll(s.entityIds()));
					List<String> ids = descriptions.describedBy(words, namedThere, holders, Set.of(EntityKind.Proposition.name()));
					int start = clauseStart;
					supported = ids.stream().map(id -> new Spot(first, tokenAt(at - 1), doc.tokens().get(first).start(), at,
							List.of(new Mention(id, start, at, doc.text().substring(start, at), ids.size() > 1)))).toList();
				}
				for (Spot target : supported) {
					int start = Math.min(target.start(), instrument.start());
					proposals.add(proposal(instrument.entityIds().getFirst(), Relation.SUPPORTS, target.entityIds().getFirst(), Certainty.REPORTED,
							null, List.of(), null, null, null, date(instrument.start()), null, start, instrument.end(), new Candidate.Why(
									m.group(1), m.start(1), m.end(1), "what an instrument's tenet is", List.of(target.mentions().getFirst(),
											instrument.mentions().getFirst()))));
				}
			}
			return proposals;
		}

		/**
		 * "Countries that might provide troops for the ISF are cautious ... For example, Jordan’s King Abdullah II":
		 * the state a sentence gives as an example is a member of the group the sentence before is about.
		 */
		private List<Proposal> forExample() {
			if (previous == null || !FOR_EXAMPLE.matcher(doc.text()).region(sentence.start(), sentence.end()).lookingAt()) {
				return List.of();
			}
			Spot group = doc.spots().stream().filter(s -> s.start() >= previous.start() && s.end() <= previous.end()).findFirst()
				.filter(s -> kindOf(s, EntityKind.Group)).orElse(null);
			Spot example = spots.isEmpty() ? null : spots.getFirst();
			if (group == null || example == null || !kindOf(example, EntityKind.State)) {
				return List.of();
			}
			return List.of(proposal(example.entityIds().getFirst(), Relation.MEMBER_OF, group.entityIds().getFirst(), Certainty.REPORTED, null,
					List.of(), null, null, null, date(example.start()), null, group.start(), example.end(), new Candidate.Why("For example",
							sentence.start(), example.start(), "an example of the group the sentence before is about",
							List.of(group.mentions().getFirst(), example.mentions().getFirst()))));
		}

		/**
		 * "If Hamas agrees to further phases, the terror group would be required to disarm": what someone would be
		 * required to do, the instrument the text named last requires, as a description with that someone.
		 */
		private List<Proposal> required() {
			List<Proposal> proposals = new ArrayList<>();
			java.util.regex.Matcher m = REQUIRED.matcher(doc.text()).region(sentence.start(), sentence.end());
			while (m.find()) {
				int at = m.start();
				Spot subject = nearestBefore(tokenAt(at), firstToken, Extractor.this::isActor);
				Spot instrument = lastBefore(at, s -> kindOf(s, EntityKind.Instrument));
				if (subject == null || instrument == null || kindOf(subject, EntityKind.Instrument)) {
					continue;
				}
				int end = clauseEnd(m.end());
				int first = tokenAt(m.start(1));
				List<String> words = terms(first, tokenAt(end - 1) + 1);
				Set<String> namedThere = namedIn(m.start(1), end);
				namedThere.addAll(subject.entityIds());
				int start = subject.start();
				for (String id : descriptions.describedBy(words, namedThere, Set.of(), Set.of(EntityKind.Proposition.name()))) {
					proposals.add(proposal(instrument.entityIds().getFirst(), Relation.SUPPORTS, id, Certainty.REPORTED, null, List.of(), null,
							null, null, date(at), null, start, end, new Candidate.Why(m.group().strip(), at, m.end(),
									"what someone would be required to do, by the instrument named last", List.of(subject.mentions().getFirst(),
											instrument.mentions().getFirst()))));
				}
			}
			return proposals;
		}

		/** "the Civil Military Coordination Center in Kiryat Gat, Israel, a joint US-Israeli command hub": its parties. */
		private List<Proposal> jointBodies() {
			List<Proposal> proposals = new ArrayList<>();
			java.util.regex.Matcher m = JOINT.matcher(doc.text()).region(sentence.start(), sentence.end());
			while (m.find()) {
				int at = m.start();
				Spot body = spots.stream().filter(s -> s.end() <= at && kindOf(s, EntityKind.Institution, EntityKind.Organization))
					.reduce((a, b) -> b).orElse(null);
				if (body == null || !doc.text().substring(body.end(), at).matches("(?s)[^.;:()]*,\\s*")) {
					continue;
				}
				int end = m.end();
				List<Spot> parties = spots.stream().filter(s -> s.start() >= at && s.end() <= end && kindOf(s, EntityKind.State, EntityKind.Faction)).toList();
				if (parties.size() < 2) {
					continue;
				}
				for (Spot party : parties) {
					proposals.add(proposal(party.entityIds().getFirst(), Relation.PARTICIPATES_IN, body.entityIds().getFirst(), Certainty.REPORTED,
							null, List.of(), null, null, null, date(body.start()), null, body.start(), end, new Candidate.Why("joint",
									m.start(1), m.end(1), "the parties of a body called joint", List.of(body.mentions().getFirst(), party.mentions().getFirst()))));
				}
			}
			return proposals;
		}

		/** "US-Israeli", "Iran-backed": a name inside a compound word modifies a noun; it is no subject. */
		private boolean inCompound(Spot s) {
			return s.start() > 0 && doc.text().charAt(s.start() - 1) == '-'
					|| s.end() < doc.text().length() && doc.text().charAt(s.end()) == '-';
		}

		private boolean placeBefore(Spot state) {
			return spots.stream().anyMatch(p -> kindOf(p, EntityKind.Place) && p.end() <= state.start()
					&& doc.text().substring(p.end(), state.start()).matches(",\\s*"));
		}

		/** A state named with a person's title: "Sugiono of Indonesia", "Turkish Foreign Minister Hakan Fidan". */
		private boolean standsWithAPerson(Spot state) {
			for (Spot p : spots) {
				if (!kindOf(p, EntityKind.Person)) {
					continue;
				}
				String after = p.end() <= state.start() ? doc.text().substring(p.end(), state.start()) : null;
				String before = state.end() <= p.start() ? doc.text().substring(state.end(), p.start()) : null;
				if (after != null && after.matches("\\s+of\\s+(?:the\\s+)?") || before != null && p.first() - state.last() <= 4
						&& !CLAUSE_BETWEEN.matcher(before).find()) {
					return true;
				}
			}
			return false;
		}

		/** Of several actors near a person, the one its entity says it speaks for, else the nearest. */
		private Spot choose(List<Spot> actors, EntityDefinition person) {
			if (actors.isEmpty()) {
				return null;
			}
			return actors.stream().filter(a -> person.speaksFor().stream().anyMatch(a.entityIds()::contains)).findFirst()
				.orElse(actors.getFirst());
		}

		private boolean titleBetween(int from, int to) {
			for (int t = from; t <= to; t++) {
				for (List<String> title : lexicon.titles()) {
					if (t + title.size() <= to + 1 && title.equals(terms(t, t + title.size()))) {
						return true;
					}
				}
			}
			return false;
		}

		private Proposal speaksFor(Spot person, Spot actor, String rule) {
			int start = Math.min(person.start(), actor.start());
			int end = Math.max(person.end(), actor.end());
			return proposal(person.entityIds().getFirst(), Relation.SPEAKS_FOR, actor.entityIds().getFirst(), Certainty.REPORTED,
					null, List.of(), null, null, null, doc.published().toString(), null, start, end,
					new Candidate.Why("", start, start, rule, List.of(person.mentions().getFirst(), actor.mentions().getFirst())));
		}

		/** "Donald Trump’s 20-point plan": whose plan it is, its proposer. */
		private List<Proposal> possessives() {
			List<Proposal> proposals = new ArrayList<>();
			for (int i = 0; i + 1 < spots.size(); i++) {
				Spot owner = spots.get(i);
				Spot instrument = spots.get(i + 1);
				if (!possessive(owner, instrument)) {
					continue;
				}
				Actor actor = actor(owner.entityIds().getFirst(), Relation.PROPOSED);
				proposals.add(proposal(actor.holder(), Relation.PROPOSED, instrument.entityIds().getFirst(), Certainty.STATED, null,
						List.of(), actor.speaker(), null, null, doc.published().toString(), null, owner.start(), instrument.end(),
						new Candidate.Why("’s", owner.end(), instrument.start(), "whose instrument it is",
								List.of(owner.mentions().getFirst(), instrument.mentions().getFirst()))));
			}
			return proposals;
		}

		/** "the so-called guarantor countries ... — Saudi Arabia, Qatar, ... and Indonesia": the group's members. */
		private List<Proposal> lists() {
			List<Proposal> proposals = new ArrayList<>();
			for (int i = 0; i + 1 < spots.size(); i++) {
				Spot group = spots.get(i);
				if (!kindOf(group, EntityKind.Group)) {
					continue;
				}
				int dash = -1;
				for (int j = i + 1; j < spots.size() && spots.get(j).first() <= group.last() + 8; j++) {
					String gap = doc.text().substring(spots.get(j - 1).end(), spots.get(j).start());
					if (gap.matches("\\s*[—–:]\\s*")) {
						dash = j;
						break;
					}
				}
				if (dash < 0 || !kindOf(spots.get(dash), EntityKind.State, EntityKind.Faction, EntityKind.Organization)) {
					continue;
				}
				for (Spot member : listForward(spots.get(dash), s -> kindOf(s, EntityKind.State, EntityKind.Faction, EntityKind.Organization))) {
					proposals.add(proposal(member.entityIds().getFirst(), Relation.MEMBER_OF, group.entityIds().getFirst(),
							Certainty.REPORTED, null, List.of(), null, null, null, doc.published().toString(), null, group.start(),
							member.end(), new Candidate.Why("—", spots.get(dash).start(), spots.get(dash).start(),
									"the members listed after a group", List.of(group.mentions().getFirst(), member.mentions().getFirst()))));
				}
			}
			return proposals;
		}

		// ------------------------------------------------------------ a proposal with its attribution, condition, date

		private List<Proposal> combine(List<Spot> holders, List<Spot> targets, Relation relation, Hit<CueLexicon.Cue> cue,
				Certainty base, String rule) {
			List<Proposal> proposals = new ArrayList<>();
			for (Spot h : holders) {
				for (String holderId : h.entityIds()) {
					for (Spot t : targets) {
						for (String targetId : t.entityIds()) {
							// an event (a call, a meeting) is the person's own act, not the state's position
							Actor actor = cue.equals(personal.get(h)) || kindOf(t, EntityKind.Event) ? new Actor(holderId, null) : actor(holderId, relation);
							if (actor.holder().equals(targetId)) {
								continue;
							}
							// a state's support of an armed faction is backing, and backing is of an actor (curation guide):
							// "funds the board's work" supports the board
							Relation stated = relation == Relation.SUPPORTS && kindOf(h, EntityKind.State) && kindOf(t, EntityKind.Faction)
									? Relation.BACKS
									: relation == Relation.BACKS && !kindOf(t, EntityKind.Faction, EntityKind.Person) ? Relation.SUPPORTS : relation;
							proposals.add(attributed(actor, stated, targetId, cue, base, rule, h, t));
							if (relation == Relation.ABSTAINED || isVote(cue)) {
								Proposal member = membership(actor.holder(), h, t);
								if (member != null) {
									proposals.add(member);
								}
							}
						}
					}
				}
			}
			return proposals;
		}

		/** A vote is cast by a member of the body that voted: the council the sentence, or the one before, names. */
		private Proposal membership(String holder, Spot holderSpot, Spot instrument) {
			Predicate<Spot> body = s -> kindOf(s, EntityKind.Institution)
					&& lexicon.bodies().stream().anyMatch(nameWords.get(s.entityIds().getFirst())::contains);
			Spot council = null;
			for (Spot s : spots) {
				if (body.test(s) && (council == null || distance(s, holderSpot) < distance(council, holderSpot))) {
					council = s;
				}
			}
			if (council == null) {
				council = lastBefore(holderSpot.start(), body);
			}
			if (council == null) {
				return null;
			}
			int start = Math.min(holderSpot.start(), council.start() >= sentence.start() ? council.start() : holderSpot.start());
			int end = Math.max(holderSpot.end(), council.start() >= sentence.start() ? council.end() : holderSpot.end());
			return proposal(holder, Relation.MEMBER_OF, council.entityIds().getFirst(), Certainty.REPORTED, null, List.of(), null,
					null, null, date(holderSpot.start()), null, start, end, new Candidate.Why("", holderSpot.start(),
							holderSpot.start(), "only a member votes", List.of(holderSpot.mentions().getFirst(), council.mentions().getFirst())));
		}

		private Proposal attributed(Actor actor, Relation relation, String target, Hit<CueLexicon.Cue> cue, Certainty base,
				String rule, Spot holderSpot, Spot targetSpot) {
			// the quote stays in the sentence: a target named in a sentence before ("abstained") is not quoted
			boolean targetHere = sentence.contains(targetSpot.start());
			int start = Math.min(Math.min(holderSpot.start(), cue.start()), targetHere ? targetSpot.start() : cue.start());
			int end = Math.max(Math.max(holderSpot.end(), cue.end()), targetHere ? targetSpot.end() : cue.end());
			List<Mention> used = new ArrayList<>(List.of(holderSpot.mentions().getFirst(), targetSpot.mentions().getFirst()));
			Certainty certainty = base;
			String claimant = null;
			String speaker = actor.speaker();
			List<String> via = new ArrayList<>();

			// whose word: "<speaker> said", "<source> told <outlet>", "according to <claimant>"
			for (Hit<CueLexicon.Marker> marker : attributions) {
				switch (marker.cue().kind()) {
					case "speech", "told" -> {
						Spot who = speakerOf(marker);
						if (who == null || who == holderSpot) {
							continue;
						}
						String id = who.entityIds().getFirst();
						EntityDefinition def = entities.get(id);
						if (id.equals(actor.holder())) {
							certainty = stronger(certainty, Certainty.STATED);
						}
						else if (def != null && def.speaksFor().contains(actor.holder()) && kindOf(who, EntityKind.Person)) {
							speaker = id;
							certainty = stronger(certainty, Certainty.STATED);
						}
						else if (!PERSONAL.contains(relation)) {
							claimant = id;
						}
						else {
							continue;
						}
						used.add(who.mentions().getFirst());
						start = Math.min(start, who.start());
						end = Math.max(end, who.end());
						if (marker.cue().kind().equals("told")) {
							Spot outlet = nearestAfter(marker.last() + 1, Math.min(endToken, marker.last() + 3),
									s -> kindOf(s, EntityKind.Organization));
							if (outlet != null) {
								via.add(outlet.entityIds().getFirst());
								used.add(outlet.mentions().getFirst());
								start = Math.min(start, outlet.start());
								end = Math.max(end, outlet.end());
							}
						}
					}
					case "source" -> {
						Spot who = nearestAfter(marker.last() + 1, Math.min(endToken, marker.last() + 4), s -> true);
						certainty = weaker(certainty, Certainty.REPORTED);
						if (who != null && !who.entityIds().contains(actor.holder())) {
							claimant = who.entityIds().getFirst();
							used.add(who.mentions().getFirst());
						}
					}
					default -> {
					}
				}
			}
			if (claimant != null) {
				certainty = weaker(certainty, Certainty.REPORTED);
			}
			// the condition: "will only send troops ... if ...", "unless ..."
			String condition = null;
			String conditionKind = null;
			for (Hit<CueLexicon.Marker> marker : conditions) {
				boolean opens = marker.first() <= firstToken + 1;
				int after = Math.max(cue.end(), targetHere ? targetSpot.end() : cue.end());
				boolean follows = marker.start() >= cue.start() && marker.first() <= Math.max(cue.last(), targetSpot.last()) + 25
						&& !CLAUSE_BREAK.matcher(doc.text().substring(Math.min(after, marker.start()), marker.start())).find();
				if (!opens && !follows) {
					continue;
				}
				int clauseEnd = clauseEnd(marker.end());
				condition = doc.text().substring(marker.start(), clauseEnd).strip();
				conditionKind = marker.cue().kind();
				// "will only send troops ... if": the "only" may stand before the cue
				if (conditionKind.equals("if") && terms(Math.min(cue.first(), marker.first()) - 3, marker.first()).contains("only")) {
					conditionKind = "only-if";
				}
				start = Math.min(start, marker.start());
				end = Math.max(end, clauseEnd);
				break;
			}
			// someone else's word in the quote is no holder's own statement; proposal() weighs the hedges
			if (!HedgeCues.attributionIn(doc.text().substring(start, end)).isEmpty() && certainty == Certainty.STATED) {
				certainty = Certainty.REPORTED;
			}
			String vote = vote(cue, relation);
			return proposal(actor.holder(), relation, target, certainty, claimant, via, speaker, condition, conditionKind,
					date(cue.start()), vote, start, end, new Candidate.Why(doc.text().substring(cue.start(), cue.end()), cue.start(),
							cue.end(), relation + ": " + rule, used));
		}

		private Proposal proposal(String holder, Relation relation, String target, Certainty certainty, String claimant,
				List<String> via, String speaker, String condition, String conditionKind, String date, String vote, int start,
				int end, Candidate.Why why) {
			// a quote starts and ends with the text's words, not with the space around them
			while (end > start && Character.isWhitespace(doc.text().charAt(end - 1))) {
				end--;
			}
			while (start < end && Character.isWhitespace(doc.text().charAt(start))) {
				start++;
			}
			String quote = doc.text().substring(start, end);
			// whatever the rule, no hedge may be left in the quote that the certainty does not allow
			certainty = weaker(certainty, HedgeCues.hedgedAs(quote));
			while (!HedgeCues.unexpected(certainty, quote).isEmpty()) {
				certainty = Certainty.values()[certainty.ordinal() + 1];
			}
			return new Proposal(holder, relation, target, certainty, claimant, List.copyOf(via), speaker, condition, conditionKind,
					date, vote, quote, start, end, why);
		}

		private static int distance(Spot a, Spot b) {
			return a.start() >= b.end() ? a.start() - b.end() : Math.max(0, b.start() - a.end());
		}

		private String vote(Hit<CueLexicon.Cue> cue, Relation relation) {
			if (relation == Relation.ABSTAINED) {
				return "abstain";
			}
			if (!isVote(cue)) {
				return null;
			}
			return relation == Relation.SUPPORTS ? "for" : relation == Relation.OPPOSES ? "against" : null;
		}

		private boolean isVote(Hit<CueLexicon.Cue> cue) {
			return cue.cue().terms().getFirst().startsWith("vote");
		}

		/** The date the sentence says nearest to the cue, else the document's. */
		private String date(int offset) {
			DatesSaid.DateSaid said = DatesSaid.nearest(doc.dates(), sentence.start(), sentence.end(), offset);
			return said == null ? doc.published().toString() : said.value();
		}

		/** Where a condition's clause ends: at the next comma, semicolon, closing quote or dash, or the sentence's end. */
		private int clauseEnd(int from) {
			for (int i = from; i < sentence.end(); i++) {
				char c = doc.text().charAt(i);
				if (",;:”\"—–".indexOf(c) >= 0 || c == '.' && (i + 1 == sentence.end() || Character.isWhitespace(doc.text().charAt(i + 1)))) {
					return i;
				}
			}
			return sentence.end();
		}

		// ------------------------------------------------------------ who

		/** The speaker of a speech cue: the entity right before it ("Fidan said"), else right after ("said Fidan"). */
		/**
		 * "Netanyahu praised Trump, asserting that", "He added that “...” while urging states": the subject of a
		 * participle after a comma, "and" or "while" is the sentence's, the first actor named outside a quotation.
		 */
		private <T> Spot participleSubject(Hit<T> verb, Predicate<Spot> fits, Pattern after) {
			if (!doc.text().substring(verb.start(), doc.tokens().get(verb.first()).end()).endsWith("ing")
					|| !after.matcher(doc.text().substring(sentence.start(), verb.start())).find()) {
				return null;
			}
			return spots.stream().filter(s -> s.last() < verb.first() && fits.test(s) && !inQuotation(s.start())).findFirst().orElse(null);
		}

		private Spot speakerOf(Hit<CueLexicon.Marker> marker) {
			Spot subject = participleSubject(marker, Extractor.this::isActor, PARTICIPLE_AFTER);
			if (subject != null) {
				return subject;
			}
			// "Netanyahu, who last week urged neighbouring states to ..., said": the subject before the aside
			for (Spot s : spots) {
				if (s.last() < marker.first() && isActor(s) && !inQuotation(s.start())
						&& ASIDE.matcher(doc.text().substring(s.end(), marker.start())).matches()) {
					return s;
				}
			}
			Spot before = nearestBefore(marker.first(), Math.max(firstToken, marker.first() - 4), Extractor.this::isActor);
			if (before != null && !inQuotation(before.start())) {
				return before;
			}
			Spot after = nearestAfter(marker.last() + 1, Math.min(endToken, marker.last() + 3), Extractor.this::isActor);
			if (after != null && !inQuotation(after.start()) && !marker.cue().kind().equals("told")) {
				return after;
			}
			return null;
		}

		/** The sentence's speech cue outside its quotation marks, with a speaker: whose words the quoted cues are. */
		private Hit<CueLexicon.Marker> speech() {
			for (Hit<CueLexicon.Marker> marker : attributions) {
				if (!marker.cue().kind().equals("source") && !inQuotation(marker.start()) && speakerOf(marker) != null) {
					return marker;
				}
			}
			return null;
		}

		private boolean inQuotation(int offset) {
			return quotations.stream().anyMatch(q -> offset > q[0] && offset < q[1])
					|| doc.quotations().stream().anyMatch(q -> offset > q.open() && offset < q.close());
		}

		// ------------------------------------------------------------ finding entities around a cue

		private Spot nearestBefore(int beforeToken, int fromToken, Predicate<Spot> fits) {
			for (int i = spots.size() - 1; i >= 0; i--) {
				Spot s = spots.get(i);
				if (s.last() < beforeToken && s.first() >= fromToken && fits.test(s)) {
					return s;
				}
			}
			return null;
		}

		private Spot nearestAfter(int fromToken, int beforeToken, Predicate<Spot> fits) {
			for (Spot s : spots) {
				if (s.first() >= fromToken && s.first() < beforeToken && fits.test(s)) {
					return s;
				}
			}
			return null;
		}

		/** A force by its name ("International Stabilization Force"): what troops go to, what an instrument sets up. */
		private boolean isForce(Spot s) {
			return nameWords.get(s.entityIds().getFirst()).contains("force");
		}

		/** Of the forces the text named before an offset, the one it names most (the last, of equals): where troops go. */
		private Spot mainForce(int offset, Predicate<Spot> kind) {
			Map<String, Integer> named = new java.util.HashMap<>();
			Map<String, Spot> last = new java.util.HashMap<>();
			for (Spot s : doc.spots()) {
				String id = s.entityIds().getFirst();
				if (s.end() <= offset && kind.test(s) && isForce(s)) {
					named.merge(id, 1, Integer::sum);
					last.put(id, s);
				}
			}
			return named.entrySet().stream().max(Map.Entry.<String, Integer> comparingByValue()
				.thenComparing(e -> last.get(e.getKey()).start())).map(e -> last.get(e.getKey())).orElse(null);
		}

		/** The entity named last before an offset, anywhere in the text before. */
		private Spot lastBefore(int offset, Predicate<Spot> fits) {
			Spot last = null;
			for (Spot s : doc.spots()) {
				if (s.end() <= offset && fits.test(s)) {
					last = s;
				}
			}
			return last;
		}

		private Spot lastIn(Sentences.Span span, Predicate<Spot> fits, List<Spot> not) {
			Spot last = null;
			for (Spot s : doc.spots()) {
				if (s.start() >= span.start() && s.end() <= span.end() && fits.test(s) && !not.contains(s)) {
					last = s;
				}
			}
			return last;
		}

		/** Holders named as a list before a cue, the nearest last: "Hamas, the PIJ, and the PFLP denounced". */
		private List<Spot> listBackward(Spot nearest, Predicate<Spot> fits) {
			List<Spot> list = new ArrayList<>(List.of(nearest));
			int i = spots.indexOf(nearest);
			while (i > 0) {
				Spot before = spots.get(i - 1);
				if (!fits.test(before) || !LIST_GAP.matcher(doc.text().substring(before.end(), list.getFirst().start())).matches()) {
					break;
				}
				list.addFirst(before);
				i--;
			}
			return coordinated(distinct(list), true);
		}

		private List<Spot> listForward(Spot first, Predicate<Spot> fits) {
			List<Spot> list = new ArrayList<>(List.of(first));
			int i = spots.indexOf(first);
			while (i + 1 < spots.size()) {
				Spot next = spots.get(i + 1);
				if (!fits.test(next) || !LIST_GAP.matcher(doc.text().substring(list.getLast().end(), next.start())).matches()) {
					// "both a Board of Peace, which would oversee governance of the territory, and an ISF": past the aside
					java.util.regex.Matcher aside = ASIDE_IN_LIST.matcher(doc.text()).region(list.getLast().end(), sentence.end());
					int after = aside.lookingAt() ? aside.end() : -1;
					Spot past = spots.stream().filter(s -> s.start() == after && fits.test(s)).findFirst().orElse(null);
					if (past == null) {
						break;
					}
					list.add(past);
					i = spots.indexOf(past);
					continue;
				}
				list.add(next);
				i++;
			}
			return coordinated(distinct(list), false);
		}

		/**
		 * A list is one when an "and" or "or" joins its last two: "Russia and China", "Hamas, the PIJ, and the PFLP".
		 * Without one ("(Russia and China), the UNSC passed"), only the entity next to the cue is kept, or the
		 * part of the list up to the last "and".
		 */
		private List<Spot> coordinated(List<Spot> list, boolean cueAfter) {
			if (list.size() < 2) {
				return list;
			}
			if (cueAfter) {
				// holders before the cue: the "and" stands before the one nearest the cue
				return joined(list.get(list.size() - 2), list.getLast()) ? list : List.of(list.getLast());
			}
			for (int k = list.size() - 1; k > 0; k--) {
				if (joined(list.get(k - 1), list.get(k))) {
					return list.subList(0, k + 1);
				}
			}
			return List.of(list.getFirst());
		}

		private boolean joined(Spot a, Spot b) {
			return Pattern.compile("\\b(?:and|or)\\b").matcher(doc.text().substring(a.end(), b.start())).find();
		}

		/** Holders named in brackets right after a noun cue: "two abstentions (Russia and China)". */
		private List<Spot> listAfter(Hit<CueLexicon.Cue> cue, Predicate<Spot> fits) {
			Spot first = nearestAfter(cue.last() + 1, Math.min(endToken, cue.last() + 2), fits);
			if (first == null || !doc.text().substring(cue.end(), first.start()).matches("\\s*\\(\\s*")) {
				return List.of();
			}
			return listForward(first, fits);
		}

		/** A list without a second mention of the same entity ("the Palestinian Islamic Jihad (PIJ)"). */
		private List<Spot> distinct(List<Spot> list) {
			Set<List<String>> seen = new HashSet<>();
			return list.stream().filter(s -> seen.add(s.entityIds())).toList();
		}

		private List<String> terms(int from, int to) {
			return doc.tokens().subList(Math.max(from, 0), Math.min(to, doc.tokens().size())).stream()
				.map(TextAnalysis.Token::term).toList();
		}
	}

	// ---------------------------------------------------------------- kinds

	/** Whose stance it is: a person's statement is its actor's, the person its speaker (curation guide, 2). */
	private record Actor(String holder, String speaker) {
	}

	private Actor actor(String id, Relation relation) {
		EntityDefinition e = entities.get(id);
		if (e != null && EntityKind.Person.name().equals(e.kind()) && !PERSONAL.contains(relation) && !e.speaksFor().isEmpty()) {
			return new Actor(e.speaksFor().getFirst(), id);
		}
		return new Actor(id, null);
	}

	private Predicate<Spot> holderKind(Relation relation) {
		return switch (relation) {
			case SPEAKS_FOR -> s -> kindOf(s, EntityKind.Person);
			case MEMBER_OF, PARTICIPATES_IN, SIGNED -> s -> isActor(s) && !kindOf(s, EntityKind.Instrument);
			case OFFERS_TROOPS, DECLINES -> s -> isActor(s) && !kindOf(s, EntityKind.Instrument, EntityKind.Institution);
			default -> this::isActor;
		};
	}

	private Predicate<Spot> targetKind(Relation relation) {
		return switch (relation) {
			case OFFERS_TROOPS, DECLINES -> s -> kindOf(s, EntityKind.Institution);
			case ABSTAINED, ADOPTED_AS, REVISES, SIGNED -> s -> kindOf(s, EntityKind.Instrument);
			case MEMBER_OF -> s -> kindOf(s, EntityKind.Institution, EntityKind.Organization, EntityKind.Group);
			case SPEAKS_FOR, URGES, ACCUSES, THREATENS, BACKS -> s -> isActor(s) && !kindOf(s, EntityKind.Instrument);
			case CONTROLS -> s -> kindOf(s, EntityKind.Place, EntityKind.Institution);
			case PARTICIPATES_IN -> s -> kindOf(s, EntityKind.Event, EntityKind.Instrument, EntityKind.Institution);
			case OVERSEES -> s -> true;
			// a stance is on a proposition, an instrument, a body or an actor, not on a place
			default -> s -> !kindOf(s, EntityKind.Place);
		};
	}

	/** Who can hold a stance: not a place, a proposition or an event. */
	private boolean isActor(Spot s) {
		return !kindOf(s, EntityKind.Place, EntityKind.Proposition, EntityKind.Event);
	}

	private boolean kindOf(Spot s, EntityKind... kinds) {
		EntityDefinition e = entities.get(s.entityIds().getFirst());
		if (e == null) {
			return false;
		}
		for (EntityKind kind : kinds) {
			if (kind.name().equals(e.kind())) {
				return true;
			}
		}
		return false;
	}

	private static Certainty weaker(Certainty a, Certainty b) {
		return a.ordinal() >= b.ordinal() ? a : b;
	}

	private static Certainty stronger(Certainty a, Certainty b) {
		return a.ordinal() <= b.ordinal() ? a : b;
	}

	/** The spans between quotation marks in a sentence (“...”, "..."), as [open, close] offsets. */
	private static List<int[]> quotations(String text, Sentences.Span sentence) {
		List<int[]> spans = new ArrayList<>();
		int open = -1;
		for (int i = sentence.start(); i < sentence.end(); i++) {
			char c = text.charAt(i);
			if (c == '“' || c == '"' && open < 0) {
				open = i;
			}
			else if ((c == '”' || c == '"') && open >= 0) {
				spans.add(new int[] { open, i });
				open = -1;
			}
		}
		// a quotation the sentence opens without closing, or closes without opening, runs to its end or start
		if (open >= 0) {
			spans.add(new int[] { open, sentence.end() });
		}
		int firstClose = text.substring(sentence.start(), sentence.end()).indexOf('”');
		int firstOpen = text.substring(sentence.start(), sentence.end()).indexOf('“');
		if (firstClose >= 0 && (firstOpen < 0 || firstClose < firstOpen)) {
			spans.add(new int[] { sentence.start() - 1, sentence.start() + firstClose });
		}
		return spans;
	}
}
