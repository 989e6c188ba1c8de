package org.stancegraph.deploy;

import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.AnnotatedBeanDefinitionReader;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;
import org.stancegraph.database.EmbeddedBolt;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.neo4j.Neo4jContainer;

/**
 * Puts the app of an integration test on one Neo4j container per test JVM (started on first use, removed by
 * Testcontainers' Ryuk at the end): external mode, the driver from {@code @ServiceConnection}. Compiled and used only
 * in the containers profile; see {@link ContainerNeo4jCustomizerFactory}.
 */
class ContainerNeo4jCustomizer implements ContextCustomizer {

	static final String IMAGE = "neo4j:2026.08.1-community";

	/** A password of this run only: the container is reachable from this machine while the suite runs. */
	static final String PASSWORD = "pw-" + java.util.UUID.randomUUID();

	static final String NO_DOCKER = "The containers profile needs a Docker engine: none found (DOCKER_HOST /"
			+ " /var/run/docker.sock). Run mvn verify for the embedded suite.";

	private static Neo4jContainer shared;

	static synchronized Neo4jContainer container() {
		if (shared == null) {
			if (!DockerClientFactory.instance().isDockerAvailable()) {
				throw new IllegalStateException(NO_DOCKER);
			}
			// With auth, as the embedded server has it; tests that open a Bolt session of their own get the password
			// from the EmbeddedBolt below, the app's driver from the service connection.
			Neo4jContainer container = new Neo4jContainer(IMAGE).withAdminPassword(PASSWORD)
				.withEnv("NEO4J_dbms_usage__report_enabled", "false")
				.withEnv("NEO4J_client_allow__telemetry", "false");
			container.start();
			shared = container;
		}
		return shared;
	}

	@Override
	public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
		Neo4jContainer neo4j = container();
		TestPropertyValues.of("stancegraph.neo4j.mode=external", "spring.neo4j.uri=" + neo4j.getBoltUrl())
			.applyTo(context);
		new AnnotatedBeanDefinitionReader((BeanDefinitionRegistry) context.getBeanFactory())
			.register(ContainerNeo4jConfiguration.class);
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class ContainerNeo4jConfiguration {

		/** The shared container: not stopped with a context, since every cached context uses it. */
		@Bean(destroyMethod = "")
		@ServiceConnection
		Neo4jContainer neo4jContainer() {
			return container();
		}

		/**
		 * Tests that connect to "the" Bolt address themselves get the container's: in external mode there is no
		 * embedded server to publish one.
		 */
		@Bean
		EmbeddedBolt containerBolt() {
			Neo4jContainer neo4j = container();
			return new EmbeddedBolt(neo4j.getHost(), neo4j.getMappedPort(7687), "neo4j", PASSWORD);
		}
	}

	@Override
	public boolean equals(Object other) {
		return other != null && other.getClass() == getClass();
	}

	@Override
	public int hashCode() {
		return getClass().hashCode();
	}
}
