package org.stancegraph.database;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The commit announcement of {@link CommitSignal} as a lease, on the node {@code (:LoadLock {id: 'commits'})}:
 * {@link #hold()} raises {@code committing} and {@code seq} with an expiry {@link #LEASE} ahead, renews the expiry
 * every {@link #RENEW} while the commit runs, and {@link Held#close()} lowers {@code committing} and raises {@code seq}
 * again. A process killed between announcing and committing renews nothing: its announcement stops counting within
 * {@link #LEASE}, so reads wait for it seconds, not minutes. The expiry is the database's clock, the one every
 * reader compares with.
 */
public final class CommitLease {

	/** How long an announcement counts without renewal. */
	public static final Duration LEASE = Duration.ofSeconds(3);

	/** How often a live committer renews it: three chances within one lease. */
	static final Duration RENEW = LEASE.dividedBy(3);

	private static final Logger log = LoggerFactory.getLogger(CommitLease.class);

	/** A count left over from a lapsed lease (a killed committer) starts afresh. */
	private static final String BEGIN = """
			MERGE (s:LoadLock {id: 'commits'})
			SET s.committing = CASE WHEN s.committingUntil < datetime() THEN 1 ELSE coalesce(s.committing, 0) + 1 END,
			    s.seq = coalesce(s.seq, 0) + 1,
			    s.committingUntil = datetime() + duration({milliseconds: $lease})
			REMOVE s.committingSince
			""";

	private static final String RENEW_LEASE = """
			MATCH (s:LoadLock {id: 'commits'}) WHERE s.committing > 0
			SET s.committingUntil = datetime() + duration({milliseconds: $lease})
			""";

	private static final String END = """
			MATCH (s:LoadLock {id: 'commits'})
			SET s.committing = CASE WHEN s.committing > 0 THEN s.committing - 1 ELSE 0 END,
			    s.seq = s.seq + 1
			""";

	private static final String STATE = """
			OPTIONAL MATCH (s:LoadLock {id: 'commits'})
			RETURN coalesce(s.seq, 0) AS seq,
			       coalesce(s.committing, 0) > 0 AND s.committingUntil >= datetime() AS committing
			""";

	/** One daemon thread renews every lease held in this process. */
	private static final ScheduledExecutorService RENEWALS = Executors.newSingleThreadScheduledExecutor(task -> {
		Thread thread = new Thread(task, "commit-lease");
		thread.setDaemon(true);
		return thread;
	});

	private final Driver driver;
	private final String database;

	/** @param database the database name, or null for the server's default */
	public CommitLease(Driver driver, String database) {
		this.driver = driver;
		this.database = database;
	}

	/** An announced commit: renewed until closed. */
	public final class Held implements AutoCloseable {

		private final ScheduledFuture<?> renewal;

		private Held(ScheduledFuture<?> renewal) {
			this.renewal = renewal;
		}

		/** The commit is over (committed or rolled back): stop renewing, lower the count, move the sequence. */
		@Override
		public void close() {
			renewal.cancel(false);
			write(END);
		}
	}

	/** Announces a commit about to be applied, and keeps the announcement alive until {@link Held#close()}. */
	public Held hold() {
		write(BEGIN);
		return new Held(RENEWALS.scheduleAtFixedRate(this::renew, RENEW.toMillis(), RENEW.toMillis(), TimeUnit.MILLISECONDS));
	}

	/** The signal as it is now: one auto-commit read on a READ session, outside any transaction. */
	public CommitSignal.State state() {
		try (Session session = driver.session(ReadSessions.config(database, AccessMode.READ))) {
			Record row = session.run(STATE).single();
			return new CommitSignal.State(row.get("seq").asLong(), row.get("committing").asBoolean());
		}
	}

	private void renew() {
		try {
			write(RENEW_LEASE);
		}
		catch (RuntimeException ex) {
			// a missed renewal lets the lease run out early: reads stop waiting for this commit, no more
			log.warn("could not renew the commit announcement: {}", ex.getMessage());
		}
	}

	private void write(String cypher) {
		try (Session session = driver.session(ReadSessions.config(database, AccessMode.WRITE))) {
			session.executeWriteWithoutResult(tx -> tx.run(cypher, Map.of("lease", LEASE.toMillis())).consume());
		}
	}
}
