package org.stancegraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.stancegraph.ApiClient;
import org.stancegraph.ApiClient.Answer;
import org.stancegraph.StancegraphIntegrationTest;

/**
 * Health says the app is ready only when it is: Spring Boot declares readiness after the application runners (the seed
 * load among them), and /actuator/health includes it, so a client or orchestrator waiting for UP does not get 404s for
 * seed ids from a web server that started before the seed was loaded.
 */
@StancegraphIntegrationTest
class ReadinessTest {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@AfterEach
	void ready() {
		AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
	}

	@Test
	void healthIsOutOfServiceUntilTheAppIsReady() {
		ApiClient api = new ApiClient(port);
		Answer ready = api.get("/actuator/health");
		assertThat(ready.status()).isEqualTo(200);
		assertThat(ready.body().at("/components/readinessState/status").asString()).isEqualTo("UP");

		AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
		Answer starting = api.get("/actuator/health");
		assertThat(starting.status()).isEqualTo(503);
		assertThat(starting.body().at("/status").asString()).isEqualTo("OUT_OF_SERVICE");
		assertThat(api.get("/actuator/health/readiness").status()).isEqualTo(503);
		assertThat(api.get("/actuator/health/liveness").status()).isEqualTo(200);
	}
}
