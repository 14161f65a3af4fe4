package com.marketingplanner.web.config;

import java.util.Map;
import java.util.regex.Pattern;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
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

import org.springframework.stereotype.Component;

/**
 * Documents the errors every operation can answer, as RFC 9457 problem details
 * ({@code application/problem+json}, schema {@code Problem}), so that client generators
 * and linters see them. Derived from the operation itself, so a new endpoint is covered
 * without further work:
 * <ul>
 * <li>401 and 503 for every operation (no or bad credentials; database unreachable);</li>
 * <li>400 when it takes parameters or a body (invalid input, one entry per field);</li>
 * <li>403 for writes and for administration (the role, or a read-only token, does not
 * allow it);</li>
 * <li>404 when its path names a resource ({@code /{id}});</li>
 * <li>409 for writes (edited by someone else since it was read, or a conflict with
 * existing data).</li>
 * </ul>
 * An operation that documents one of these codes itself keeps its own description.
 */
@Component
class ProblemResponses implements OpenApiCustomizer {

	static final String PROBLEM_SCHEMA = "Problem";

	private static final String PROBLEM_JSON = "application/problem+json";

	private static final Pattern PATH_VARIABLE = Pattern.compile("\\{[^}]+}");

	@Override
	public void customise(OpenAPI openApi) {
		openApi.getComponents().addSchemas(PROBLEM_SCHEMA, problemSchema());
		if (openApi.getPaths() == null) {
			return;
		}
		openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
			boolean write = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD
					&& method != PathItem.HttpMethod.OPTIONS;
			boolean takesInput = operation.getRequestBody() != null
					|| (operation.getParameters() != null && !operation.getParameters().isEmpty());
			ApiResponses responses = (operation.getResponses() != null) ? operation.getResponses() : new ApiResponses();
			operation.setResponses(responses);
			add(responses, takesInput, "400", "Invalid input: one entry in errors per invalid field");
			add(responses, true, "401", "No credentials, or wrong ones (HTTP Basic or Bearer token)");
			add(responses, write || path.startsWith("/api/v1/admin/"), "403",
					"The caller's role, or a read-only token, does not allow this");
			add(responses, PATH_VARIABLE.matcher(path).find(), "404",
					"What the path names does not exist (or belongs to another plan)");
			add(responses, write, "409",
					"Changed by someone else since it was read (send the current version), or in conflict with existing data");
			add(responses, true, "503",
					"The database cannot be reached at the moment; retry after Retry-After seconds");
		}));
	}

	private static void add(ApiResponses responses, boolean applies, String status, String description) {
		if (applies && !responses.containsKey(status)) {
			responses.addApiResponse(status, new ApiResponse().description(description)
				.content(new Content().addMediaType(PROBLEM_JSON,
						new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM_SCHEMA)))));
		}
	}

	@SuppressWarnings("rawtypes")
	private static Schema<?> problemSchema() {
		Schema<?> fieldMessage = new ObjectSchema().description("One invalid field and what is wrong with it")
			.properties(Map.of("field", new StringSchema().description("the field, or null for the whole request"),
					"message", new StringSchema().description("in the language of Accept-Language")));
		Map<String, Schema> properties = Map.of("type", new StringSchema().format("uri"), "title", new StringSchema(),
				"status", new IntegerSchema(), "detail", new StringSchema(), "instance",
				new StringSchema().format("uri-reference"), "errors", new ArraySchema().items(fieldMessage), "code",
				new StringSchema().description("message key of a broken business rule"));
		return new ObjectSchema().description("RFC 9457 problem details").properties(properties);
	}

}
