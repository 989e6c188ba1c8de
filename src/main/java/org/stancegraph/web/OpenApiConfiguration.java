package org.stancegraph.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API description behind /v3/api-docs and Swagger UI (/swagger-ui.html); the error responses of each operation
 * come from {@link OpenApiProblems}.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI stancegraphApi() {
		return new OpenAPI().info(new Info().title("Stancegraph API").version("0.1")
			.description("""
					Who supports, opposes, abstained on and proposed what, according to which source and said when.
					Every answer leads back to claims, and every claim to a verbatim quote in a source document.
					Ids are kebab-case (`resolution-2803`, `turkish-participation-in-isf`, `united-states`); an unknown
					id is 404, a bad parameter 400, both as application/problem+json saying what is wrong.""")
			// OpenAPI 3.1 wants the SPDX identifier (or a URL) beside the name
			.license(new License().name("GNU General Public License v3.0 or later").identifier("GPL-3.0-or-later")))
			// writes need the configured writer (HTTP Basic) or the API key
			.components(new Components()
				.addSecuritySchemes("basicAuth", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
				.addSecuritySchemes("apiKey", new SecurityScheme().type(SecurityScheme.Type.APIKEY)
					.in(SecurityScheme.In.HEADER).name("X-API-Key")));
	}
}
