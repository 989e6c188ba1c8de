package org.stancegraph.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.stancegraph.bench.SyntheticCorpus.Shape;
import org.stancegraph.claims.ClaimDefinition;
import org.stancegraph.claims.ClaimSet;
import org.stancegraph.graph.Relation;

/**
 * The arguments the queries are asked with, in two classes: hubs (the ten highest-ranked actors and targets, which
 * carry a large share of the claims) and rarely-connected nodes (actors and targets from the lower half of the
 * ranking that do have claims). Drawn from the loaded claims, deterministically.
 */
record Parameters(List<String> actors, List<String> targets, List<List<String>> actorTargetPairs,
		List<List<String>> backingOpposingPairs, List<List<String>> actorPairs, List<String> matrixActors,
		List<String> matrixTargets) {

	static final int HUBS = 10;
	private static final int MAX = 200;

	static Map<String, Parameters> draw(ClaimSet set, Shape shape, long seed) {
		return Map.of("hub", draw(set, shape, seed, true), "rare", draw(set, shape, seed, false));
	}

	private static Parameters draw(ClaimSet set, Shape shape, long seed, boolean hubs) {
		Predicate<String> actor = id -> hubs ? rank(id, shape) < HUBS : rank(id, shape) >= shape.actors() / 2;
		Predicate<String> target = id -> hubs ? rank(id, shape) < HUBS : rank(id, shape) >= shape.stanceTargets() / 2;
		List<ClaimDefinition> stances = set.claims().stream()
			.filter(c -> c.relation().isStance() && actor.test(c.holder()) && target.test(c.target()))
			.collect(Collectors.toCollection(ArrayList::new));
		Collections.shuffle(stances, new Random(seed));

		List<List<String>> pairs = distinct(stances.stream().map(c -> List.of(c.holder(), c.target())).toList());
		List<String> actors = distinct(stances.stream().map(ClaimDefinition::holder).toList());
		List<String> targets = distinct(stances.stream().map(ClaimDefinition::target).toList());

		// backers of one target who oppose another: real combinations where there are any
		Map<String, List<ClaimDefinition>> byHolder = stances.stream().collect(Collectors.groupingBy(ClaimDefinition::holder));
		List<List<String>> backingOpposing = new ArrayList<>();
		byHolder.values().forEach(claims -> claims.stream().filter(c -> c.relation() == Relation.SUPPORTS).findFirst()
			.ifPresent(s -> claims.stream().filter(c -> c.relation() == Relation.OPPOSES && !c.target().equals(s.target()))
				.findFirst().ifPresent(o -> backingOpposing.add(List.of(s.target(), o.target())))));
		for (int i = 0; backingOpposing.size() < 20 && i + 1 < targets.size(); i += 2) {
			backingOpposing.add(List.of(targets.get(i), targets.get(i + 1)));
		}
		List<List<String>> actorPairs = new ArrayList<>();
		for (int i = 0; i + 1 < actors.size() && actorPairs.size() < MAX; i += 2) {
			actorPairs.add(List.of(actors.get(i), actors.get(i + 1)));
		}
		List<String> matrixActors = hubs ? ranked("actor", 50) : actors.stream().limit(50).toList();
		List<String> matrixTargets = hubs ? rankedTargets(shape, 50) : targets.stream().limit(50).toList();
		return new Parameters(limit(actors), limit(targets), limit(pairs), limit(distinct(backingOpposing)),
				limit(actorPairs), matrixActors, matrixTargets);
	}

	/** The Zipf rank the generator gave the id: actor-0000003 is 3; instruments rank after propositions. */
	static int rank(String id, Shape shape) {
		int number = Integer.parseInt(id.substring(id.lastIndexOf('-') + 1));
		return id.startsWith("instrument-") ? shape.propositions() + number : number;
	}

	private static List<String> ranked(String kind, int n) {
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			ids.add(SyntheticCorpus.id(kind, i));
		}
		return ids;
	}

	private static List<String> rankedTargets(Shape shape, int n) {
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < Math.min(n, shape.stanceTargets()); i++) {
			ids.add(shape.stanceTarget(i));
		}
		return ids;
	}

	private static <T> List<T> distinct(List<T> items) {
		Set<T> set = new LinkedHashSet<>(items);
		return List.copyOf(set);
	}

	private static <T> List<T> limit(List<T> items) {
		if (items.isEmpty()) {
			throw new IllegalStateException("no parameters could be drawn: the corpus is too small");
		}
		return items.stream().limit(MAX).toList();
	}
}
