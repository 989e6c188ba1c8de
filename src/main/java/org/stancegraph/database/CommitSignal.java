package org.stancegraph.database;

import org.neo4j.driver.Driver;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.neo4j.core.DatabaseSelectionProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

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
 * moved). The node is not the load lock itself, which the committing load still holds. The announcement is a lease
 * ({@link CommitLease}): renewed while the commit runs, it lapses within seconds when the committing process dies.
 */
@Component
public class CommitSignal {

	/** What readers compare before and after a read. */
	public record State(long seq, boolean committing) {
	}

	private final CommitLease lease;

	private final java.util.List<Runnable> afterOwnCommit = new java.util.concurrent.CopyOnWriteArrayList<>();

	public CommitSignal(Driver driver, ObjectProvider<DatabaseSelectionProvider> databaseSelection) {
		this.lease = new CommitLease(driver, ReadSessions.database(databaseSelection));
	}

	/**
	 * Announces the commit of the current (Spring-managed) write transaction: raised before it, in a transaction of its
	 * own, lowered after it, whether it commits or rolls back.
	 */
	public void announceCommit() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			private CommitLease.Held held;

			@Override
			public void beforeCommit(boolean readOnly) {
				held = lease.hold();
			}

			@Override
			public void afterCompletion(int status) {
				if (held != null) {
					held.close();
				}
				afterOwnCommit.forEach(Runnable::run);
			}
		});
	}

	/** Runs after each commit (or rollback) of a load of this app, once its announcement is lowered. */
	public void onOwnCommit(Runnable action) {
		afterOwnCommit.add(action);
	}

	/**
	 * The signal as it is now: one auto-commit read on a READ session (in a cluster, a reader, like the read it guards),
	 * one round trip, outside any transaction so that it sees the latest commit.
	 */
	public State state() {
		return lease.state();
	}
}
