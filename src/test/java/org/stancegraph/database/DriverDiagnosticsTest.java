package org.stancegraph.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.NotificationCategory;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.stancegraph.StancegraphIntegrationTest;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

/**
 * What the app's driver reports ({@link DriverDiagnostics}): its logs go through SLF4J, so with its debug level off it
 * hands nothing to java.util.logging (where it used to format a debug line for every Bolt message), and with it on, its
 * debug lines reach Logback; the server sends no notification of a name the graph does not hold, and still sends the
 * others.
 */
@StancegraphIntegrationTest
class DriverDiagnosticsTest {

	@Autowired
	Driver driver;

	@Test
	void theDriverHandsNoDebugLineToJavaUtilLogging() {
		checkLogging(driver);
	}

	@Test
	void theServerSendsNoNotificationOfANameTheGraphDoesNotHold() {
		checkNotifications(driver);
	}

	/** Also run against Spring Boot's own driver, in external mode ({@code ExternalModeTest}). */
	static void check(Driver driver) {
		checkLogging(driver);
		checkNotifications(driver);
	}

	private static void checkNotifications(Driver driver) {
		try (var session = driver.session()) {
			var unrecognized = session.run("MATCH (x:NoSuchLabel)-[:NO_SUCH_TYPE]->() RETURN x.noSuchProperty AS p").consume();
			assertThat(unrecognized.notifications()).as("notifications of a missing label, type and property").isEmpty();
			// a cartesian product: a performance notification, which still arrives
			var performance = session.run("MATCH (a:Entity), (b:Entity) RETURN count(*) AS pairs").consume();
			assertThat(performance.notifications()).as("notifications of a cartesian product")
				.anyMatch(n -> n.category().equals(Optional.of(NotificationCategory.PERFORMANCE)));
		}
	}

	private static void checkLogging(Driver driver) {
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
