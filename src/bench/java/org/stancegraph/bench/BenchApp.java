package org.stancegraph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.neo4j.driver.Driver;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;
import org.stancegraph.StancegraphApplication;
import org.stancegraph.database.StoreImport;

/**
 * The application as the benchmark runs it: the real Spring Boot app (REST on a free port, Neo4jClient, SDN, the
 * loader) on a fresh embedded store, or on an external Neo4j given by URI.
 */
final class BenchApp implements AutoCloseable {

	/** The writer the benchmark saves documents as ({@link DocumentBench}); its password is new in every run. */
	static final String WRITER = "bench-writer";
	static final String WRITER_PASSWORD = UUID.randomUUID().toString();

	private final ConfigurableApplicationContext context;
	private final Path dataDir;

	private BenchApp(ConfigurableApplicationContext context, Path dataDir) {
		this.context = context;
		this.dataDir = dataDir;
	}

	/** An embedded Neo4j on a new, empty store in {@code dataDir}. */
	static BenchApp embedded(Path dataDir, Map<String, String> settings) {
		return embedded(dataDir, settings, null);
	}

	/** The same, the store written first by {@code storeImport} when not null, as {@code load} writes a first load. */
	static BenchApp embedded(Path dataDir, Map<String, String> settings, StoreImport storeImport) {
		try {
			FileSystemUtils.deleteRecursively(dataDir);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Map<String, Object> properties = common(settings);
		properties.put("stancegraph.neo4j.embedded.data-dir", dataDir.toString());
		properties.put("stancegraph.neo4j.embedded.bolt-port", "0");
		return new BenchApp(start(properties, storeImport), dataDir);
	}

	/** Any Neo4j by URI; the benchmark empties it first, so it asks for one it may empty. */
	static BenchApp external(String uri, String user, String password, Map<String, String> settings) {
		Map<String, Object> properties = common(settings);
		properties.put("stancegraph.neo4j.mode", "external");
		properties.put("spring.neo4j.uri", uri);
		properties.put("spring.neo4j.authentication.username", user);
		properties.put("spring.neo4j.authentication.password", password);
		BenchApp app = new BenchApp(start(properties, null), null);
		app.emptyDatabase();
		return app;
	}

	/** The benchmark's own settings, then the user's ({@code --app-property}), which win. */
	private static Map<String, Object> common(Map<String, String> settings) {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("server.port", "0");
		properties.put("stancegraph.seed.enabled", "false");
		// the benchmark warms each question up itself and measures the cold ones: no questions of the app's own beside it
		properties.put("stancegraph.warm-up.enabled", "false");
		properties.put("spring.main.banner-mode", "off");
		properties.put("logging.level.root", "WARN");
		properties.put("logging.level.org.springframework.data.neo4j.cypher", "ERROR");
		properties.put("stancegraph.security.writer.username", WRITER);
		properties.put("stancegraph.security.writer.password", WRITER_PASSWORD);
		properties.putAll(settings);
		return properties;
	}

	private static ConfigurableApplicationContext start(Map<String, Object> properties, StoreImport storeImport) {
		// as command-line arguments: they win over application.yaml, as default properties would not
		String[] args = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
		var builder = new SpringApplicationBuilder(StancegraphApplication.class);
		if (storeImport != null) {
			builder.initializers(context -> context.getBeanFactory().registerSingleton("storeImport", storeImport));
		}
		return builder.run(args);
	}

	private void emptyDatabase() {
		try (var session = bean(Driver.class).session()) {
			session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume();
		}
	}

	ConfigurableApplicationContext context() {
		return context;
	}

	<T> T bean(Class<T> type) {
		return context.getBean(type);
	}

	int port() {
		return ((WebServerApplicationContext) context).getWebServer().getPort();
	}

	boolean isEmbedded() {
		return dataDir != null;
	}

	/** Bytes of the store files (without transaction logs), or -1 on an external Neo4j. */
	long storeBytes() {
		return dataDir == null ? -1 : size(dataDir.resolve("data/databases/neo4j"));
	}

	/** Bytes of the transaction logs, or -1 on an external Neo4j. */
	long transactionLogBytes() {
		return dataDir == null ? -1 : size(dataDir.resolve("data/transactions/neo4j"));
	}

	private static long size(Path folder) {
		if (!Files.isDirectory(folder)) {
			return 0;
		}
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		context.close();
	}
}
