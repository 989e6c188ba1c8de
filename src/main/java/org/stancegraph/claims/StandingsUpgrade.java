package org.stancegraph.claims;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.stancegraph.database.StoreUpgrade;

/** A store loaded before standings were kept gets them from its claims ({@link ClaimLoader#completeStandings()}). */
@Component
class StandingsUpgrade implements StoreUpgrade {

	private static final Logger log = LoggerFactory.getLogger(StandingsUpgrade.class);

	private final ClaimLoader loader;

	StandingsUpgrade(ClaimLoader loader) {
		this.loader = loader;
	}

	@Override
	public void upgrade() {
		int written = loader.completeStandings();
		if (written > 0) {
			log.info("Wrote the standings of {} holders and targets, which this store did not have yet", written);
		}
	}
}
