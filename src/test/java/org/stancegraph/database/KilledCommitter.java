package org.stancegraph.database;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/**
 * A load that dies between announcing its commit and committing: a process of its own that announces a commit with
 * the app's {@link CommitLease}, keeps renewing it, says "announced" and waits to be killed. Arguments: Bolt URI,
 * user, password.
 */
public final class KilledCommitter {

	private KilledCommitter() {
	}

	public static void main(String[] args) throws InterruptedException {
		Driver driver = GraphDatabase.driver(args[0], AuthTokens.basic(args[1], args[2]));
		new CommitLease(driver, null).hold();
		System.out.println("announced");
		System.out.flush();
		Thread.sleep(Long.MAX_VALUE);
	}
}
