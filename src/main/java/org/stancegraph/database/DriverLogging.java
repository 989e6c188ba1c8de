package org.stancegraph.database;

import org.neo4j.driver.Logging;
import org.springframework.boot.neo4j.autoconfigure.ConfigBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The driver logs through SLF4J. Its default, {@code System.Logger}, reaches Logback through the JUL bridge that
 * Spring Boot opens to every level, so the driver took debug logging to be on and formatted every Bolt message it
 * sent, a load's thousand-row parameters included, into a line Logback then dropped: a sixth of a load's CPU. Through
 * SLF4J, Logback's level is asked before anything is formatted. Applied to Spring Boot's driver (external mode) and to
 * the embedded mode's own.
 */
@Configuration(proxyBeanMethods = false)
class DriverLogging {

	@Bean
	ConfigBuilderCustomizer driverLogsThroughSlf4j() {
		return builder -> builder.withLogging(Logging.slf4j());
	}
}
