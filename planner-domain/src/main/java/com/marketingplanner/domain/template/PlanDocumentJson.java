package com.marketingplanner.domain.template;

import java.io.InputStream;
import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import com.marketingplanner.domain.template.PlanDocumentInvalidException.Problem;

/**
 * The JSON form of a {@link PlanDocument}: snake_case keys, unknown keys rejected, empty
 * values (null, empty lists and texts) left out when writing, indented output.
 */
public final class PlanDocumentJson {

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.enable(SerializationFeature.INDENT_OUTPUT)
		.changeDefaultPropertyInclusion((inclusion) -> inclusion.withValueInclusion(JsonInclude.Include.NON_EMPTY))
		.build();

	private PlanDocumentJson() {
	}

	/** The mapper itself, for callers that need a tree view of a document. */
	public static JsonMapper mapper() {
		return MAPPER;
	}

	/**
	 * Reads a document.
	 * @throws PlanDocumentInvalidException with one problem at the JSON path of the value
	 * that could not be read ({@code error.document.unreadable}), or at {@code $} when
	 * the text is not JSON at all
	 */
	public static PlanDocument read(InputStream json) {
		try {
			return MAPPER.readValue(json, PlanDocument.class);
		}
		catch (JacksonException ex) {
			throw unreadable(ex);
		}
	}

	/** @see #read(InputStream) */
	public static PlanDocument read(String json) {
		try {
			return MAPPER.readValue(json, PlanDocument.class);
		}
		catch (JacksonException ex) {
			throw unreadable(ex);
		}
	}

	/** Writes a document as indented JSON. */
	public static String write(PlanDocument document) {
		return MAPPER.writeValueAsString(document);
	}

	private static PlanDocumentInvalidException unreadable(JacksonException ex) {
		String path = "$";
		if (ex instanceof DatabindException databind && !databind.getPath().isEmpty()) {
			path = "$" + databind.getPath()
				.stream()
				.map((reference) -> (reference.getPropertyName() != null) ? "." + reference.getPropertyName()
						: "[" + reference.getIndex() + "]")
				.collect(Collectors.joining());
		}
		String detail = ex.getOriginalMessage();
		return new PlanDocumentInvalidException(
				List.of(new Problem(path, "error.document.unreadable", List.of(), "cannot be read: " + detail)));
	}

}
