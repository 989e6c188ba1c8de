package org.stancegraph.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.stancegraph.claims.EntityDefinition;

/**
 * Finds where a text names the entities: by each entity's name, aliases and the words of its id, compared as
 * {@link TextAnalysis} normalises them. The longest name wins ("Turkish participation in the ISF" over "ISF"); words
 * that name two entities give a mention of each, marked ambiguous. An alias written in capitals ("US", "PA") is an
 * acronym and names the entity only in capitals, so that "join us" is no mention of the United States.
 */
final class MentionFinder {

	/** A name of an entity, as the text's terms must read. */
	private record Name(String entity, String acronym) {
	}

	private final Map<List<String>, List<Name>> names = new HashMap<>();
	private final int longest;

	MentionFinder(List<EntityDefinition> entities) {
		int max = 1;
		for (EntityDefinition entity : entities) {
			Set<String> spellings = new LinkedHashSet<>();
			spellings.add(entity.name());
			spellings.addAll(entity.aliases());
			spellings.add(entity.id().replace('-', ' '));
			for (String spelling : spellings) {
				List<String> terms = TextAnalysis.terms(spelling);
				if (terms.isEmpty()) {
					continue;
				}
				List<Name> named = names.computeIfAbsent(terms, t -> new ArrayList<>());
				Name name = new Name(entity.id(), acronym(spelling));
				if (named.stream().noneMatch(n -> n.entity().equals(entity.id()) && n.acronym() == null)) {
					named.removeIf(n -> n.entity().equals(entity.id()));
					named.add(name);
				}
				max = Math.max(max, terms.size());
			}
		}
		this.longest = max;
	}

	/** The letters of an alias written in capitals ("US" of "U.S."), else null. */
	private static String acronym(String spelling) {
		String letters = spelling.replaceAll("[^\\p{L}]", "");
		return letters.length() >= 2 && letters.length() <= 6 && letters.equals(letters.toUpperCase()) ? letters : null;
	}

	List<Mention> find(String text, List<TextAnalysis.Token> tokens) {
		List<Mention> mentions = new ArrayList<>();
		List<String> terms = tokens.stream().map(TextAnalysis.Token::term).toList();
		int i = 0;
		while (i < tokens.size()) {
			int matched = 0;
			for (int length = Math.min(longest, tokens.size() - i); length > 0 && matched == 0; length--) {
				List<Name> named = names.get(terms.subList(i, i + length));
				if (named == null) {
					continue;
				}
				int start = tokens.get(i).start();
				int end = tokens.get(i + length - 1).end();
				String surface = text.substring(start, end);
				String letters = surface.replaceAll("[^\\p{L}]", "");
				List<String> entities = named.stream().filter(n -> n.acronym() == null || n.acronym().equals(letters))
					.map(Name::entity).distinct().toList();
				if (entities.isEmpty()) {
					continue;
				}
				for (String entity : entities) {
					mentions.add(new Mention(entity, start, end, surface, entities.size() > 1));
				}
				matched = length;
			}
			i += Math.max(1, matched);
		}
		return mentions;
	}
}
