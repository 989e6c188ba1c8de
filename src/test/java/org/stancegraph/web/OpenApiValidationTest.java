package org.stancegraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.stancegraph.ApiClient;
import org.stancegraph.StancegraphIntegrationTest;

/**
 * The served description is a valid OpenAPI 3.1 document by two independent standard checks: the OpenAPI
 * Initiative's JSON Schema for 3.1 (src/test/resources/openapi/README.md says where it comes from), and
 * swagger-parser's OpenAPI 3.1 validation, which also checks what the schema cannot say (unresolvable $refs, a path
 * parameter the path does not name, duplicate operation ids...). Both must find nothing.
 */
@StancegraphIntegrationTest
class OpenApiValidationTest {

	static final String OAS_31_SCHEMA = "openapi/oas-3.1-schema-2021-04-15.json";

	@LocalServerPort
	int port;

	String description;

	@BeforeEach
	void fetch() {
		var answer = new ApiClient(port).get("/v3/api-docs");
		assertThat(answer.status()).isEqualTo(200);
		description = answer.text();
		// kept for other tools (an npm validator, Dredd, Schemathesis) to be run on by hand
		Path copy = Path.of("target/openapi/api-docs.json");
		try {
			Files.createDirectories(copy.getParent());
			Files.writeString(copy, description);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Test
	void theDescriptionIsValidAgainstTheOpenApiInitiativesSchema() {
		List<Error> errors = oas31Schema().validate(description, InputFormat.JSON);
		assertThat(errors).as("problems found by the OAI's OpenAPI 3.1 schema").isEmpty();
	}

	@Test
	void theDescriptionIsValidForSwaggerParser() {
		ParseOptions options = new ParseOptions();
		// $refs resolved, so that one pointing at nothing is reported; nothing outside the document is fetched
		options.setResolve(true);
		options.setValidateInternalRefs(true);
		options.setValidateExternalRefs(false);
		SwaggerParseResult result = new OpenAPIV3Parser().readContents(description, null, options);
		assertThat(result.getOpenAPI()).as("parsed").isNotNull();
		assertThat(result.getOpenAPI().getSpecVersion().name()).isEqualTo("V31");
		assertThat(result.getMessages()).as("problems found by swagger-parser").isEmpty();
	}

	/** Both checks can fail: each finds the faults of a small invalid description. */
	@Test
	void theSchemaFindsWhatIsWrong() {
		String noLicenceIdentifier = """
				{"openapi": "3.1.0", "info": {"title": "t", "version": "1", "license": {"name": "GPL-3.0-or-later"}},
				 "paths": {"/x": {"get": {"parameters": [{"name": "a", "in": "query", "style": 1}], "responses": {}}}}}""";
		List<String> errors = oas31Schema().validate(noLicenceIdentifier, InputFormat.JSON).stream()
			.map(e -> e.getInstanceLocation() + " " + e.getMessage()).toList();
		assertThat(errors).anyMatch(e -> e.startsWith("/info/license")).anyMatch(e -> e.contains("/parameters/0"));
		// no info.version, and a response that refers to nothing
		ParseOptions options = new ParseOptions();
		options.setResolve(true);
		SwaggerParseResult parsed = new OpenAPIV3Parser().readContents("""
				{"openapi": "3.1.0", "info": {"title": "t"},
				 "paths": {"/x": {"get": {"responses": {"200": {"$ref": "#/components/responses/Nothing"}}}}}}""", null,
				options);
		assertThat(parsed.getMessages()).anyMatch(m -> m.contains("version")).anyMatch(m -> m.contains("Nothing"));
	}

	/**
	 * Formats as JSON Schema 2020-12 takes them by default, as annotations, which the OAI's schema is written for:
	 * this iteration gives a Reference Object's $ref the format "uri", and "#/components/responses/NotFound" is a
	 * relative reference, not a URI (later iterations say uri-reference).
	 */
	static Schema oas31Schema() {
		SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
		try (InputStream in = OpenApiValidationTest.class.getClassLoader().getResourceAsStream(OAS_31_SCHEMA)) {
			assertThat(in).as(OAS_31_SCHEMA).isNotNull();
			return registry.getSchema(in, InputFormat.JSON);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
