package org.stancegraph;

import java.util.Map;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingInitializationContext;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.logging.LoggingSystemProperty;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * The suite's logging, as the shared context set it up. A command run in this JVM (the {@code cli} profile: stderr,
 * warnings only) reconfigures the one logging system of the JVM, and nothing restores it in a test run: a command's
 * real process simply ends. Tests that run commands put it back after them; tests that read the log set it first.
 */
public final class SuiteLogging {

	private SuiteLogging() {
	}

	public static void restore(ConfigurableEnvironment environment) {
		// the command's threshold (WARN) stays behind as a system property, which the suite's environment does not set
		System.clearProperty(LoggingSystemProperty.CONSOLE_THRESHOLD.getEnvironmentVariableName());
		LoggingSystem system = LoggingSystem.get(SuiteLogging.class.getClassLoader());
		system.cleanUp();
		system.beforeInitialize();
		system.initialize(new LoggingInitializationContext(environment), null, null);
		Binder.get(environment)
			.bind("logging.level", Bindable.mapOf(String.class, LogLevel.class))
			.orElse(Map.of())
			.forEach((name, level) -> system.setLogLevel("root".equalsIgnoreCase(name) ? null : name, level));
	}
}
