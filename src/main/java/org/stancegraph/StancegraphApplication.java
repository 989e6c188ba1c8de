package org.stancegraph;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Stancegraph: who supports, opposes, abstained on and proposed what, according to which source, as a Neo4j graph.
 * The Spring application; the program starts at the command line ({@code cli.StancegraphCommand#main}), which
 * serves it (REST API, Neo4j Browser, embedded Neo4j) or starts its database only for a command.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
// Mapped entities live in one package; @Node classes elsewhere (the benchmark's naive baseline) stay out of it.
@EntityScan("org.stancegraph.entities")
public class StancegraphApplication {
}
