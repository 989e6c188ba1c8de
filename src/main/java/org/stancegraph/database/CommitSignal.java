package org.stancegraph.database;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.neo4j.core.DatabaseSelectionProvider;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Lets readers tell whether a load's commit overlapped their read. Neo4j reads are read-committed: a commit is
 * applied to the store while readers traverse it, so one statement can see part of it (an edge deleted under it, its
 * type and properties gone) and two statements of one read can see different states.
 * <p>
 * A sequence lock, kept on the node {@code (:LoadLock {id: 'commits'})}: just before a load commits,
 * {@link #announceCommit()} raises {@code committing} and {@code seq} in a transaction of their own, and after the
 * commit (or rollback) lowers {@code committing} and raises {@code seq} again. A read that began with no commit under
 * way and ends with the same {@code seq} saw no commit's middle: any commit that overlapped it was announced before
 * it was applied, so either before the read began (then {@code committing} was up) or during it (then {@code seq}
 * moved). The node is not the load lock itself, which the committing load still holds.
 */
@Component
public class CommitSignal {

	/** What readers compare before and after a read. */
	public record State(long seq, boolean committing) {
	}

	private final Neo4jClient neo4j;
	private final TransactionTemplate separately;
	private final Driver driver;
	private final ObjectProvider<DatabaseSelectionProvider> databaseSelection;

	public CommitSignal(Neo4jClient neo4j, PlatformTransactionManager transactionManager, Driver driver,
			ObjectProvider<DatabaseSelectionProvider> databaseSelection) {
		this.neo4j = neo4j;
		this.driver = driver;
		this.databaseSelection = databaseSelection;
		this.separately = new TransactionTemplate(transactionManager);
		// a transaction of its own, committed at once, also when called from the load's commit
		this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** A commit announced more than 10 minutes ago was cut off (a process killed): the count starts afresh. */
	private static final String BEGIN = """
			MERGE (s:LoadLock {id: 'commits'})
			SET s.committing = CASE WHEN s.committingSince < datetime() - duration('PT10M') THEN 1
			                        ELSE coalesce(s.committing, 0) + 1 END,
			    s.seq = coalesce(s.seq, 0) + 1,
			    s.committingSince = datetime()
			""";

	private static final String END = """
			MATCH (s:LoadLock {id: 'commits'})
			SET s.committing = CASE WHEN s.committing > 0 THEN s.committing - 1 ELSE 0 END,
			    s.seq = s.seq + 1
			""";

	/**
	 * Announces the commit of the current (Spring-managed) write transaction: raised before it, lowered after it,
	 * whether it commits or rolls back.
	 */
	public void announceCommit() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			private boolean announced;

			@Override
			public void beforeCommit(boolean readOnly) {
				separately.executeWithoutResult(status -> neo4j.query(BEGIN).run());
				announced = true;
			}

			@Override
			public void afterCompletion(int status) {
				if (announced) {
					separately.executeWithoutResult(s -> neo4j.query(END).run());
				}
			}
		});
	}

	private static final String STATE = """
			OPTIONAL MATCH (s:LoadLock {id: 'commits'})
			RETURN coalesce(s.seq, 0) AS seq,
			       coalesce(s.committing, 0) > 0 AND s.committingSince >= datetime() - duration('PT10M') AS committing
			""";

	/**
	 * The signal as it is now: one auto-commit read on a READ session (in a cluster, a reader, like the read it guards),
	 * one round trip, outside any transaction so that it sees the latest commit.
	 */
	public State state() {
		try (Session session = driver.session(ReadSessions.config(databaseSelection))) {
			Record row = session.run(STATE).single();
			return new State(row.get("seq").asLong(), row.get("committing").asBoolean());
		}
	}
}
