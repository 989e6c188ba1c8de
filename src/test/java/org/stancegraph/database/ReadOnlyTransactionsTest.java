package org.stancegraph.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AccessMode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.stancegraph.ApiClient;
import org.stancegraph.StancegraphIntegrationTest;
import org.stancegraph.claims.ClaimLoader;
import org.stancegraph.claims.ClaimValidator;
import org.stancegraph.claims.DatasetFiles;

/** Every read runs in a read transaction (a cluster sends it to a reader); a load runs in a write transaction. */
@StancegraphIntegrationTest
class ReadOnlyTransactionsTest {

	@LocalServerPort
	int port;

	@Autowired
	AccessModeRecorder recorder;

	@Autowired
	ClaimLoader loader;

	ApiClient api;

	@BeforeEach
	void client() {
		api = new ApiClient(port);
	}

	@Test
	void everyReadEndpointOpensOnlyReadSessions() {
		List<String> reads = List.of("/api/entities?q=Turkey", "/api/entities/united-states",
				"/api/targets/resolution-2803/positions", "/api/targets/resolution-2803/positions?asOf=2025-11-10",
				"/api/actors/hamas/stances", "/api/actors/united-states/timeline?target=isf",
				"/api/evidence?actor=israel", "/api/queries/backers-opposing?backing=twenty-point-plan&opposing=turkish-participation-in-isf",
				"/api/votes/resolution-2803", "/api/votes/resolution-2803/divergences", "/api/contradictions",
				"/api/paths?from=hamas&to=israel", "/api/matrix?targets=isf", "/api/export?format=csv");
		for (String read : reads) {
			recorder.clear();
			assertThat(api.get(read, "*/*").status()).as(read).isEqualTo(200);
			assertThat(recorder.modes()).as(read).isNotEmpty().containsOnly(AccessMode.READ);
		}
	}

	@Test
	void aLoadOpensAWriteSession() {
		recorder.clear();
		loader.load(new ClaimValidator().validate(DatasetFiles.fromClasspath("classpath:seeds/")));
		assertThat(recorder.modes()).contains(AccessMode.WRITE);
	}
}
