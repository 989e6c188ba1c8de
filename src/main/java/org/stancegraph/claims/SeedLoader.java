package org.stancegraph.claims;

import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads the seed dataset at start (the five source documents the jar carries), idempotently: on a graph that
 * already holds it, nothing is written. Switch off with {@code stancegraph.seed.enabled=false}.
 */
@Component
@Order(0)
@ConditionalOnProperty(name = "stancegraph.seed.enabled", havingValue = "true", matchIfMissing = true)
class SeedLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(SeedLoader.class);

	private final ClaimLoader loader;
	private final String location;

	SeedLoader(ClaimLoader loader, @Value("${stancegraph.seed.location:classpath:seeds/}") String location) {
		this.loader = loader;
		this.location = location;
	}

	@Override
	public void run(ApplicationArguments args) {
		Dataset dataset = location.startsWith("classpath:") ? DatasetFiles.fromClasspath(location)
				: DatasetFiles.fromPath(Path.of(location.replaceFirst("^file:", "")));
		ClaimSet claims = new ClaimValidator().validate(dataset);
		LoadReport report = loader.load(claims);
		log.info("Seed data from {}: {}", location, report);
	}
}
