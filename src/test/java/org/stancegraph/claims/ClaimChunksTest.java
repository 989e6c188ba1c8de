package org.stancegraph.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.stancegraph.graph.Relation;

/** How a large load is cut into transactions: never through the claims of one holder and target. */
class ClaimChunksTest {

	@Test
	void theClaimsOfOneHolderAndTargetShareAChunkAndChunksStayNearTheirSize() {
		var a = claim("a", "israel", Relation.OPPOSES, "turkish-participation");
		var b = claim("b", "hamas", Relation.OPPOSES, "resolution-2803");
		// another relation of the same pair: its standing weighs both
		var c = claim("c", "israel", Relation.SUPPORTS, "turkish-participation");
		var d = claim("d", "russia", Relation.ABSTAINED, "resolution-2803");

		assertThat(ClaimLoader.chunksByPair(List.of(a, b, c, d), 2)).containsExactly(List.of(a, c), List.of(b, d));
		// a pair with more claims than the chunk size stays whole
		assertThat(ClaimLoader.chunksByPair(List.of(a, c, b), 1)).containsExactly(List.of(a, c), List.of(b));
		assertThat(ClaimLoader.chunksByPair(List.of(a, b, c, d), 10)).containsExactly(List.of(a, c, b, d));
	}

	private static ClaimDefinition claim(String id, String holder, Relation relation, String target) {
		return new ClaimDefinition(id, "doc", holder, relation, target, LocalDate.of(2025, 11, 17), null, Attribution.unstated(), null, null,
				null, null, null, null, null, List.of(new Evidence("doc", "quote " + id)), "doc.yaml", Qualifiers.none(null));
	}
}
