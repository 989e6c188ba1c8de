package org.stancegraph.bench.naive;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.neo4j.repository.Neo4jRepository;
import org.springframework.data.repository.NoRepositoryBean;

/**
 * Derived finders: the way an SDN application would first ask the stance questions. Kept out of the application's
 * repository scan ({@link NoRepositoryBean}); {@link NaiveConfiguration} makes it on its own mapping context.
 */
@NoRepositoryBean
public interface ClaimRecords extends Neo4jRepository<ClaimRecord, String> {

	/** Positions on a target: a page of the claims about it, loaded whole, and SDN's count query for the total. */
	Page<ClaimRecord> findAllByTargetId(String target, Pageable page);

	/** An actor's timeline on a target, and the evidence for it: a page of the claims by one about the other. */
	Page<ClaimRecord> findAllByHolderIdAndTargetId(String holder, String target, Pageable page);
}
