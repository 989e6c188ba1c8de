package org.stancegraph.database;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Transaction;
import org.neo4j.graphdb.event.TransactionData;
import org.neo4j.graphdb.event.TransactionEventListenerAdapter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.neo4j.core.DatabaseSelectionProvider;
import org.springframework.stereotype.Component;

/**
 * The graph's version as the app knows it without asking the database: a token that changes with every commit, so
 * that answers can be keyed on it, and the state a read guard compares ({@link #state()}). Embedded, Neo4j tells the
 * app of each commit in-process (a transaction event listener, called before the commit returns to its caller), so
 * the token is exact and costs nothing. Against an
 * external server or a cluster other apps commit too: the token is then the commit signal's sequence, which every
 * Stancegraph load moves, read at most once per {@code stancegraph.answers.version-ttl} (1 s by default) and at once
 * after this app's own loads; a load through another app instance is seen that much later.
 */
@Component
public class GraphVersion {

	/**
	 * This start of the app: the counters begin at 0 at every start, so a token of an earlier start must never come
	 * back (a client holding its ETag would be told "not modified" about another graph).
	 */
	private final String epoch = Long.toString(System.currentTimeMillis(), 36) + Long.toString(new java.util.Random().nextInt(1 << 20), 36);

	private final AtomicLong local = new AtomicLong();
	/** Embedded: transactions between their beforeCommit and their afterCommit or afterRollback. */
	private final AtomicLong inFlight = new AtomicLong();
	private final CommitSignal commits;
	private final boolean inProcess;
	private final long ttlNanos;
	private volatile long polledAt;
	private volatile long polledSeq = -1;

	public GraphVersion(ObjectProvider<DatabaseManagementService> embedded, ObjectProvider<DatabaseSelectionProvider> selection,
			CommitSignal commits, @Value("${stancegraph.answers.version-ttl:1s}") Duration ttl) {
		this.commits = commits;
		this.ttlNanos = ttl.toNanos();
		DatabaseManagementService dbms = embedded.getIfAvailable();
		this.inProcess = dbms != null;
		if (dbms != null) {
			String configured = ReadSessions.database(selection);
			String name = configured == null ? GraphDatabaseSettings.DEFAULT_DATABASE_NAME : configured;
			// a sequence lock in memory, as CommitSignal keeps one in the graph: raised before a commit is applied,
			// lowered after; both move the version (Neo4j calls these for transactions that change something)
			dbms.registerTransactionEventListener(name, new TransactionEventListenerAdapter<Object>() {

				@Override
				public Object beforeCommit(TransactionData data, Transaction transaction, GraphDatabaseService database) {
					inFlight.incrementAndGet();
					local.incrementAndGet();
					return null;
				}

				@Override
				public void afterCommit(TransactionData data, Object state, GraphDatabaseService database) {
					local.incrementAndGet();
					inFlight.decrementAndGet();
				}

				@Override
				public void afterRollback(TransactionData data, Object state, GraphDatabaseService database) {
					local.incrementAndGet();
					inFlight.decrementAndGet();
				}
			});
		}
		else {
			commits.onOwnCommit(this::committedHere);
		}
	}

	/** The version now: equal tokens mean no commit in between (externally: none through a Stancegraph load). */
	public String current() {
		if (inProcess) {
			return epoch + "." + local.get();
		}
		long now = System.nanoTime();
		if (polledSeq < 0 || now - polledAt > ttlNanos) {
			polledSeq = commits.state().seq();
			polledAt = now;
		}
		return epoch + "." + polledSeq + "." + local.get();
	}

	/**
	 * What a read guard compares before and after a read: embedded, the in-memory sequence lock, no round trip; else
	 * the commit signal in the graph, one round trip ({@link CommitSignal#state()}).
	 */
	public CommitSignal.State state() {
		if (!inProcess) {
			return commits.state();
		}
		boolean committing = inFlight.get() > 0;
		return new CommitSignal.State(local.get(), committing);
	}

	/** External: this app's own load is seen at the next request, not a poll later. */
	private void committedHere() {
		local.incrementAndGet();
		polledSeq = -1;
	}
}
