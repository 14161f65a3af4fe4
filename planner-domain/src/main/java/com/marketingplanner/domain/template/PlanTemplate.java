package com.marketingplanner.domain.template;

/**
 * One entry of the plan-template catalog.
 *
 * @param code template code, e.g. {@code seed-000}
 * @param sourceFile the source document the template was transcribed from
 * @param titleZh title in Simplified Chinese
 * @param titleEn English title
 * @param description short English description
 * @param demo whether the plan is one of the demo plans
 */
public record PlanTemplate(String code, String sourceFile, String titleZh, String titleEn, String description,
		boolean demo) {

	/** Classpath location of the template's JSON document. */
	public String resourcePath() {
		return "plan-templates/" + this.code + ".json";
	}

}
