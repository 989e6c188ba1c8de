package org.stancegraph.bench.naive;

import java.util.List;

import org.springframework.data.neo4j.repository.Neo4jRepository;
import org.springframework.data.repository.NoRepositoryBean;

/**
 * Derived finders: the way an SDN application would first ask the stance questions. Kept out of the application's
 * repository scan ({@link NoRepositoryBean}); {@link NaiveConfiguration} makes it on its own mapping context.
 */
@NoRepositoryBean
public interface ClaimRecords extends Neo4jRepository<ClaimRecord, String> {

	/** Positions on a target: every claim about it, loaded whole. */
	List<ClaimRecord> findAllByTargetId(String target);

	/** An actor's timeline on a target, and the evidence for it: the claims by one about the other. */
	List<ClaimRecord> findAllByHolderIdAndTargetId(String holder, String target);
}
