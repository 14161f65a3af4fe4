package com.marketingplanner.domain.operations;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A named zone of a dashboard with the rule that puts a figure into it (002: 红色预警区 /
 * 绿色安全区); the rule is the source's words, since the seeds do not state thresholds.
 */
@Embeddable
public class DashboardZone {

	@Column(nullable = false)
	private String name;

	@Column(name = "rule_text")
	private String rule;

	protected DashboardZone() {
	}

	DashboardZone(String name, String rule) {
		this.name = name;
		this.rule = rule;
	}

	public String getName() {
		return this.name;
	}

	public String getRule() {
		return this.rule;
	}

}
