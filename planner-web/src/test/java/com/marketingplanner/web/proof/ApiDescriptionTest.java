package com.marketingplanner.web.proof;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.marketingplanner.web.support.PlannerWebTest;
import com.marketingplanner.web.support.TestUsers;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The API description is complete enough for client generators: every operation has a
 * summary and documents its errors as problem details (the rules Redocly's
 * {@code recommended} ruleset checks for summaries and 4xx responses). The document is
 * written to {@code planner-web/target/openapi.json}, where
 * {@code npx @redocly/cli lint planner-web/target/openapi.json} checks the rest
 * (docs/reliability.md).
 */
@PlannerWebTest
class ApiDescriptionTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Test
	void everyOperationHasASummaryAndItsProblemResponses() throws Exception {
		String document = this.mvc.perform(get("/v3/api-docs").with(httpBasic("admin", TestUsers.PASSWORD)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		Files.writeString(Path.of("target", "openapi.json"), document);
		ApiOperations operations = ApiOperations.parse(this.json, document);
		assertThat(operations.all()).hasSizeGreaterThan(70);
		List<String> missing = new ArrayList<>();
		for (ApiOperations.Operation operation : operations.all()) {
			JsonNode description = operation.description();
			if (description.path("summary").asString("").isBlank()) {
				missing.add(operation + ": summary");
			}
			JsonNode responses = description.path("responses");
			List<String> expected = new ArrayList<>(List.of("401", "503"));
			if (!operation.parameters().isEmpty() || operation.bodySchema() != null) {
				expected.add("400");
			}
			if (operation.isWrite()) {
				expected.addAll(List.of("403", "409"));
			}
			if (operation.path().contains("{")) {
				expected.add("404");
			}
			for (String status : expected) {
				JsonNode schema = responses.path(status)
					.path("content")
					.path("application/problem+json")
					.path("schema");
				if (!schema.path("$ref").asString("").equals("#/components/schemas/Problem")) {
					missing.add(operation + ": " + status + " as problem+json");
				}
			}
		}
		assertThat(missing).isEmpty();
		assertThat(operations.document().at("/components/schemas/Problem/properties/errors/type").asString())
			.isEqualTo("array");
	}

}
