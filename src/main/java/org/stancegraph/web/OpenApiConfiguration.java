package org.stancegraph.web;

import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The API description behind /v3/api-docs and Swagger UI (/swagger-ui.html). */
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
			.license(new License().name("GPL-3.0-or-later")))
			// writes need the configured writer (HTTP Basic) or the API key
			.components(new Components()
				.addSecuritySchemes("basicAuth", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
				.addSecuritySchemes("apiKey", new SecurityScheme().type(SecurityScheme.Type.APIKEY)
					.in(SecurityScheme.In.HEADER).name("X-API-Key")));
	}

	/**
	 * ProblemDetail as it is sent, not as its Java bean reads: {@code instance} is the request's path, a relative
	 * reference, and RFC 9457 makes it and {@code type} URI references; the {@code properties} map is written as
	 * members of the problem itself (the 422's {@code problems}), not as a member named "properties".
	 */
	@Bean
	OpenApiCustomizer problemDetailAsSent() {
		return openApi -> {
			// there whenever an error handler names it in a response, which every operation has
			Schema<?> problem = openApi.getComponents().getSchemas().get("ProblemDetail");
			if (problem == null) {
				return;
			}
			Map<String, Schema> members = problem.getProperties();
			members.remove("properties");
			problem.setAdditionalProperties(true);
			members.get("type").format("uri-reference");
			members.get("instance").format("uri-reference").description("The path of the request that failed");
		};
	}
}
