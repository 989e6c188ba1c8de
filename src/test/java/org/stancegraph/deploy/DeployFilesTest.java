package org.stancegraph.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.stancegraph.database.StancegraphNeo4jProperties;

import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * docker-compose.yml, the Dockerfile and .env.example checked statically against each other and against the
 * app's properties (no Docker engine runs in CI).
 */
class DeployFilesTest {

	private static final YAMLMapper YAML = new YAMLMapper();

	private static JsonNode compose() {
		return YAML.readTree(read("docker-compose.yml"));
	}

	private static String read(String file) {
		try {
			return Files.readString(Path.of(file));
		}
		catch (IOException ex) {
			throw new IllegalStateException(file + " cannot be read", ex);
		}
	}

	private static int serverPort() {
		JsonNode port = YAML.readTree(read("src/main/resources/application.yaml")).path("server").path("port");
		return port.isMissingNode() ? 8080 : port.asInt();
	}

	private static Map<String, String> environment(JsonNode service) {
		Map<String, String> env = new LinkedHashMap<>();
		JsonNode node = service.path("environment");
		if (node.isArray()) {
			node.forEach(e -> {
				String[] kv = e.asString().split("=", 2);
				env.put(kv[0], kv.length > 1 ? kv[1] : "");
			});
		}
		else {
			node.properties().forEach(e -> env.put(e.getKey(), e.getValue().asString()));
		}
		return env;
	}

	/** Dockerfile instructions of the last stage, keyword upper-cased, continuation lines joined. */
	private static List<String> dockerfileLines() {
		List<String> lines = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		for (String line : read("Dockerfile").split("\n")) {
			String trimmed = line.strip();
			if (trimmed.startsWith("#") || trimmed.isEmpty()) {
				continue;
			}
			if (trimmed.endsWith("\\")) {
				current.append(trimmed, 0, trimmed.length() - 1).append(' ');
				continue;
			}
			current.append(trimmed);
			lines.add(current.toString());
			current.setLength(0);
		}
		return lines;
	}

	private static List<String> finalStage() {
		List<String> lines = dockerfileLines();
		int lastFrom = 0;
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).toUpperCase(Locale.ROOT).startsWith("FROM ")) {
				lastFrom = i;
			}
		}
		return lines.subList(lastFrom, lines.size());
	}

	@Test
	void composeHasTheNeo4jAndAppServices() {
		assertThat(compose().path("services").propertyNames()).contains("neo4j", "app");
	}

	@Test
	void neo4jIsTheOfficial2026ImageWithHealthcheckVolumeAndNoCallsHome() {
		JsonNode neo4j = compose().path("services").path("neo4j");
		assertThat(neo4j.path("image").asString()).matches("neo4j:2026\\.\\d+(\\.\\d+)?(-community|-enterprise)?");
		assertThat(neo4j.path("healthcheck").path("test").isMissingNode()).isFalse();
		assertThat(neo4j.path("volumes").toString()).contains(":/data");
		Map<String, String> env = environment(neo4j);
		assertThat(env.get("NEO4J_AUTH")).startsWith("neo4j/${NEO4J_PASSWORD");
		assertThat(env).containsEntry("NEO4J_dbms_usage__report_enabled", "false")
			.containsEntry("NEO4J_client_allow__telemetry", "false")
			.containsEntry("NEO4J_internal_cypher_use__parameter__size", "false");
		assertThat(env.keySet()).noneMatch(k -> k.toUpperCase(Locale.ROOT).contains("APOC"));
	}

	@Test
	void appIsBuiltHereAndWaitsForAHealthyNeo4j() {
		JsonNode app = compose().path("services").path("app");
		JsonNode build = app.path("build");
		String context = build.isString() ? build.asString() : build.path("context").asString();
		assertThat(context).isEqualTo(".");
		if (build.has("dockerfile")) {
			assertThat(Path.of(build.path("dockerfile").asString())).exists();
		}
		assertThat(app.path("depends_on").path("neo4j").path("condition").asString()).isEqualTo("service_healthy");
		assertThat(app.path("healthcheck").path("test").toString()).contains("/actuator/health");
	}

	@Test
	void appRunsInExternalModeAgainstTheNeo4jService() {
		Map<String, String> env = environment(compose().path("services").path("app"));
		assertThat(env).containsEntry("STANCEGRAPH_NEO4J_MODE", "external");
		assertThat(env.get("SPRING_NEO4J_URI")).isEqualTo("bolt://neo4j:7687");
		assertThat(env.get("SPRING_NEO4J_AUTHENTICATION_PASSWORD")).startsWith("${NEO4J_PASSWORD");
		// the Bolt port of the URI is one the neo4j image listens on (its default, published as 7687)
		assertThat(compose().path("services").path("neo4j").path("ports").toString()).contains(":7687");
	}

	@Test
	void portsAgreeBetweenComposeDockerfileAndTheApp() {
		int serverPort = serverPort();
		List<String> expose = finalStage().stream()
			.filter(l -> l.toUpperCase(Locale.ROOT).startsWith("EXPOSE "))
			.flatMap(l -> List.of(l.substring(7).trim().split("\\s+")).stream())
			.map(p -> p.replace("/tcp", ""))
			.toList();
		assertThat(expose).containsExactly(String.valueOf(serverPort));
		List<String> ports = new ArrayList<>();
		compose().path("services").path("app").path("ports").forEach(p -> ports.add(p.asString()));
		assertThat(ports).containsExactly("127.0.0.1:" + serverPort + ":" + serverPort);
		assertThat(compose().path("services").path("app").path("healthcheck").path("test").toString())
			.contains("127.0.0.1/" + serverPort);
	}

	@Test
	void everyPublishedPortIsBoundToLoopback() {
		compose().path("services").forEach(service -> service.path("ports")
			.forEach(p -> assertThat(p.asString()).as("port %s", p.asString()).startsWith("127.0.0.1:")));
	}

	@Test
	void everyEnvironmentVariableOfTheAppIsAPropertyTheAppKnows() {
		Set<String> known = knownProperties();
		environment(compose().path("services").path("app")).keySet().forEach(name -> {
			String property = relaxed(name);
			boolean springNeo4j = property.startsWith("spring.neo4j.");
			assertThat(springNeo4j || known.contains(property))
				.as("%s binds to %s, which neither spring.neo4j.* nor application.yaml nor "
						+ "StancegraphNeo4jProperties knows (known: %s)", name, property, known)
				.isTrue();
		});
	}

	/** Spring Boot's relaxed binding, environment variable to property, as far as dashes cannot be told apart. */
	static String relaxed(String variable) {
		return variable.toLowerCase(Locale.ROOT).replace('_', '.');
	}

	/** stancegraph.* properties from application.yaml and the record components of StancegraphNeo4jProperties. */
	private static Set<String> knownProperties() {
		Set<String> known = new java.util.TreeSet<>();
		flatten("", YAML.readTree(read("src/main/resources/application.yaml")), known);
		recordProperties("stancegraph.neo4j", StancegraphNeo4jProperties.class, known);
		// compare without dashes: STANCEGRAPH_NEO4J_EMBEDDED_DATADIR binds to ...data-dir
		return known.stream().map(p -> p.replace("-", "")).collect(Collectors.toSet());
	}

	private static void flatten(String prefix, JsonNode node, Set<String> into) {
		if (node.isObject()) {
			node.properties().forEach(e -> flatten(prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(),
					e.getValue(), into));
		}
		else {
			into.add(prefix.toLowerCase(Locale.ROOT));
		}
	}

	private static void recordProperties(String prefix, Class<?> type, Set<String> into) {
		for (RecordComponent component : type.getRecordComponents()) {
			String name = prefix + "." + component.getName().toLowerCase(Locale.ROOT);
			if (component.getType().isRecord()) {
				recordProperties(name, component.getType(), into);
			}
			else {
				into.add(name);
			}
		}
	}

	@Test
	void relaxedBindingMapsTheNamesAsSpringDoes() {
		assertThat(relaxed("SPRING_NEO4J_URI")).isEqualTo("spring.neo4j.uri");
		assertThat(relaxed("STANCEGRAPH_NEO4J_MODE")).isEqualTo("stancegraph.neo4j.mode");
		assertThat(knownProperties()).contains("stancegraph.neo4j.mode", "stancegraph.neo4j.embedded.boltport");
	}

	@Test
	void thePasswordComesFromTheEnvFileOnly() {
		assertThat(read(".env.example")).containsPattern("(?m)^NEO4J_PASSWORD=\\S+");
		String compose = read("docker-compose.yml");
		Matcher auth = Pattern.compile("(?m)^\\s*(NEO4J_AUTH|SPRING_NEO4J_AUTHENTICATION_PASSWORD)\\s*[:=]\\s*(.*)$")
			.matcher(compose);
		int found = 0;
		while (auth.find()) {
			found++;
			assertThat(auth.group(2)).as(auth.group(1)).contains("${NEO4J_PASSWORD");
		}
		assertThat(found).isEqualTo(2);
		String example = read(".env.example").lines().filter(l -> l.startsWith("NEO4J_PASSWORD="))
			.findFirst().orElseThrow().substring("NEO4J_PASSWORD=".length());
		assertThat(compose).doesNotContain(example);
		// every variable naming a password takes its value from the environment, never a literal
		compose().path("services").forEach(service -> environment(service).forEach((name, value) -> {
			if (name.toUpperCase(Locale.ROOT).contains("PASSWORD")) {
				assertThat(value).as(name).startsWith("${NEO4J_PASSWORD");
			}
			if (name.equals("NEO4J_AUTH")) {
				assertThat(value).as(name).startsWith("neo4j/${NEO4J_PASSWORD");
			}
		}));
	}

	@Test
	void dockerfileBuildsInOneStageAndRunsAJre21PlusAsANonRootUser() {
		List<String> from = dockerfileLines().stream()
			.filter(l -> l.toUpperCase(Locale.ROOT).startsWith("FROM "))
			.toList();
		assertThat(from).hasSizeGreaterThanOrEqualTo(2);
		assertThat(from.getFirst()).containsPattern("maven:[^ ]*(temurin|jdk)[^ ]*-(2[1-9]|[3-9]\\d)\\b");
		assertThat(from.getLast()).containsPattern("(temurin|openjdk|jre)[^ ]*:(2[1-9]|[3-9]\\d)[^ ]*jre");
		List<String> stage = finalStage();
		List<String> users = stage.stream().filter(l -> l.toUpperCase(Locale.ROOT).startsWith("USER ")).toList();
		assertThat(users).isNotEmpty();
		String user = users.getLast().substring(5).trim();
		assertThat(user).isNotIn("root", "0", "0:0", "root:root");
	}

	@Test
	void theJarTheImageCopiesIsTheJarItStarts() {
		List<String> stage = finalStage();
		String entrypoint = stage.stream().filter(l -> l.toUpperCase(Locale.ROOT).startsWith("ENTRYPOINT "))
			.reduce((a, b) -> b).orElseThrow();
		List<String> args = new ArrayList<>();
		YAML.readTree(entrypoint.substring("ENTRYPOINT ".length())).forEach(a -> args.add(a.asString()));
		assertThat(args).startsWith("java", "-jar");
		String jar = args.get(args.indexOf("-jar") + 1);
		assertThat(jar).isEqualTo("/app/stancegraph.jar");
		assertThat(stage).anySatisfy(l -> assertThat(l).startsWith("COPY --from=").endsWith(" " + jar));
		// the build stage's jar name is the pom's finalName
		assertThat(read("pom.xml")).contains("<finalName>stancegraph</finalName>");
		assertThat(read("Dockerfile")).contains("/target/stancegraph.jar");
	}

	@Test
	void dockerignoreKeepsBuildOutputDataAndGitOut() {
		assertThat(read(".dockerignore").lines().map(String::strip).toList()).contains("target/", "data/", ".git");
	}
}
