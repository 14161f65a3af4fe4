package com.marketingplanner.domain.offer;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One component of a tactic's specification and how many of it: 3 × 短视频. */
@Embeddable
public class TacticComponent {

	@Column(nullable = false)
	private String component;

	@Column(nullable = false)
	private int quantity;

	protected TacticComponent() {
	}

	TacticComponent(String component, int quantity) {
		this.component = component;
		this.quantity = quantity;
	}

	public String getComponent() {
		return this.component;
	}

	public int getQuantity() {
		return this.quantity;
	}

}
