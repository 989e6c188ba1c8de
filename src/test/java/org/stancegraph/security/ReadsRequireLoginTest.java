package org.stancegraph.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * With {@code stancegraph.security.reads-require-login=true} a read needs the reader or the writer, and the always
 * open pages stay open. A web slice with a probe controller, not the whole app: it leaves the integration tests'
 * shared context alone and starts no database.
 */
@WebMvcTest(useDefaultFilters = false, properties = {
		"stancegraph.security.reads-require-login=true",
		"stancegraph.security.writer.username=w", "stancegraph.security.writer.password=wp",
		"stancegraph.security.reader.username=r", "stancegraph.security.reader.password={noop}rp" })
@Import({ SecurityConfiguration.class, SecurityUsers.class, ReadsRequireLoginTest.Probe.class })
@EnableConfigurationProperties(StancegraphSecurityProperties.class)
class ReadsRequireLoginTest {

	@RestController
	static class Probe {
		@GetMapping("/api/probe")
		String read() {
			return "{\"ok\":true}";
		}

		@PostMapping("/api/probe")
		String write() {
			return "{\"written\":true}";
		}

		/** Stands for both what answers GET / (discovery) and Neo4j Browser's Bolt endpoint (its WebSocket upgrade). */
		@GetMapping("/")
		String root() {
			return "{\"root\":true}";
		}

		/** Stands for POST /api/extraction: it reads a text and writes nothing, so it is a read. */
		@PostMapping("/api/extraction")
		String extraction() {
			return "{\"candidates\":[]}";
		}

		@GetMapping("/actuator/health")
		String health() {
			return "{\"status\":\"UP\"}";
		}
	}

	@Autowired
	MockMvc mvc;

	@Test
	void aReadWithoutLoginIs401AsProblemJson() throws Exception {
		mvc.perform(get("/api/probe")).andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(401));
	}

	@Test
	void theReaderAndTheWriterMayRead() throws Exception {
		mvc.perform(get("/api/probe").with(httpBasic("r", "rp"))).andExpect(status().isOk());
		mvc.perform(get("/api/probe").with(httpBasic("w", "wp"))).andExpect(status().isOk());
		mvc.perform(get("/api/probe").with(httpBasic("r", "wrong"))).andExpect(status().isUnauthorized());
	}

	@Test
	void onlyTheWriterMayWrite() throws Exception {
		mvc.perform(post("/api/probe").with(httpBasic("r", "rp"))).andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(post("/api/probe").with(httpBasic("w", "wp"))).andExpect(status().isOk());
		mvc.perform(post("/api/probe")).andExpect(status().isUnauthorized());
	}

	/** The Browser's Bolt endpoint reads the graph: its upgrade needs the login; plain GET / (discovery) stays open. */
	@Test
	void theBrowsersBoltEndpointNeedsTheLoginToo() throws Exception {
		mvc.perform(get("/").header("Upgrade", "websocket")).andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/").header("Upgrade", "WebSocket").with(httpBasic("r", "rp"))).andExpect(status().isOk());
		mvc.perform(get("/")).andExpect(status().isOk());
	}

	/** Extraction reads: the reader's login, like any read; none is a 401. */
	@Test
	void extractionIsARead() throws Exception {
		mvc.perform(post("/api/extraction")).andExpect(status().isUnauthorized());
		mvc.perform(post("/api/extraction").with(httpBasic("r", "rp"))).andExpect(status().isOk());
		mvc.perform(post("/api/extraction").with(httpBasic("w", "wp"))).andExpect(status().isOk());
	}

	@Test
	void healthStaysOpen() throws Exception {
		mvc.perform(get("/actuator/health")).andExpect(status().isOk());
	}
}
