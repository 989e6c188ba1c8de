package org.stancegraph.deploy;

import java.util.List;

import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;

/**
 * {@code mvn -Pcontainers verify}: the integration suite against a Neo4j in a container instead of the embedded
 * server. Active only when the system property {@code stancegraph.test.neo4j=container} is set (the containers
 * profile sets it); otherwise it returns nothing and no Testcontainers class is ever loaded, so the default build
 * needs neither Docker nor the Testcontainers jars. The class that uses Testcontainers
 * ({@code ContainerNeo4jCustomizer}) is compiled in the containers profile only, from src/test/containers/java.
 */
public class ContainerNeo4jCustomizerFactory implements ContextCustomizerFactory {

	static final String PROPERTY = "stancegraph.test.neo4j";

	static final String CUSTOMIZER = "org.stancegraph.deploy.ContainerNeo4jCustomizer";

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		String mode = System.getProperty(PROPERTY, "embedded");
		if (!"container".equals(mode)) {
			return null;
		}
		try {
			return (ContextCustomizer) Class.forName(CUSTOMIZER).getDeclaredConstructor().newInstance();
		}
		catch (ReflectiveOperationException | LinkageError ex) {
			throw new IllegalStateException(PROPERTY + "=container needs the containers profile (mvn -Pcontainers"
					+ " verify): it adds Testcontainers and " + CUSTOMIZER + " to the test classpath", ex);
		}
	}
}
