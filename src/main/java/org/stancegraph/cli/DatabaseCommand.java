package org.stancegraph.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.stancegraph.database.StoreImport;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * A command that works on the database the Spring options (passed through) choose: it runs with the app's beans
 * ({@link StancegraphCommand#databaseOnly()}) and exits 2 when that database cannot be reached.
 */
abstract class DatabaseCommand implements Callable<Integer> {

	@Unmatched
	List<String> springArguments = new ArrayList<>();

	@Spec
	CommandSpec spec;

	/** What a command does with the app's beans; writing its answer to a file may fail. */
	@FunctionalInterface
	interface Work {
		int run(ConfigurableApplicationContext context) throws IOException;
	}

	int withDatabase(Work work) throws IOException {
		return withDatabase(null, work);
	}

	/**
	 * With {@code storeImport} among the app's beans, when not null: an embedded store that holds no graph yet is
	 * written by it before the database starts.
	 */
	int withDatabase(StoreImport storeImport, Work work) throws IOException {
		SpringApplication app = StancegraphCommand.databaseOnly();
		if (storeImport != null) {
			app.addInitializers(context -> context.getBeanFactory().registerSingleton("storeImport", storeImport));
		}
		try (ConfigurableApplicationContext context = app.run(springArguments.toArray(String[]::new))) {
			return work.run(context);
		}
		catch (RuntimeException ex) {
			if (causedBy(ex, ServiceUnavailableException.class) || causedBy(ex, AuthenticationException.class)) {
				spec.commandLine().getErr().println("Cannot reach the database: " + rootMessage(ex));
				return StancegraphCommand.DATABASE_UNREACHABLE;
			}
			return failed(ex);
		}
	}

	/**
	 * Any other failure to start or to work: rethrown, so picocli prints it and exits 1, unless a command can say
	 * what went wrong and returns its exit code.
	 */
	int failed(RuntimeException ex) {
		throw ex;
	}

	/** Whether {@code ex} or one of its causes is a {@code type}. */
	static boolean causedBy(Throwable ex, Class<? extends Throwable> type) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (type.isInstance(t)) {
				return true;
			}
		}
		return false;
	}

	/** The message of the innermost cause: the one that says what happened (Spring's wrap it in bean names). */
	static String rootMessage(Throwable ex) {
		Throwable t = ex;
		while (t.getCause() != null) {
			t = t.getCause();
		}
		return t.getMessage();
	}
}
