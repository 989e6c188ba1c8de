package org.stancegraph;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextCustomizerFactories;
import org.stancegraph.database.AccessModeRecorder;
import org.stancegraph.deploy.ContainerNeo4jCustomizerFactory;

/**
 * The whole app on a real embedded Neo4j with the seed graph loaded, on free ports and a fresh store. Every test
 * class with this annotation shares one Spring context, so the embedded server starts once per suite. The app's
 * driver records the access mode of every session it opens ({@link AccessModeRecorder}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"stancegraph.neo4j.embedded.bolt-port=0",
		"stancegraph.neo4j.embedded.data-dir=target/test-neo4j/${random.uuid}" })
@Import(AccessModeRecorder.class)
// with -Pcontainers (and only then) the suite runs against Neo4j in a container instead of the embedded server
@ContextCustomizerFactories(ContainerNeo4jCustomizerFactory.class)
public @interface StancegraphIntegrationTest {
}
