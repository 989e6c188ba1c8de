package org.stancegraph;

import java.util.stream.Stream;

import org.stancegraph.database.EmbeddedBolt;

/** Command-line arguments that point a second app (a CLI run) at the suite's Neo4j as an external server. */
public final class ExternalMode {

	private ExternalMode() {
	}

	/** The command and its own arguments first, then the database. */
	public static String[] args(EmbeddedBolt bolt, String... command) {
		return Stream.concat(Stream.of(command), Stream.of(database(bolt))).toArray(String[]::new);
	}

	private static String[] database(EmbeddedBolt bolt) {
		return new String[] { "--stancegraph.neo4j.mode=external", "--spring.neo4j.uri=" + bolt.uri(),
				"--spring.neo4j.authentication.username=" + bolt.username(),
				"--spring.neo4j.authentication.password=" + bolt.password() };
	}
}
