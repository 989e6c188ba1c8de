package org.stancegraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.stancegraph.ApiClient;
import org.stancegraph.StancegraphIntegrationTest;
import org.stancegraph.SuiteLogging;
import org.stancegraph.database.CommitSignal;

/**
 * A read that a commit tears can fail in its handler (a property of a flipped edge read as null while its row is
 * mapped); the read guard asks again and the client gets its answer. The failure of the attempt it threw away is no
 * ERROR of the app's: only a failure that goes out as the answer is logged. Through the running app (its filters,
 * its guard, its error handler) to two handlers this test maps for its own duration; the torn one commits on the
 * app's Neo4j (a real commit, announced as a load announces its own) during its first attempt.
 */
@StancegraphIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class TornReadLogTest {

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	CommitSignal commits;

	@Autowired
	ConfigurableEnvironment environment;

	final Reads reads = new Reads();

	final List<RequestMappingInfo> mapped = List.of(RequestMappingInfo.paths("/api/probe/torn").build(),
			RequestMappingInfo.paths("/api/probe/broken").build());

	@BeforeEach
	void mapTheHandlers() throws NoSuchMethodException {
		SuiteLogging.restore(environment);
		mappings.registerMapping(mapped.get(0), reads, Reads.class.getMethod("torn"));
		mappings.registerMapping(mapped.get(1), reads, Reads.class.getMethod("broken"));
	}

	@AfterEach
	void unmapThemAndRemoveTheProbes() {
		mapped.forEach(mappings::unregisterMapping);
		neo4j.query("MATCH (p:TornReadProbe) DELETE p").run();
	}

	@Test
	void aFailedAttemptThatACommitOverlappedIsAskedAgainAndNotLoggedAsAnError(CapturedOutput output) throws Exception {
		int from = output.getAll().length();

		ApiClient.Answer answer = new ApiClient(port).get("/api/probe/torn", "text/plain");

		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.text()).isEqualTo("answered");
		assertThat(reads.tornAsked).hasValue(2);
		List<String> logged = output.getAll().substring(from).lines().toList();
		assertThat(logged).as("no error and no stack trace").noneMatch(l -> l.contains("ERROR") || l.matches("\\s+at .*"));
	}

	@Test
	void aFailureThatIsTheAnswerIsLoggedOnce(CapturedOutput output) throws Exception {
		int from = output.getAll().length();

		ApiClient.Answer answer = new ApiClient(port).get("/api/probe/broken");

		assertThat(answer.status()).isEqualTo(500);
		assertThat(answer.text()).contains(ApiErrors.INTERNAL_DETAIL);
		List<String> logged = output.getAll().substring(from).lines().toList();
		assertThat(logged).filteredOn(l -> l.contains("ERROR") && l.contains("Unexpected error")).hasSize(1);
		assertThat(logged).filteredOn(l -> l.contains("broken on every attempt")).hasSize(1);
	}

	public class Reads {

		final AtomicInteger tornAsked = new AtomicInteger();

		@ResponseBody
		public String torn() {
			if (tornAsked.incrementAndGet() == 1) {
				commitDuringTheRead();
				throw new IllegalStateException("a property of a flipped edge read as null");
			}
			return "answered";
		}

		@ResponseBody
		public String broken() {
			throw new IllegalStateException("broken on every attempt");
		}

		private void commitDuringTheRead() {
			new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
				commits.announceCommit();
				neo4j.query("CREATE (:TornReadProbe)").run();
			});
		}
	}
}
