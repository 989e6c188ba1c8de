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
 * a pair with nothing to compare no edge. The Leiden algorithm (Traag, Waltman and van Eck 2019, "From Louvain to
 * Leiden: guaranteeing well-connected communities", Scientific Reports 9:5233), in its authors' implementation, with
 * the Constant Potts Model as its objective (Traag, Van Dooren and Nesterov 2011) and every node of weight 1: a
 * grouping scores the weights inside groups less the resolution for each pair inside a group, so negative agreement
 * keeps actors apart (signed, as Traag and Bruggeman 2009 treat positive and negative links) and a group holds
 * together when its members' mean agreement is above the resolution. Modularity would need non-negative weights.
 * Deterministic: the nodes are numbered in the order given and the algorithm's only randomness is the seeded
 * {@link Random}.
 */
final class Blocs {

	static final String ALGORITHM = "Leiden (Traag, Waltman and van Eck 2019), nl.cwts networkanalysis";
	static final String OBJECTIVE = "Constant Potts Model on the signed agreement graph (edge weight: S; node weight: 1)";

	private Blocs() {
	}

	/** The blocs of {@code actors}: each a list of their ids in the order given, the largest first, ties by first member. */
	static List<List<String>> find(List<String> actors, List<AgreementPair> pairs, double resolution, long seed) {
		if (actors.isEmpty()) {
			return List.of();
		}
		Map<String, Integer> node = new HashMap<>();
		for (int i = 0; i < actors.size(); i++) {
			node.put(actors.get(i), i);
		}
		List<AgreementPair> weighted = pairs.stream().filter(p -> p.score() != null && p.score() != 0).toList();
		LargeIntArray[] edges = { new LargeIntArray(weighted.size()), new LargeIntArray(weighted.size()) };
		LargeDoubleArray weights = new LargeDoubleArray(weighted.size());
		for (int k = 0; k < weighted.size(); k++) {
			AgreementPair pair = weighted.get(k);
			edges[0].set(k, node.get(pair.actors().get(0)));
			edges[1].set(k, node.get(pair.actors().get(1)));
			weights.set(k, pair.score());
		}
		Network network = new Network(actors.size(), false, edges, weights, false, true);
		// 0 iterations: improve until an iteration improves nothing
		var leiden = new LeidenAlgorithm(resolution, 0, LeidenAlgorithm.DEFAULT_RANDOMNESS, new Random(seed));
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
}
