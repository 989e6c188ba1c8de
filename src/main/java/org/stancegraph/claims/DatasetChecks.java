package org.stancegraph.claims;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.stancegraph.graph.Certainty;
import org.stancegraph.graph.Relation;

/**
 * The second step of validation, what a schema cannot say: ids resolve, ids are unique across files, dates are real
 * and not in the future, speakers speak for the holder, tallies agree with the votes named, and every quote occurs
 * verbatim (whitespace-normalised) in its document.
 */
final class DatasetChecks {

	private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

	private static final Map<String, Relation> VOTE_RELATIONS = Map.of("for", Relation.SUPPORTS, "against", Relation.OPPOSES,
			"abstain", Relation.ABSTAINED);

	private final LocalDate today;

	/** @param today claims dated after it are rejected (a claim cannot be said in the future) */
	DatasetChecks(LocalDate today) {
		this.today = today;
	}

	/** The entities' and claims' references, the claims' ids, dates, speakers, votes and quotes. */
	void checkReferences(Map<String, Located<EntityDefinition>> entities, Map<String, SourceDocument> documents,
			List<Located<ClaimDefinition>> claims, List<Problem> problems) {
		checkEntityReferences(entities, problems);
		Map<String, Located<ClaimDefinition>> seen = new HashMap<>();
		// each document's text normalised once, not once per quote checked against it
		Map<String, String> normalizedTexts = new HashMap<>();
		for (var located : claims) {
			ClaimDefinition claim = located.value();
			var earlier = seen.putIfAbsent(claim.id(), located);
			if (earlier != null) {
				problems.add(located.problem("id", "duplicate claim id '" + claim.id() + "', first defined at " + earlier.where()));
			}
			requireEntity(entities, located, "holder", claim.holder(), problems);
			requireEntity(entities, located, "target", claim.target(), problems);
			requireEntity(entities, located, "regarding", claim.regarding(), problems);
			requireEntity(entities, located, "conditionOn", claim.qualifiers().conditionOn(), problems);
			requireEntity(entities, located, "addressee", claim.qualifiers().addressee(), problems);
			checkAttribution(entities, located, problems);
			if (claim.holder().equals(claim.target())) {
				problems.add(located.problem("target", "holder and target are both '" + claim.holder() + "'"));
			}
			checkSpeaker(entities, located, problems);
			checkDates(located, problems);
			checkQualifiers(located, problems);
			checkVoteAndUrging(located, problems);
			for (int i = 0; i < claim.evidence().size(); i++) {
				Evidence evidence = claim.evidence().get(i);
				String field = i == 0 ? "quote" : "alsoIn/" + (i - 1) + "/quote";
				SourceDocument document = documents.get(evidence.source());
				if (document == null) {
					problems.add(located.problem("alsoIn/" + (i - 1) + "/source", "unknown source document '" + evidence.source() + "'"));
				}
				else if (!normalizedTexts.computeIfAbsent(document.id(), id -> normalize(document.text())).contains(normalize(evidence.quote()))) {
					problems.add(located.problem(field, "quote does not occur in the text of '" + document.id() + "': \""
							+ abbreviate(evidence.quote()) + "\""));
				}
			}
		}
	}

	private static void checkEntityReferences(Map<String, Located<EntityDefinition>> entities, List<Problem> problems) {
		for (var located : entities.values()) {
			EntityDefinition entity = located.value();
			for (int i = 0; i < entity.speaksFor().size(); i++) {
				String actor = entity.speaksFor().get(i);
				if (!entities.containsKey(actor)) {
					problems.add(located.problem("speaksFor/" + i, "unknown entity '" + actor + "'"));
				}
				else if (!"Person".equals(entity.kind())) {
					problems.add(located.problem("speaksFor", "only a Person speaks for an actor; '" + entity.id() + "' is a " + entity.kind()));
				}
			}
		}
		for (var located : entities.values()) {
			String belongsTo = located.value().belongsTo();
			if (belongsTo != null && !entities.containsKey(belongsTo)) {
				problems.add(located.problem("belongsTo", "unknown entity '" + belongsTo + "'"));
			}
			List<String> concerns = located.value().concerns();
			for (int i = 0; i < concerns.size(); i++) {
				if (!entities.containsKey(concerns.get(i))) {
					problems.add(located.problem("concerns/" + i, "unknown entity '" + concerns.get(i) + "'"));
				}
			}
		}
	}

	/** A claim's speaker speaks for its holder, and only a Person speaks for anyone. */
	private static void checkSpeaker(Map<String, Located<EntityDefinition>> entities, Located<ClaimDefinition> located,
			List<Problem> problems) {
		ClaimDefinition claim = located.value();
		if (claim.speaker() != null && requireEntity(entities, located, "speaker", claim.speaker(), problems)) {
			EntityDefinition speaker = entities.get(claim.speaker()).value();
			if (!speaker.speaksFor().contains(claim.holder())) {
				problems.add(located.problem("speaker", "'" + claim.speaker() + "' does not speak for the holder '"
						+ claim.holder() + "' (its speaksFor: " + speaker.speaksFor() + " in the entity file)"));
			}
		}
		if (claim.relation() == Relation.SPEAKS_FOR && entities.containsKey(claim.holder())
				&& !"Person".equals(entities.get(claim.holder()).value().kind())) {
			problems.add(located.problem("holder", "SPEAKS_FOR needs a Person as holder; '" + claim.holder() + "' is a "
					+ entities.get(claim.holder()).value().kind()));
		}
	}

	/**
	 * The claimant and chain name known entities; a claim marked as the holder's own statement is claimed by the holder
	 * or its speaker; and its quote carries no hedge cue its certainty rules out, unless its certaintyBasis names the
	 * cue and says why it is none.
	 */
	private static void checkAttribution(Map<String, Located<EntityDefinition>> entities, Located<ClaimDefinition> located,
			List<Problem> problems) {
		ClaimDefinition claim = located.value();
		Attribution attribution = claim.attribution();
		requireEntity(entities, located, "claimant", attribution.claimant(), problems);
		for (int i = 0; i < attribution.via().size(); i++) {
			requireEntity(entities, located, "via/" + i, attribution.via().get(i), problems);
		}
		if (attribution.certainty() == Certainty.STATED && attribution.claimant() != null
				&& !attribution.claimant().equals(claim.holder()) && !attribution.claimant().equals(claim.speaker())) {
			problems.add(located.problem("claimant", "a stated claim is the holder's own word: its claimant is the holder '"
					+ claim.holder() + "' or its speaker, not '" + attribution.claimant()
					+ "' (someone else's word is certainty: reported)"));
		}
		if (!attribution.certaintyGiven()) {
			// older files say nothing of certainty: the validator lists them (ClaimSet#defaultCertainty) rather than failing them
			return;
		}
		String basis = attribution.certaintyBasis() == null ? "" : attribution.certaintyBasis().toLowerCase(Locale.ROOT);
		List<String> unexplained = HedgeCues.unexpected(attribution.certainty(), claim.quote()).stream()
			.filter(cue -> !basis.contains(cue)).toList();
		if (!unexplained.isEmpty()) {
			problems.add(located.problem("quote", "the quote hedges (" + String.join(", ", unexplained) + ") but the claim is "
					+ attribution.certainty().word() + "; lower its certainty, or say in certaintyBasis why '" + unexplained.getFirst() + "' is no hedge here"));
		}
	}

	/** A condition's kind and subject go with a condition; a claim is reported after it is said. */
	private void checkQualifiers(Located<ClaimDefinition> located, List<Problem> problems) {
		ClaimDefinition claim = located.value();
		Qualifiers q = claim.qualifiers();
		if (claim.condition() == null && (q.conditionKind() != null || q.conditionOn() != null)) {
			problems.add(located.problem(q.conditionKind() != null ? "conditionKind" : "conditionOn",
					"conditionKind and conditionOn go with a condition: say the condition in 'condition'"));
		}
		// a date in the future is reported as such (checkDates); that it is after the report would only echo it
		if (claim.date() != null && !claim.date().isAfter(today) && q.reported() != null && q.reported().isBefore(claim.date())) {
			problems.add(located.problem("reported", "reported " + q.reported() + " is before the date it was said, " + claim.date()));
		}
	}

	private static void checkVoteAndUrging(Located<ClaimDefinition> located, List<Problem> problems) {
		ClaimDefinition claim = located.value();
		if (claim.vote() != null && VOTE_RELATIONS.get(claim.vote()) != claim.relation()) {
			problems.add(located.problem("vote", "a vote '" + claim.vote() + "' is stated with relation "
					+ VOTE_RELATIONS.get(claim.vote()) + ", not " + claim.relation()));
		}
		if (claim.urging() != null && (claim.relation() != Relation.URGES || claim.regarding() == null)) {
			problems.add(located.problem("urging", "urging goes with relation URGES and a 'regarding' entity"));
		}
	}

	/** A tally names a known instrument and body, adds up, agrees with the votes its file names, and is quoted. */
	void checkVotes(Map<String, Located<EntityDefinition>> entities, Map<String, SourceDocument> documents,
			List<Located<VoteRecord>> votes, List<Located<ClaimDefinition>> claims, List<Problem> problems) {
		Set<String> ids = new HashSet<>();
		claims.forEach(c -> ids.add(c.value().id()));
		for (var located : votes) {
			VoteRecord vote = located.value();
			if (!ids.add(vote.id())) {
				problems.add(located.problem("id", "duplicate id '" + vote.id() + "' (claim and vote ids share one namespace)"));
			}
			for (String field : List.of("instrument", "body")) {
				String id = field.equals("instrument") ? vote.instrument() : vote.body();
				if (!entities.containsKey(id)) {
					problems.add(located.problem(field, "unknown entity '" + id + "'"));
				}
			}
			if (vote.date() != null && vote.date().isAfter(today)) {
				problems.add(located.problem("date", "date " + vote.date() + " is in the future"));
			}
			if (!normalize(documents.get(vote.source()).text()).contains(normalize(vote.quote()))) {
				problems.add(located.problem("quote", "quote does not occur in the text of '" + vote.source() + "': \""
						+ abbreviate(vote.quote()) + "\""));
			}
			for (String side : VOTE_RELATIONS.keySet()) {
				long named = claims.stream().map(Located::value)
					.filter(c -> side.equals(c.vote()) && c.target().equals(vote.instrument()) && c.source().equals(vote.source()))
					.map(ClaimDefinition::holder).distinct().count();
				int stated = switch (side) {
					case "for" -> vote.votesFor();
					case "against" -> vote.against();
					default -> vote.abstain();
				};
				if (named > stated) {
					problems.add(located.problem(side, "the same document names " + named + " '" + side + "' votes but the tally says " + stated));
				}
			}
		}
	}

	private void checkDates(Located<ClaimDefinition> located, List<Problem> problems) {
		ClaimDefinition claim = located.value();
		if (claim.date() != null && claim.date().isAfter(today)) {
			problems.add(located.problem("date", "date " + claim.date() + " is in the future"));
		}
		if (claim.validFrom() != null && claim.validUntil() != null && claim.validFrom().isAfter(claim.validUntil())) {
			problems.add(located.problem("validUntil", "validUntil " + claim.validUntil() + " is before validFrom " + claim.validFrom()));
		}
	}

	/** Every speaksFor in the entity file is backed by a SPEAKS_FOR claim with a quote. */
	static void checkSpeakersBacked(Map<String, Located<EntityDefinition>> entities, List<Located<ClaimDefinition>> claims,
			List<Problem> problems) {
		Set<String> backed = new HashSet<>();
		for (var claim : claims) {
			if (claim.value().relation() == Relation.SPEAKS_FOR) {
				backed.add(claim.value().holder() + ">" + claim.value().target());
			}
		}
		for (var located : entities.values()) {
			List<String> speaksFor = located.value().speaksFor();
			for (int i = 0; i < speaksFor.size(); i++) {
				if (!backed.contains(located.value().id() + ">" + speaksFor.get(i))) {
					problems.add(located.problem("speaksFor/" + i, "'" + located.value().id() + "' speaks for '" + speaksFor.get(i)
							+ "' but no SPEAKS_FOR claim states it with a quote"));
				}
			}
		}
	}

	private static boolean requireEntity(Map<String, Located<EntityDefinition>> entities, Located<ClaimDefinition> claim,
			String field, String id, List<Problem> problems) {
		if (id == null) {
			return false;
		}
		if (!entities.containsKey(id)) {
			problems.add(claim.problem(field, "unknown entity '" + id + "'"));
			return false;
		}
		return true;
	}

	static String normalize(String text) {
		return WHITESPACE.matcher(text).replaceAll(" ").trim();
	}

	private static String abbreviate(String text) {
		return text.length() <= 80 ? text : text.substring(0, 77) + "...";
	}
}
