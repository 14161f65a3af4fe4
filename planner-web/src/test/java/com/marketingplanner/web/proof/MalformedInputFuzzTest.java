package com.marketingplanner.web.proof;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.marketingplanner.web.support.PlannerWebTest;
import com.marketingplanner.web.support.TestUsers;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Sends malformed input of every kind to every REST operation of the OpenAPI document, as
 * an administrator (who may call all of them): wrong types, oversized text, NUL
 * characters, invalid UTF-8, huge and non-decimal numbers, dates outside what PostgreSQL
 * stores and date-times for dates, broken and deeply nested JSON, broken CSV. No answer
 * may be a 5xx, no write may succeed, and the database must be exactly as before.
 */
@PlannerWebTest
class MalformedInputFuzzTest {

	private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}]+)}");

	/** Path segments and query values that are no valid value of any parameter. */
	private static final List<String> BAD_IDENTIFIERS = List.of("abc", "0x1", "1.5", "99999999999999999999", "%00",
			"%C3%28");

	private static final List<String> BAD_INTEGERS = List.of("abc", "0x10", "1.5", "1e2", "2147483648", "-2147483649",
			"99999999999999999999", "%00", "%C3%28", "2147483647");

	private static final List<String> BAD_TEXT = List.of("a%00b", "%C3%28", "x".repeat(5000) + "%00");

	private static final List<String> BAD_DATES = List.of("-4714-01-01", "%2B10000-01-01", "0000-01-01", "2027-02-30",
			"2027-01-01T00:00:00", "20270101", "%00", "9999999-01-01");

	private static final List<String> BROKEN_JSON = List.of("{", "[", "{\"a\":", "null", "\"text\"", "42", "{}{}",
			"[" + "[".repeat(5000), "{\"a\":" + "{\"a\":".repeat(3000) + "1" + "}".repeat(3001),
			"{\"version\": 1e999999999}");

	private static final List<String> BROKEN_CSV = List.of("\u0000\u0000\u0000", "a,b,c\n\"unterminated,1,2\n",
			"only,a,header\n", "x".repeat(200_000) + "\n", "date,channel,amount\n2027-01-01,douyin,1e400\n",
			"date,channel,amount\n-4714-01-01,douyin,1\n");

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcTemplate jdbc;

	private ApiOperations operations;

	private final List<String> failures = new ArrayList<>();

	private int requests;

	@Test
	void noMalformedInputAnswersA5xxOrChangesAnything() throws Exception {
		this.users.ensureAll();
		String planId = fixturePlan();
		this.operations = ApiOperations.parse(this.json,
				this.mvc.perform(get("/v3/api-docs").with(httpBasic("admin", TestUsers.PASSWORD)))
					.andReturn()
					.getResponse()
					.getContentAsString(StandardCharsets.UTF_8));
		Map<String, String> before = fingerprint();
		long started = System.nanoTime();
		for (ApiOperations.Operation operation : this.operations.all()) {
			fuzzPath(operation, planId);
			fuzzQuery(operation, planId);
			fuzzBody(operation, planId);
		}
		assertThat(this.failures)
			.as("%d requests in %d s", this.requests, (System.nanoTime() - started) / 1_000_000_000L)
			.isEmpty();
		assertThat(fingerprint()).isEqualTo(before);
		assertThat(this.requests).isGreaterThan(1000);
	}

	private void fuzzPath(ApiOperations.Operation operation, String planId) throws Exception {
		Matcher variables = PATH_VARIABLE.matcher(operation.path());
		while (variables.find()) {
			for (String bad : BAD_IDENTIFIERS) {
				String path = concrete(operation.path(), planId, variables.group(1), bad);
				send(operation, "path " + variables.group(1) + "=" + bad, base(operation, path, validQuery(operation)),
						null);
			}
		}
	}

	private void fuzzQuery(ApiOperations.Operation operation, String planId) throws Exception {
		for (ApiOperations.Parameter parameter : operation.parameters()) {
			if (!parameter.in().equals("query")) {
				continue;
			}
			for (String bad : badValues(parameter)) {
				Map<String, String> query = validQuery(operation);
				query.put(parameter.name(), bad);
				send(operation, "query " + parameter.name() + "=" + bad,
						base(operation, concrete(operation.path(), planId, null, null), query), null);
			}
		}
	}

	private void fuzzBody(ApiOperations.Operation operation, String planId) throws Exception {
		if (operation.bodyMediaType() == null) {
			return;
		}
		String path = concrete(operation.path(), planId, null, null);
		if (operation.bodyMediaType().contains("csv") || operation.bodyMediaType().contains("multipart")) {
			for (String csv : BROKEN_CSV) {
				send(operation, "csv " + abbreviate(csv), csvRequest(operation, path, csv), null);
			}
			return;
		}
		for (String broken : BROKEN_JSON) {
			send(operation, "body " + abbreviate(broken), base(operation, path, validQuery(operation)),
					broken.getBytes(StandardCharsets.UTF_8));
		}
		byte[] invalidUtf8 = { '{', '"', 't', 'i', 't', 'l', 'e', '"', ':', '"', (byte) 0xC3, (byte) 0x28, (byte) 0xFF,
				'"', '}' };
		send(operation, "body invalid UTF-8", base(operation, path, validQuery(operation)), invalidUtf8);
		JsonNode schema = this.operations.resolve(operation.bodySchema());
		if (schema == null || !schema.has("properties")) {
			return;
		}
		ObjectNode valid = (ObjectNode) plausible(schema, 0);
		for (Map.Entry<String, JsonNode> property : schema.get("properties").properties()) {
			JsonNode propertySchema = this.operations.resolve(property.getValue());
			for (String bad : badJsonValues(propertySchema)) {
				ObjectNode rest = valid.deepCopy();
				rest.remove(property.getKey());
				String others = this.json.writeValueAsString(rest);
				String mutated = "{\"" + property.getKey() + "\": " + bad
						+ (rest.isEmpty() ? "}" : ", " + others.substring(1));
				send(operation, "field " + property.getKey() + "=" + abbreviate(bad),
						base(operation, path, validQuery(operation)), mutated.getBytes(StandardCharsets.UTF_8));
			}
		}
	}

	private void send(ApiOperations.Operation operation, String what, AbstractMockHttpServletRequestBuilder<?> request,
			byte[] jsonBody) throws Exception {
		if (jsonBody != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(jsonBody);
		}
		else if (operation.bodyMediaType() != null && operation.bodyMediaType().contains("json")) {
			request.contentType(MediaType.APPLICATION_JSON).content("{}");
		}
		request.with(httpBasic("admin", TestUsers.PASSWORD));
		this.requests++;
		int status = this.mvc.perform(request).andReturn().getResponse().getStatus();
		if (status >= 500) {
			this.failures.add(operation + " with " + what + ": " + status);
		}
		else if (operation.isWrite() && status < 300) {
			this.failures.add(operation + " with " + what + ": accepted (" + status + ")");
		}
	}

	private MockHttpServletRequestBuilder base(ApiOperations.Operation operation, String path,
			Map<String, String> query) {
		StringBuilder uri = new StringBuilder(path);
		char separator = '?';
		for (Map.Entry<String, String> parameter : query.entrySet()) {
			uri.append(separator).append(parameter.getKey()).append('=').append(parameter.getValue());
			separator = '&';
		}
		return request(HttpMethod.valueOf(operation.method()), URI.create(uri.toString()));
	}

	private AbstractMockHttpServletRequestBuilder<?> csvRequest(ApiOperations.Operation operation, String path,
			String csv) {
		byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
		if (operation.bodyMediaType().contains("multipart")) {
			JsonNode schema = this.operations.resolve(operation.bodySchema());
			String part = "file";
			if (schema != null && schema.has("properties")) {
				for (Map.Entry<String, JsonNode> property : schema.get("properties").properties()) {
					if ("binary".equals(property.getValue().path("format").asString(""))) {
						part = property.getKey();
					}
				}
			}
			return MockMvcRequestBuilders.multipart(HttpMethod.valueOf(operation.method()), URI.create(path))
				.file(new MockMultipartFile(part, "fuzz.csv", "text/csv", bytes));
		}
		return request(HttpMethod.valueOf(operation.method()), URI.create(path))
			.contentType(MediaType.valueOf(operation.bodyMediaType()))
			.content(bytes);
	}

	/** Valid values for the required query parameters (so only one thing is wrong). */
	private static Map<String, String> validQuery(ApiOperations.Operation operation) {
		Map<String, String> query = new LinkedHashMap<>();
		for (ApiOperations.Parameter parameter : operation.parameters()) {
			if (parameter.in().equals("query") && parameter.required()) {
				query.put(parameter.name(), parameter.type().equals("integer") ? "0" : "x");
			}
		}
		return query;
	}

	private static List<String> badValues(ApiOperations.Parameter parameter) {
		if (parameter.format().equals("date")) {
			return BAD_DATES;
		}
		return switch (parameter.type()) {
			case "integer" -> BAD_INTEGERS;
			case "number" -> List.of("abc", "1e999999", "%00", "0x1p3", "NaN");
			case "boolean" -> List.of("maybe", "%00", "2");
			default -> parameter.schema().has("enum") ? List.of("NOT_A_VALUE", "%00", "%C3%28") : BAD_TEXT;
		};
	}

	/**
	 * JSON values that do not fit the schema (each replaces one property of a valid
	 * body).
	 */
	private static List<String> badJsonValues(JsonNode schema) {
		String type = (schema != null) ? schema.path("type").asString("object") : "object";
		String format = (schema != null) ? schema.path("format").asString("") : "";
		if (format.equals("date")) {
			return List.of("\"-4714-01-01\"", "\"+10000-01-01\"", "\"2027-01-01T00:00:00Z\"", "\"2027-02-30\"",
					"\"9999999-12-31\"", "20270101", "\"\\u0000\"");
		}
		return switch (type) {
			case "string" -> (schema.has("enum")) ? List.of("\"NOT_A_VALUE\"", "1", "\"\\u0000\"")
					: List.of("\"a\\u0000b\"", "12", "[]", "\"" + "长".repeat(20_001) + "\"");
			case "integer" -> List.of("\"12\"", "1.5", "1e400", "99999999999999999999999", "true");
			case "number" -> List.of("\"12\"", "1e400", "-1e400", "9".repeat(1200), "true");
			case "boolean" -> List.of("\"yes\"", "1", "\"true\"", "{}");
			case "array" -> List.of("\"x\"", "{}", "1", "[\"\\u0000\", {}]");
			default -> List.of("\"x\"", "[]", "1");
		};
	}

	/**
	 * A value that fits the schema, so that a body is wrong only where the test makes it
	 * wrong.
	 */
	private JsonNode plausible(JsonNode schema, int depth) {
		JsonNode resolved = this.operations.resolve(schema);
		String type = (resolved != null) ? resolved.path("type").asString("object") : "object";
		if (resolved != null && resolved.has("enum")) {
			return this.json.getNodeFactory().stringNode(resolved.get("enum").get(0).asString());
		}
		return switch (type) {
			case "string" -> this.json.getNodeFactory()
				.stringNode(resolved.path("format").asString("").equals("date") ? "2027-03-01" : "Fuzz");
			case "integer" -> this.json.getNodeFactory().numberNode(0);
			case "number" -> this.json.getNodeFactory().numberNode(1);
			case "boolean" -> this.json.getNodeFactory().booleanNode(false);
			case "array" -> this.json.getNodeFactory().arrayNode();
			default -> {
				ObjectNode object = this.json.getNodeFactory().objectNode();
				if (depth < 3 && resolved != null && resolved.has("properties")) {
					for (Map.Entry<String, JsonNode> property : resolved.get("properties").properties()) {
						object.set(property.getKey(), plausible(property.getValue(), depth + 1));
					}
				}
				yield object;
			}
		};
	}

	/**
	 * Path variables: the fixture plan, 1 for the others, {@code bad} for the one fuzzed.
	 */
	private static String concrete(String template, String planId, String fuzzed, String bad) {
		Matcher matcher = PATH_VARIABLE.matcher(template);
		StringBuilder path = new StringBuilder();
		while (matcher.find()) {
			String value = matcher.group(1).equals(fuzzed) ? bad : matcher.group(1).equals("planId") ? planId : "1";
			matcher.appendReplacement(path, Matcher.quoteReplacement(value));
		}
		matcher.appendTail(path);
		return path.toString();
	}

	private String fixturePlan() throws Exception {
		String created = this.mvc.perform(post("/api/v1/plans").with(httpBasic("planner", TestUsers.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\": \"Fuzz target\", \"periodStart\": \"2027-01-01\", \"periodEnd\": \"2027-12-31\"}"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return this.json.readTree(created).get("id").asString();
	}

	/**
	 * Rows and a hash of their content, per table (sessions and migration history aside).
	 */
	private Map<String, String> fingerprint() {
		Map<String, String> tables = new TreeMap<>();
		for (String table : this.jdbc.queryForList(
				"select table_name from information_schema.tables "
						+ "where table_schema = 'public' and table_type = 'BASE TABLE' "
						+ "and table_name not like 'spring_session%' and table_name <> 'flyway_schema_history'",
				String.class)) {
			tables.put(table, this.jdbc.queryForObject(
					"select count(*) || ':' || coalesce(sum(hashtext(t::text)::bigint), 0) from \"" + table + "\" t",
					String.class));
		}
		return tables;
	}

	private static String abbreviate(String text) {
		return (text.length() <= 40) ? text : text.substring(0, 40) + "…(" + text.length() + ")";
	}

}
