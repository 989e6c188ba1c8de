package org.stancegraph;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.stancegraph.cli.StancegraphCommand;

/**
 * Stancegraph: who supports, opposes, abstained on and proposed what, according to which source, as a Neo4j graph.
 * Without arguments it serves (REST API, Neo4j Browser, embedded Neo4j); {@code validate} and {@code load} work
 * on claim files.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
// Mapped entities live in one package; @Node classes elsewhere (the benchmark's naive baseline) stay out of it.
@EntityScan("org.stancegraph.entities")
public class StancegraphApplication {

	public static void main(String[] args) {
		// neo4j-server ships an SLF4J provider of its own; Boot's Logback is the one to use.
		if (System.getProperty("slf4j.provider") == null) {
			System.setProperty("slf4j.provider", "ch.qos.logback.classic.spi.LogbackServiceProvider");
		}
		int exit = StancegraphCommand.run(args);
		if (exit != StancegraphCommand.KEEP_RUNNING) {
			System.exit(exit);
		}
	}
}
