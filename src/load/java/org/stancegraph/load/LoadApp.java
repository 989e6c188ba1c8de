package org.stancegraph.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.neo4j.driver.Driver;
import org.stancegraph.database.CommitSignal;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;
import org.stancegraph.StancegraphApplication;
import org.stancegraph.warmup.PlanWarmUp;

/**
 * The app under load, in this JVM: REST on a free port, the embedded Neo4j on a fresh store with the seed graph
 * loaded, and a writer login made up for this run only, so that the ingest part can POST claim files.
 */
final class LoadApp implements AutoCloseable {

	static final String WRITER = "zz-load-writer";

	private final ConfigurableApplicationContext context;
	private final String writerPassword;
	private final long startMillis;

	private LoadApp(ConfigurableApplicationContext context, String writerPassword, long startMillis) {
		this.context = context;
		this.writerPassword = writerPassword;
		this.startMillis = startMillis;
	}

	static LoadApp start(Path dataDir) {
		try {
			FileSystemUtils.deleteRecursively(dataDir);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		// never printed nor stored: it lives as long as this run
		String password = UUID.randomUUID().toString();
		Map<String, String> properties = new LinkedHashMap<>();
		properties.put("server.port", "0");
		properties.put("stancegraph.neo4j.embedded.data-dir", dataDir.toAbsolutePath().toString());
		properties.put("stancegraph.neo4j.embedded.bolt-port", "0");
		properties.put("stancegraph.seed.enabled", "true");
		// as shipped (the test classpath turns it off): the load meets plans compiled at start, as users do
		properties.put("stancegraph.warm-up.enabled", "true");
		properties.put("stancegraph.security.writer.username", WRITER);
		properties.put("stancegraph.security.writer.password", password);
		properties.put("spring.main.banner-mode", "off");
		properties.put("logging.level.root", "WARN");
		long started = System.nanoTime();
		// as command-line arguments: they win over application.yaml and the test classpath's application.properties
		String[] args = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
		ConfigurableApplicationContext context = new SpringApplicationBuilder(StancegraphApplication.class).run(args);
		return new LoadApp(context, password, (System.nanoTime() - started) / 1_000_000);
	}

	/** The writer's password (not a record component: it must never show up in a toString or the report). */
	String writerPassword() {
		return writerPassword;
	}

	/** From SpringApplication.run to the app serving with the seed graph loaded. */
	long startMillis() {
		return startMillis;
	}

	/** Waits for the app's warm-up to have asked every question once, and says how long that took. */
	PlanWarmUp.Asked awaitWarmUp(Duration patience) throws Exception {
		return context.getBean(PlanWarmUp.class).done().get(patience.toMillis(), TimeUnit.MILLISECONDS);
	}

	int port() {
		return ((WebServerApplicationContext) context).getWebServer().getPort();
	}

	Driver driver() {
		return context.getBean(Driver.class);
	}

	CommitSignal commits() {
		return context.getBean(CommitSignal.class);
	}

	@Override
	public void close() {
		context.close();
	}
}
