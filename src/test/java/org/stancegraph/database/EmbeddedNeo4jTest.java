package org.stancegraph.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.ClientException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.stancegraph.StancegraphIntegrationTest;
import org.stancegraph.graph.Relation;

@StancegraphIntegrationTest
class EmbeddedNeo4jTest {

	@Autowired
	EmbeddedBolt bolt;

	@Autowired
	StancegraphNeo4jProperties properties;

	@LocalServerPort
	int appPort;

	@Test
	void answersBoltOnLoopbackAtThePortItPickedToClientsWithThePassword() {
		assertThat(bolt.host()).isEqualTo("127.0.0.1");
		assertThat(bolt.port()).isPositive().isNotEqualTo(7687);
		// a client of its own, as cypher-shell or a script would connect
		try (var driver = GraphDatabase.driver(bolt.uri(), AuthTokens.basic("neo4j", bolt.password()));
				var session = driver.session()) {
			var counts = session.run("MATCH (c:Claim) RETURN count(c) AS claims").single();
			assertThat(counts.get("claims").asLong()).isGreaterThan(80);
		}
	}

	/** Anyone else on the machine, and any web page (Bolt over WebSocket on the same port), is refused. */
	@Test
	void refusesClientsWithoutThePassword() {
		for (AuthToken token : List.of(AuthTokens.none(), AuthTokens.basic("neo4j", "neo4j"),
				AuthTokens.basic("neo4j", bolt.password() + "x"), AuthTokens.basic("anyone", bolt.password()))) {
			try (var driver = GraphDatabase.driver(bolt.uri(), token)) {
				assertThatThrownBy(driver::verifyConnectivity).as(token.toString()).isInstanceOf(AuthenticationException.class);
			}
		}
	}

	/** Generated at the first start, 256 bits, readable and writable by the app's user only. */
	@Test
	void thePasswordIsKeptInTheDataDirectoryForItsOwnerOnly() throws IOException {
		Path file = EmbeddedNeo4jPassword.file(properties.embedded().dataDir());
		assertThat(Files.readString(file).strip()).isEqualTo(bolt.password()).hasSizeGreaterThanOrEqualTo(43);
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
	}

	/**
	 * The bound address (a port picked at start, not 7687) is what the server advertises: in its settings, in the
	 * routing table, and so to a routing client ({@code neo4j://}), which connects where the table says.
	 */
	@Test
	void advertisesTheAddressItIsBoundTo() {
		String bound = bolt.host() + ":" + bolt.port();
		for (String uri : List.of(bolt.uri(), "neo4j://" + bound)) {
			try (var driver = GraphDatabase.driver(uri, bolt.authToken()); var session = driver.session()) {
				var setting = session.run("SHOW SETTINGS YIELD name, value WHERE name = 'server.bolt.advertised_address' "
						+ "RETURN value").single().get("value").asString();
				assertThat(setting).as(uri).isEqualTo(bound);
				var table = session.run("CALL dbms.routing.getRoutingTable({}, 'neo4j') YIELD servers "
						+ "UNWIND servers AS server UNWIND server.addresses AS address RETURN collect(DISTINCT address) AS addresses")
					.single().get("addresses").asList(Value::asString);
				assertThat(table).as(uri).containsExactly(bound);
				var summary = session.run("RETURN 1").consume();
				assertThat(summary.server().address()).as(uri).isEqualTo(bound);
			}
		}
	}

	/** A read-only session must not read the machine either: LOAD CSV reaches neither files nor any address. */
	@Test
	void loadCsvReachesNeitherFilesNorAddresses() {
		try (var driver = GraphDatabase.driver(bolt.uri(), bolt.authToken()); var session = driver.session()) {
			for (String url : List.of("file:///etc/hostname", "http://127.0.0.1:" + appPort + "/actuator/health")) {
				assertThatThrownBy(() -> session.run("LOAD CSV FROM $url AS line RETURN line LIMIT 1", Map.of("url", url)).list())
					.as(url).isInstanceOf(ClientException.class);
			}
		}
	}

	@Test
	void schemaFileCreatesEveryConstraintAndIndex() {
		// the names the schema file gives, each backed by an index (a constraint's index takes the constraint's name)
		List<String> named = GraphSchema.statements().stream().filter(statement -> statement.startsWith("CREATE"))
			.filter(statement -> !statement.startsWith("CREATE LOOKUP"))
			.map(statement -> SCHEMA_NAME.matcher(statement).results().findFirst().orElseThrow(() -> new AssertionError(statement)).group(1))
			.toList();
		List<String> dropped = GraphSchema.statements().stream().filter(statement -> statement.startsWith("DROP"))
			.map(statement -> DROPPED.matcher(statement).results().findFirst().orElseThrow(() -> new AssertionError(statement)).group(1))
			.toList();
		assertThat(named).contains("entity_id", "claim_id", "source_id", "vote_id", "load_lock_id", "claim_pair", "entity_names");
		// every relation's summary edges are found by the ids of their ends: a relation added without its index would
		// leave its edges out of the totals of timeline and evidence pages
		assertThat(named).containsAll(Arrays.stream(Relation.values()).map(r -> r.name().toLowerCase(Locale.ROOT) + "_ends").toList());
		assertThat(dropped).containsExactly("claim_triple");
		try (var driver = GraphDatabase.driver(bolt.uri(), bolt.authToken()); var session = driver.session()) {
			var names = session.run("SHOW INDEXES YIELD name RETURN collect(name) AS names").single().get("names")
				.asList(v -> v.asString());
			assertThat(names).containsAll(named).doesNotContainAnyElementsOf(dropped);
			// the lookup indexes, under the names the database gave them when it made the store, or the file's
			assertThat(session.run("SHOW INDEXES YIELD type, entityType WHERE type = 'LOOKUP' RETURN collect(entityType) AS types")
				.single().get("types").asList(v -> v.asString())).containsExactlyInAnyOrder("NODE", "RELATIONSHIP");
		}
		assertThat(GraphSchema.statements()).filteredOn(s -> s.startsWith("CREATE LOOKUP INDEX")).hasSize(2);
		assertThat(GraphSchema.statements()).allSatisfy(s -> assertThat(s).containsAnyOf("IF NOT EXISTS", "IF EXISTS"));
	}

	static final Pattern SCHEMA_NAME = Pattern.compile("^CREATE (?:CONSTRAINT|INDEX|FULLTEXT INDEX) (\\w+) IF NOT EXISTS");

	/** An index a store made by an earlier version has, which the schema now drops. */
	static final Pattern DROPPED = Pattern.compile("^DROP INDEX (\\w+) IF EXISTS$");

	/**
	 * By default the server listens on loopback only: the kernel's table of listening sockets has the Bolt port on
	 * 127.0.0.1 only, and a connection to any other address of this machine is refused.
	 */
	@Test
	void boltListensOnLoopbackOnly() throws IOException {
		List<String> listening = new ArrayList<>();
		for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
			Path file = Path.of(table);
			if (Files.isReadable(file)) {
				Files.readAllLines(file).stream().skip(1).map(line -> line.trim().split("\\s+"))
					.filter(fields -> fields[3].equals("0A") && fields[1].endsWith(":%04X".formatted(bolt.port())))
					.forEach(fields -> listening.add(fields[1]));
			}
		}
		if (Files.isReadable(Path.of("/proc/net/tcp"))) {
			// 127.0.0.1 in the kernel's byte order, as IPv4 or as IPv4 mapped into IPv6 (how Java binds it), and ::1
			assertThat(listening).isNotEmpty().allSatisfy(address -> assertThat(address.substring(0, address.indexOf(':')))
				.isIn("0100007F", "0000000000000000FFFF00000100007F", "00000000000000000000000001000000"));
		}
		List<InetAddress> others = NetworkInterface.networkInterfaces().flatMap(NetworkInterface::inetAddresses)
			.filter(address -> !address.isLoopbackAddress() && !address.isLinkLocalAddress()).toList();
		for (InetAddress address : others) {
			try (Socket socket = new Socket()) {
				socket.connect(new InetSocketAddress(address, bolt.port()), 2_000);
				throw new AssertionError("Bolt answered on " + address.getHostAddress() + ":" + bolt.port());
			}
			catch (ConnectException refused) {
				// what loopback-only means
			}
		}
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), bolt.port()), 2_000);
		}
	}
}
