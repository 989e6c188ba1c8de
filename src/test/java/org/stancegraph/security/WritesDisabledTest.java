package org.stancegraph.security;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/** Nothing configured: no built-in or generated password lets a write through; reads are open. */
@WebMvcTest(useDefaultFilters = false, properties = {
		"stancegraph.security.writer.username=", "stancegraph.security.writer.password=",
		"stancegraph.security.reader.username=", "stancegraph.security.reader.password=",
		"stancegraph.security.api-key=" })
@Import({ SecurityConfiguration.class, SecurityUsers.class, ReadsRequireLoginTest.Probe.class })
@EnableConfigurationProperties(StancegraphSecurityProperties.class)
class WritesDisabledTest {

	@Autowired
	MockMvc mvc;

	@Test
	void everyWriteIsRefusedAndSaysWhy() throws Exception {
		mvc.perform(post("/api/probe")).andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.detail").value(Matchers.containsString("Writes are disabled")));
		mvc.perform(post("/api/probe").with(httpBasic("user", "password"))).andExpect(status().isUnauthorized());
		mvc.perform(post("/api/probe").header("X-API-Key", "")).andExpect(status().isUnauthorized());
		mvc.perform(post("/api/probe").header("X-API-Key", "anything")).andExpect(status().isUnauthorized());
	}

	@Test
	void readsAreOpen() throws Exception {
		mvc.perform(get("/api/probe")).andExpect(status().isOk());
	}
}
