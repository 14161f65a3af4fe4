package com.marketingplanner.web.api;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OperationCustomizer;

import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.method.HandlerMethod;

/**
 * Adds the problem responses to the operations of controllers marked
 * {@link ProblemResponses}; a response an operation documents itself is kept.
 */
@Component
class ProblemResponsesCustomizer implements OperationCustomizer {

	@Override
	public Operation customize(Operation operation, HandlerMethod handlerMethod) {
		if (!handlerMethod.getBeanType().isAnnotationPresent(ProblemResponses.class)) {
			return operation;
		}
		ApiResponses responses = (operation.getResponses() != null) ? operation.getResponses() : new ApiResponses();
		add(responses, "400", "Invalid input: problem+json naming each invalid field or parameter in 'errors'");
		add(responses, "401", "Not signed in: HTTP Basic or a personal API token is needed");
		add(responses, "403", "The caller's role does not allow this action");
		add(responses, "404", "The plan or the addressed part does not exist");
		if (handlerMethod.hasMethodAnnotation(PutMapping.class)
				|| handlerMethod.hasMethodAnnotation(DeleteMapping.class)) {
			add(responses, "409", "Someone else saved in between: the version sent is stale");
		}
		operation.setResponses(responses);
		return operation;
	}

	private static void add(ApiResponses responses, String code, String description) {
		if (responses.containsKey(code)) {
			return;
		}
		Schema<?> problem = new ObjectSchema().description("RFC 9457 problem details")
			.addProperty("type", new Schema<String>().type("string"))
			.addProperty("title", new Schema<String>().type("string"))
			.addProperty("status", new Schema<Integer>().type("integer"))
			.addProperty("detail", new Schema<String>().type("string"))
			.addProperty("errors", new Schema<>().type("array"));
		responses.addApiResponse(code, new ApiResponse().description(description)
			.content(new Content().addMediaType("application/problem+json", new MediaType().schema(problem))));
	}

}
