package com.marketingplanner.domain.template;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A plan document in a form two equal plans share, for round-trip comparisons: keys
 * renamed by kind and place ({@code goal#3}), unordered lists (dependencies, a campaign's
 * KPIs and channels, tags) sorted, numbers without trailing zeros, and the domain's
 * default spelled out where a document may leave it out (a rule's base is TOTAL, the
 * currency is stated). Everything else is compared as it is.
 */
final class CanonicalDocument {

	private CanonicalDocument() {
	}

	static JsonNode of(PlanDocument document) {
		ObjectNode root = (ObjectNode) PlanDocumentJson.mapper().readTree(PlanDocumentJson.write(document));
		if (!root.has("currency_stated")) {
			root.put("currency_stated", true);
			// in the export's order: the keys after it move behind it
			for (String later : new String[] { "context_currency", "context_metrics" }) {
				JsonNode value = root.remove(later);
				if (value != null) {
					root.set(later, value);
				}
			}
		}
		Map<String, String> goals = rename(root.path("goals"), "goal");
		Map<String, String> kpis = rename(root.path("kpis"), "kpi");
		Map<String, String> phases = rename(root.path("phases"), "phase");
		Map<String, String> milestones = rename(root.path("milestones"), "milestone");
		Map<String, String> lines = new HashMap<>();
		renameLines(root.path("budget_lines"), lines, new int[] { 0 });
		Map<String, String> risks = rename(root.path("risks"), "risk");
		Map<String, String> levels = rename(root.path("crisis_levels"), "level");
		Map<String, String> campaigns = rename(root.path("campaigns"), "campaign");
		Map<String, String> partners = rename(root.path("partners"), "partner");
		for (JsonNode promotion : root.path("promotions")) {
			replace((ObjectNode) promotion, "campaign", campaigns);
			replace((ObjectNode) promotion, "partner", partners);
		}
		for (JsonNode tactic : root.path("tactics")) {
			replace((ObjectNode) tactic, "campaign", campaigns);
		}
		for (JsonNode cost : root.path("off_budget_costs")) {
			replace((ObjectNode) cost, "partner", partners);
		}
		for (JsonNode goal : root.path("goals")) {
			replace((ObjectNode) goal, "parent", goals);
		}
		for (JsonNode kpi : root.path("kpis")) {
			replace((ObjectNode) kpi, "goal", goals);
		}
		for (JsonNode milestone : root.path("milestones")) {
			replace((ObjectNode) milestone, "phase", phases);
			for (JsonNode condition : milestone.path("gate").path("conditions")) {
				replace((ObjectNode) condition, "kpi", kpis);
			}
			replaceAll((ObjectNode) milestone, "depends_on", milestones);
		}
		replaceLinePhases(root.path("budget_lines"), phases);
		for (JsonNode rule : root.path("allocation_rules")) {
			if ("LINE".equals(rule.path("scope_type").asString())) {
				replace((ObjectNode) rule, "scope_value", lines);
			}
			replace((ObjectNode) rule, "benchmark_kpi", kpis);
			if (!rule.has("base")) {
				((ObjectNode) rule).put("base", "TOTAL");
			}
		}
		for (JsonNode risk : root.path("risks")) {
			for (JsonNode trigger : risk.path("triggers")) {
				replace((ObjectNode) trigger, "kpi", kpis);
			}
			replaceAll((ObjectNode) risk, "crisis_levels", levels);
		}
		for (JsonNode scenario : root.path("risk_scenarios")) {
			replace((ObjectNode) scenario, "risk", risks);
		}
		for (JsonNode campaign : root.path("campaigns")) {
			replace((ObjectNode) campaign, "budget_line", lines);
			replaceAll((ObjectNode) campaign, "kpis", kpis);
			replaceAll((ObjectNode) campaign, "channels", Map.of());
		}
		for (JsonNode driver : root.path("drivers")) {
			replace((ObjectNode) driver, "kpi", kpis);
			for (JsonNode factor : driver.path("factors")) {
				replace((ObjectNode) factor, "kpi", kpis);
			}
		}
		for (JsonNode dashboard : root.path("dashboards")) {
			replaceAll((ObjectNode) dashboard, "kpis", kpis);
		}
		return normalizeNumbers(root);
	}

	private static Map<String, String> rename(JsonNode items, String kind) {
		Map<String, String> names = new HashMap<>();
		int index = 0;
		for (JsonNode item : items) {
			String canonical = kind + "#" + (++index);
			if (item.has("key")) {
				names.put(item.get("key").asString(), canonical);
			}
			((ObjectNode) item).put("key", canonical);
		}
		return names;
	}

	private static void renameLines(JsonNode lines, Map<String, String> names, int[] counter) {
		for (JsonNode line : lines) {
			String canonical = "line#" + (++counter[0]);
			if (line.has("key")) {
				names.put(line.get("key").asString(), canonical);
			}
			((ObjectNode) line).put("key", canonical);
			replaceAll((ObjectNode) line, "tags", Map.of());
			renameLines(line.path("children"), names, counter);
		}
	}

	private static void replaceLinePhases(JsonNode lines, Map<String, String> phases) {
		for (JsonNode line : lines) {
			replace((ObjectNode) line, "phase", phases);
			replaceLinePhases(line.path("children"), phases);
		}
	}

	private static void replace(ObjectNode item, String field, Map<String, String> names) {
		if (item.has(field)) {
			item.put(field, names.getOrDefault(item.get(field).asString(), "unknown:" + item.get(field).asString()));
		}
	}

	/** Renames (when {@code names} is not empty) and sorts a list of keys. */
	private static void replaceAll(ObjectNode item, String field, Map<String, String> names) {
		if (!item.has(field)) {
			return;
		}
		List<String> values = new ArrayList<>();
		for (JsonNode value : item.get(field)) {
			values.add(names.isEmpty() ? value.asString() : names.getOrDefault(value.asString(), "unknown"));
		}
		values.sort(String::compareTo);
		ArrayNode sorted = item.putArray(field);
		values.forEach(sorted::add);
	}

	private static JsonNode normalizeNumbers(JsonNode node) {
		if (node.isNumber()) {
			BigDecimal value = node.decimalValue().stripTrailingZeros();
			return JsonNodeFactory.instance.stringNode(value.toPlainString());
		}
		if (node.isObject()) {
			ObjectNode object = (ObjectNode) node;
			List<String> names = new ArrayList<>(object.propertyNames());
			for (String name : names) {
				object.set(name, normalizeNumbers(object.get(name)));
			}
		}
		if (node.isArray()) {
			ArrayNode array = (ArrayNode) node;
			for (int i = 0; i < array.size(); i++) {
				array.set(i, normalizeNumbers(array.get(i)));
			}
		}
		return node;
	}

}
