package org.stancegraph.database;

import java.util.Set;

import org.neo4j.driver.Logging;
import org.neo4j.driver.NotificationClassification;
import org.springframework.boot.neo4j.autoconfigure.ConfigBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the driver reports, and what it costs to report it. Applied to Spring Boot's driver (external mode) and to the
 * embedded mode's own.
 */
@Configuration(proxyBeanMethods = false)
class DriverDiagnostics {

	/**
	 * The driver logs through SLF4J. Its default, {@code System.Logger}, reaches Logback through the JUL bridge that
	 * Spring Boot opens to every level, so the driver took debug logging to be on and formatted every Bolt message it
	 * sent, a load's thousand-row parameters included, into a line Logback then dropped: a sixth of a load's CPU.
	 * Through SLF4J, Logback's level is asked before anything is formatted.
	 */
	@Bean
	ConfigBuilderCustomizer driverLogsThroughSlf4j() {
		return builder -> builder.withLogging(Logging.slf4j());
	}

	/**
	 * The server does not send "unrecognized" notifications (a label, relationship type or property key the graph does
	 * not hold yet). The queries name every optional property and relation of the vocabulary, and a graph without,
	 * say, a THREATENS claim made each answer carry a dozen of them, which SDN formatted against the query's text
	 * before its logger dropped them: a third of a hub timeline's CPU at 10^6 claims. Deprecation, performance and
	 * the other classes still arrive and are logged.
	 */
	@Bean
	ConfigBuilderCustomizer noUnrecognizedNotifications() {
		return builder -> builder.withDisabledNotificationClassifications(Set.of(NotificationClassification.UNRECOGNIZED));
	}
}
