package com.marketingplanner.domain.offer;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One step of a tactic: what happens ({@code action}) and on which day after the start
 * ({@code day}; 入群 = day 0, 第7天互动 = day 7), or {@code null} when the source gives only
 * the order (直播: 前5分钟福利 → 中间抽奖 → 最后秒杀).
 */
@Embeddable
public class TacticStep {

	private Integer day;

	@Column(nullable = false)
	private String action;

	protected TacticStep() {
	}

	TacticStep(Integer day, String action) {
		this.day = day;
		this.action = action;
	}

	public Integer getDay() {
		return this.day;
	}

	public String getAction() {
		return this.action;
	}

}
