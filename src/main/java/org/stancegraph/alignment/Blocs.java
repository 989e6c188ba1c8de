package org.stancegraph.alignment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import nl.cwts.networkanalysis.Clustering;
import nl.cwts.networkanalysis.LeidenAlgorithm;
import nl.cwts.networkanalysis.Network;
import nl.cwts.util.LargeDoubleArray;
import nl.cwts.util.LargeIntArray;
import org.stancegraph.alignment.AlignmentViews.AgreementPair;

/**
 * Blocs from the signed agreement graph: actors are nodes, each pair's S score (from -1 to 1) the weight of their edge,
 * a pair with nothing to compare 0. The Leiden algorithm (Traag, Waltman and van Eck 2019, "From Louvain to Leiden:
 * guaranteeing well-connected communities", Scientific Reports 9:5233), in its authors' implementation, with the
 * Constant Potts Model as its objective (Traag, Van Dooren and Nesterov 2011) and every node of weight 1: a grouping
 * scores the agreement inside groups less the resolution for each pair inside a group, so disagreement keeps actors
 * apart (signed, as Traag and Bruggeman 2009 treat positive and negative links) and a group holds together when its
 * members' mean agreement is above the resolution. Modularity would need non-negative weights.
 * <p>
 * The implementation takes non-negative weights only (it finds a merged group's neighbours by their summed weight
 * being non-zero, which signed weights can cancel: found at 10^5 claims), and so does Leiden's guarantee. The same
 * objective is given to it as the agreement rate: every pair weighs (1 + S) / 2, from 0 to 1 (a pair with nothing to
 * compare 1/2), the resolution is (1 + resolution) / 2, and a pair of weight 0 is no edge. Inside a group, the sum of
 * the rates less the new resolution per pair is half the sum of the scores less the resolution per pair: the same
 * grouping scores best.
 * <p>
 * Deterministic: the nodes are numbered in the order given and the algorithm's only randomness is the seeded
 * {@link Random}.
 */
final class Blocs {

	static final String ALGORITHM = "Leiden (Traag, Waltman and van Eck 2019), nl.cwts networkanalysis";
	static final String OBJECTIVE = "Constant Potts Model on the signed agreement graph (edge weight: S, given as the"
			+ " agreement rate (1 + S) / 2 with resolution (1 + resolution) / 2; node weight: 1)";

	private Blocs() {
	}

	/** The blocs of {@code actors}: each a list of their ids in the order given, the largest first, ties by first member. */
	static List<List<String>> find(List<String> actors, List<AgreementPair> pairs, double resolution, long seed) {
		if (actors.isEmpty()) {
			return List.of();
		}
		Map<List<String>, Double> scores = scores(pairs);
		List<int[]> edges = new ArrayList<>();
		List<Double> rates = new ArrayList<>();
		for (int i = 0; i < actors.size(); i++) {
			for (int j = i + 1; j < actors.size(); j++) {
				String first = actors.get(i);
				String second = actors.get(j);
				Double score = scores.get(first.compareTo(second) < 0 ? List.of(first, second) : List.of(second, first));
				double rate = (1 + (score == null ? 0 : score)) / 2;
				if (rate > 0) {
					edges.add(new int[] { i, j });
					rates.add(rate);
				}
			}
		}
		LargeIntArray[] ends = { new LargeIntArray(edges.size()), new LargeIntArray(edges.size()) };
		LargeDoubleArray weights = new LargeDoubleArray(edges.size());
		for (int k = 0; k < edges.size(); k++) {
			ends[0].set(k, edges.get(k)[0]);
			ends[1].set(k, edges.get(k)[1]);
			weights.set(k, rates.get(k));
		}
		Network network = new Network(actors.size(), false, ends, weights, false, true);
		// 0 iterations: improve until an iteration improves nothing
		var leiden = new LeidenAlgorithm((1 + resolution) / 2, 0, LeidenAlgorithm.DEFAULT_RANDOMNESS, new Random(seed));
		Clustering clustering = leiden.findClustering(network);
		List<List<String>> blocs = new ArrayList<>();
		for (int[] members : clustering.getNodesPerCluster()) {
			if (members.length > 0) {
				List<String> ids = new ArrayList<>();
				for (int member : Arrays.stream(members).sorted().toArray()) {
					ids.add(actors.get(member));
				}
				blocs.add(List.copyOf(ids));
			}
		}
		blocs.sort(Comparator.<List<String>>comparingInt(List::size).reversed()
			.thenComparing(bloc -> actors.indexOf(bloc.getFirst())));
		return List.copyOf(blocs);
	}

	/**
	 * Each bloc's cohesion, in the blocs' order: the mean score of its pairs that have one; null when none has (a bloc of
	 * one, or of strangers).
	 */
	static List<Double> cohesions(List<List<String>> blocs, List<AgreementPair> pairs) {
		Map<List<String>, Double> scores = scores(pairs);
		return blocs.stream().map(members -> cohesion(members, scores)).toList();
	}

	private static Double cohesion(List<String> members, Map<List<String>, Double> scores) {
		List<String> sorted = members.stream().sorted().toList();
		List<Double> within = new ArrayList<>();
		for (int i = 0; i < sorted.size(); i++) {
			for (int j = i + 1; j < sorted.size(); j++) {
				Double score = scores.get(List.of(sorted.get(i), sorted.get(j)));
				if (score != null) {
					within.add(score);
				}
			}
		}
		return within.isEmpty() ? null
				: Math.round(within.stream().mapToDouble(Double::doubleValue).average().orElseThrow() * 1000) / 1000.0;
	}

	/** Each pair's score by its two ids in id order (as the matrix gives them), the pairs without one left out. */
	private static Map<List<String>, Double> scores(List<AgreementPair> pairs) {
		Map<List<String>, Double> scores = new HashMap<>();
		pairs.stream().filter(pair -> pair.score() != null).forEach(pair -> scores.put(pair.actors(), pair.score()));
		return scores;
	}
}
