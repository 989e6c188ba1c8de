package org.stancegraph.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.stancegraph.StancegraphIntegrationTest;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

/**
 * The app's driver logs through SLF4J ({@link DriverLogging}): with its debug level off it hands nothing to
 * java.util.logging (where it used to format a debug line for every Bolt message), and with it on, its debug lines
 * reach Logback.
 */
@StancegraphIntegrationTest
class DriverLoggingTest {

	@Autowired
	Driver driver;

	@Test
	void theDriverHandsNoDebugLineToJavaUtilLogging() {
		check(driver);
	}

	/** Also run against Spring Boot's own driver, in external mode ({@code ExternalModeTest}). */
	static void check(Driver driver) {
		List<String> records = new CopyOnWriteArrayList<>();
		Handler handler = new Handler() {
			@Override
			public void publish(LogRecord record) {
				if (record.getLoggerName() != null && record.getLoggerName().startsWith("org.neo4j")) {
					records.add(record.getLevel() + " " + record.getLoggerName() + ": " + record.getMessage());
				}
			}

			@Override
			public void flush() {
			}

			@Override
			public void close() {
			}
		};
		java.util.logging.Logger julRoot = java.util.logging.Logger.getLogger("");
		Logger neo4j = (Logger) LoggerFactory.getLogger("org.neo4j");
		Level level = neo4j.getLevel();
		ListAppender<ILoggingEvent> events = new ListAppender<>();
		events.start();
		julRoot.addHandler(handler);
		try {
			runQuery(driver);
			assertThat(records).as("driver log records that went through java.util.logging").isEmpty();

			neo4j.addAppender(events);
			neo4j.setLevel(Level.DEBUG);
			runQuery(driver);
			assertThat(events.list).as("the driver's debug lines, in Logback once its level says so")
				.anyMatch(e -> e.getLevel() == Level.DEBUG && e.getLoggerName().startsWith("org.neo4j.")
						&& e.getFormattedMessage().contains("RETURN 1 AS one"));
			assertThat(records).isEmpty();
		}
		finally {
			julRoot.removeHandler(handler);
			neo4j.setLevel(level);
			neo4j.detachAppender(events);
		}
	}

	private static void runQuery(Driver driver) {
		try (var session = driver.session()) {
			assertThat(session.run("RETURN 1 AS one").single().get("one").asInt()).isEqualTo(1);
		}
	}
}
