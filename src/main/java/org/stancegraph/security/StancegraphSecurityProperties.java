package org.stancegraph.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Who may read and who may write. There is no default password: without a writer or an API key configured,
 * every write is refused.
 *
 * @param readsRequireLogin whether GET requests to the API need a login (reader or writer); the Browser, the guide,
 *                          the OpenAPI description, Swagger UI and actuator health and info stay open
 * @param writer            HTTP Basic user that may write (role WRITER, which may also read)
 * @param reader            HTTP Basic user that may only read (role READER): 403 on writes
 * @param apiKey            value of the {@code X-API-Key} header that may write, as an alternative to Basic
 * @param maxIngestSize     largest body {@code POST /api/claims} accepts; larger is 413
 */
@ConfigurationProperties("stancegraph.security")
public record StancegraphSecurityProperties(@DefaultValue("false") boolean readsRequireLogin, @DefaultValue User writer,
		@DefaultValue User reader, String apiKey, @DefaultValue("1MB") DataSize maxIngestSize) {

	/**
	 * @param password plain, or encoded with its id prefix ({@code {bcrypt}$2a$...})
	 */
	public record User(String username, String password) {

		boolean configured() {
			return username != null && !username.isBlank() && password != null && !password.isBlank();
		}

		@Override
		public String toString() {
			return "User[username=" + username + ", password=" + (password == null ? "null" : "***") + "]";
		}
	}

	public boolean apiKeyConfigured() {
		return apiKey != null && !apiKey.isBlank();
	}

	public boolean writesEnabled() {
		return writer.configured() || apiKeyConfigured();
	}

	@Override
	public String toString() {
		return "StancegraphSecurityProperties[readsRequireLogin=" + readsRequireLogin + ", writer=" + writer + ", reader="
				+ reader + ", apiKey=" + (apiKeyConfigured() ? "***" : "none") + ", maxIngestSize=" + maxIngestSize + "]";
	}
}
