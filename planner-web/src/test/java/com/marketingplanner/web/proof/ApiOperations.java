package com.marketingplanner.web.proof;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The operations of the OpenAPI document at {@code /v3/api-docs}, as the proof tests walk
 * them: method, path template, parameters with their schemas, the request body's media
 * type and schema. Schemas are resolved through {@code $ref}.
 */
record ApiOperations(JsonNode document, List<Operation> all) {

	static ApiOperations parse(JsonMapper json, String document) {
		JsonNode root = json.readTree(document);
		List<Operation> operations = new ArrayList<>();
		for (Map.Entry<String, JsonNode> path : root.get("paths").properties()) {
			for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
				JsonNode operation = method.getValue();
				List<Parameter> parameters = new ArrayList<>();
				operation.path("parameters")
					.forEach((parameter) -> parameters
						.add(new Parameter(parameter.get("name").asString(), parameter.get("in").asString(),
								parameter.path("required").asBoolean(false), parameter.path("schema"))));
				String mediaType = null;
				JsonNode bodySchema = null;
				Iterator<Map.Entry<String, JsonNode>> contents = operation.path("requestBody")
					.path("content")
					.properties()
					.iterator();
				if (contents.hasNext()) {
					Map.Entry<String, JsonNode> content = contents.next();
					mediaType = content.getKey();
					bodySchema = content.getValue().path("schema");
				}
				operations.add(new Operation(method.getKey().toUpperCase(), path.getKey(), operation, parameters,
						mediaType, bodySchema));
			}
		}
		return new ApiOperations(root, operations);
	}

	/** A schema with its {@code $ref} followed. */
	JsonNode resolve(JsonNode schema) {
		JsonNode current = schema;
		while (current != null && current.has("$ref")) {
			String reference = current.get("$ref").asString();
			current = this.document.at(reference.substring(1));
		}
		return current;
	}

	record Operation(String method, String path, JsonNode description, List<Parameter> parameters, String bodyMediaType,
			JsonNode bodySchema) {

		boolean isWrite() {
			return !this.method.equals("GET") && !this.method.equals("HEAD") && !this.method.equals("OPTIONS");
		}

		Optional<Parameter> parameter(String name) {
			return this.parameters.stream().filter((parameter) -> parameter.name().equals(name)).findFirst();
		}

		@Override
		public String toString() {
			return this.method + " " + this.path;
		}

	}

	record Parameter(String name, String in, boolean required, JsonNode schema) {

		String type() {
			return this.schema.path("type").asString("string");
		}

		String format() {
			return this.schema.path("format").asString("");
		}

	}

}
