package com.marketingplanner.web.collab;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.marketingplanner.web.page.DisplayFormat;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Names and values of baselines and the audit trail as pages show them, in the reader's
 * language: {@code ${@collabText.kind('budget_line')}}, {@code field(name)},
 * {@code value(field, value)}. Kinds and fields are table and column names; a name
 * without a translation is shown with spaces for underscores. Values of enumerated fields
 * (statuses, strategies, roles, …) are shown as their translated enum; {@code true} /
 * {@code false} as yes / no.
 */
@Component("collabText")
public class CollabText {

	/** Column names whose values are enum constants, with the enum's message prefix. */
	private static final Map<String, String> ENUM_FIELDS = Map.ofEntries(Map.entry("strategy", "RiskStrategy"),
			Map.entry("visibility", "PlanVisibility"), Map.entry("language", "PlanLanguage"),
			Map.entry("review_cadence", "Frequency"), Map.entry("frequency", "Frequency"),
			Map.entry("direction", "Direction"), Map.entry("target_type", "TargetType"),
			Map.entry("percentage_base", "PercentageBase"), Map.entry("base", "PercentageBase"),
			Map.entry("scope_type", "RuleScope"), Map.entry("horizon", "GoalHorizon"));

	/** Enumerated fields whose enum depends on the kind of item. */
	private static final Map<String, String> STATUS_ENUMS = Map.of("plan", "PlanStatus", "milestone", "MilestoneStatus",
			"risk", "RiskStatus", "campaign", "CampaignStatus");

	/**
	 * A plain decimal number as the database writes it; shown grouped unless it is an id.
	 */
	private static final Pattern NUMBER = Pattern.compile("-?\\d{1,30}(\\.\\d{1,12})?");

	/** Fields whose values are ids of other items. */
	private static final Set<String> ID_FIELDS = Set.of("depends_on", "kpis", "channels", "submitted_by",
			"approved_by");

	private final MessageSource messages;

	private final DisplayFormat display;

	CollabText(MessageSource messages, DisplayFormat display) {
		this.messages = messages;
		this.display = display;
	}

	/** A kind of item: {@code budget_line} → "Budget line". */
	public String kind(String kind) {
		return text("collab.kind." + kind, humanized(kind));
	}

	/** A field: {@code planned_amount} → "Planned amount". */
	public String field(String field) {
		return (field != null) ? text("collab.field." + field, humanized(field)) : "";
	}

	/** A field's value as text, translated when the field is enumerated. */
	public String value(String kind, String field, String value) {
		if (value == null) {
			return text("value.none", "—");
		}
		if ("true".equals(value) || "false".equals(value)) {
			return text("collab.value." + value, value);
		}
		String enumType = ("status".equals(field)) ? STATUS_ENUMS.get(kind) : ("role".equals(field))
				? ("plan_member".equals(kind) ? "MemberRole" : "Role")
				: ("kind".equals(field) && "allocation_rule".equals(kind)) ? "AllocationRuleKind"
						: ("category".equals(field) && "goal".equals(kind)) ? "GoalCategory" : ENUM_FIELDS.get(field);
		if (enumType != null) {
			return text("enum." + enumType + "." + value, value);
		}
		boolean id = field.endsWith("_id") || ID_FIELDS.contains(field);
		return (!id && NUMBER.matcher(value).matches()) ? this.display.number(new BigDecimal(value)) : value;
	}

	private String text(String key, String fallback) {
		return this.messages.getMessage(key, null, fallback, LocaleContextHolder.getLocale());
	}

	private static String humanized(String name) {
		if (name == null || name.isEmpty()) {
			return "";
		}
		String spaced = name.replace('_', ' ');
		return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
	}

}
