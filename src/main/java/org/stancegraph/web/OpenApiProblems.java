package org.stancegraph.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.ProblemDetail;

/**
 * The error answers of each operation in the description, as the app sends them: every one application/problem+json,
 * declared once under components/responses and referenced by each operation that can give it. Which ones an
 * operation has follows from what it is, so a new endpoint is described right without a word here:
 * <ul>
 * <li>400 when it takes parameters (a malformed, out-of-range or undecodable one);</li>
 * <li>404 when its handler declares {@code throws UnknownEntityException} (it looks an id up);</li>
 * <li>401 and 403 when it has a security requirement;</li>
 * <li>413, 415 and 422 when it takes a request body (too large, a Content-Type it does not read, invalid);</li>
 * <li>406 and 500 always: an Accept none of its media types meets, and anything unforeseen.</li>
 * </ul>
 * springdoc's own error responses (every {@code @ExceptionHandler} of every advice, on every operation whether or not
 * it can happen) are replaced; a response the handler method declares itself with {@code @ApiResponse} stays.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiProblems {

	static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;
	static final String PROBLEM_SCHEMA = "ProblemDetail";
	static final String CLAIM_FILE_PROBLEMS = "ClaimFileProblems";

	/** An error response under components/responses: its status and what it means. */
	enum Declared {
		BAD_REQUEST(400, "BadRequest", "A missing, malformed, out-of-range or undecodable parameter; the detail names it"),
		UNAUTHORIZED(401, "Unauthorized", "No credentials, or wrong ones (HTTP Basic or the X-API-Key header)"),
		FORBIDDEN(403, "Forbidden", "The credentials are a reader's, who may not write"),
		NOT_FOUND(404, "NotFound", "An id the graph does not have; the detail names it"),
		NOT_ACCEPTABLE(406, "NotAcceptable", "Accept takes none of the operation's media types"),
		CONTENT_TOO_LARGE(413, "ContentTooLarge",
				"A body over the configured limit (stancegraph.security.max-ingest-size), or a document's text over 1 MiB"),
		UNSUPPORTED_MEDIA_TYPE(415, "UnsupportedMediaType", "A Content-Type the operation does not read"),
		UNPROCESSABLE_CONTENT(422, "UnprocessableContent",
				"The body is no valid claim file or document: problems lists every problem with its file, line and field; nothing written"),
		INTERNAL_ERROR(500, "InternalError", "Anything unforeseen; the server log has the details");

		final int status;
		final String name;
		final String description;

		Declared(int status, String name, String description) {
			this.status = status;
			this.name = name;
			this.description = description;
		}

		String ref() {
			return "#/components/responses/" + name;
		}
	}

	@Bean
	OperationCustomizer declaredProblems() {
		return (operation, handlerMethod) -> {
			ApiResponses responses = operation.getResponses();
			Set<String> ownDeclarations = AnnotatedElementUtils.findMergedRepeatableAnnotations(handlerMethod.getMethod(),
					io.swagger.v3.oas.annotations.responses.ApiResponse.class).stream()
				.map(io.swagger.v3.oas.annotations.responses.ApiResponse::responseCode).collect(Collectors.toSet());
			responses.keySet().removeIf(code -> isError(code) && !ownDeclarations.contains(code));
			List<Class<?>> throwsClause = List.of(handlerMethod.getMethod().getExceptionTypes());
			Map<Declared, Boolean> applies = new LinkedHashMap<>();
			applies.put(Declared.BAD_REQUEST, operation.getParameters() != null && !operation.getParameters().isEmpty());
			applies.put(Declared.UNAUTHORIZED, operation.getSecurity() != null && !operation.getSecurity().isEmpty());
			applies.put(Declared.FORBIDDEN, applies.get(Declared.UNAUTHORIZED));
			applies.put(Declared.NOT_FOUND, throwsClause.contains(UnknownEntityException.class));
			applies.put(Declared.NOT_ACCEPTABLE, true);
			applies.put(Declared.CONTENT_TOO_LARGE, operation.getRequestBody() != null);
			applies.put(Declared.UNSUPPORTED_MEDIA_TYPE, operation.getRequestBody() != null);
			applies.put(Declared.UNPROCESSABLE_CONTENT, operation.getRequestBody() != null);
			applies.put(Declared.INTERNAL_ERROR, true);
			applies.forEach((declared, yes) -> {
				if (yes) {
					responses.putIfAbsent(String.valueOf(declared.status), new ApiResponse().$ref(declared.ref()));
				}
			});
			return operation;
		};
	}

	private static boolean isError(String code) {
		return code.startsWith("4") || code.startsWith("5");
	}

	/** The responses the operations refer to, and the problem as it is sent. */
	@Bean
	OpenApiCustomizer problemResponses() {
		return openApi -> {
			Components components = openApi.getComponents();
			// springdoc drops schemas no path refers to before customizers run: the responses below refer to it
			if (components.getSchemas() == null || !components.getSchemas().containsKey(PROBLEM_SCHEMA)) {
				ModelConverters.getInstance(true).read(ProblemDetail.class).forEach(components::addSchemas);
			}
			problemAsSent(components.getSchemas().get(PROBLEM_SCHEMA));
			components.addSchemas(CLAIM_FILE_PROBLEMS, claimFileProblems());
			for (Declared declared : Declared.values()) {
				String schema = declared == Declared.UNPROCESSABLE_CONTENT ? CLAIM_FILE_PROBLEMS : PROBLEM_SCHEMA;
				components.addResponses(declared.name, new ApiResponse().description(declared.description)
					.content(new Content().addMediaType(PROBLEM_JSON,
							new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + schema)))));
			}
		};
	}

	/**
	 * ProblemDetail as it is sent, not as its Java bean reads: {@code instance} is the request's path, a relative
	 * reference, and RFC 9457 makes it and {@code type} URI references; the {@code properties} map is written as
	 * members of the problem itself (the 422's {@code problems}), not as a member named "properties"; every problem
	 * the app sends has its status and a title.
	 */
	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static void problemAsSent(Schema problem) {
		Map<String, Schema> members = problem.getProperties();
		members.remove("properties");
		problem.setAdditionalProperties(true);
		members.get("type").format("uri-reference");
		members.get("instance").format("uri-reference").description("The path of the request that failed");
		members.get("status").minimum(java.math.BigDecimal.valueOf(400)).maximum(java.math.BigDecimal.valueOf(599));
		problem.required(List.of("status", "title"));
	}

	/** The 422 of a claim file: a problem with every problem of the file located (claims.Problem). */
	private static Schema<?> claimFileProblems() {
		Schema<?> located = new ObjectSchema().addProperty("file", new StringSchema().description("the file as named: \"request body\""))
			.addProperty("line", new IntegerSchema().minimum(java.math.BigDecimal.ZERO)
				.description("1-based line; 0 when the problem is about the file as a whole"))
			.addProperty("field", new StringSchema().description("the field's path in the file (claims[3].quote); empty for the whole file"))
			.addProperty("message", new StringSchema().description("what is wrong, in words"))
			.required(List.of("file", "line", "field", "message"));
		return new Schema<>().allOf(List.of(new Schema<>().$ref("#/components/schemas/" + PROBLEM_SCHEMA),
				new ObjectSchema().addProperty("problems", new ArraySchema().items(located).minItems(1))
					.required(List.of("problems"))));
	}
}
