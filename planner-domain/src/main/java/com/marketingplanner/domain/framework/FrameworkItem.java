package com.marketingplanner.domain.framework;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One item of a framework: its name, what it means, and optionally a value with its unit
 * as the source states it ({@code 30} {@code %} for a share, {@code 199} {@code 元} for a
 * price band, {@code 1.8} {@code 元/人}). An item of an {@link FrameworkKind#ATTRIBUTION}
 * framework may name the application's attribution model it is ({@code first},
 * {@code last}, {@code linear}, …). Items are values: a framework replaces them, it never
 * edits one in place.
 */
@Embeddable
public class FrameworkItem {

	/** The unit that makes a value a share in percent. */
	public static final String PERCENT = "%";

	@Column(nullable = false)
	private String name;

	private String description;

	private BigDecimal value;

	private String unit;

	@Column(name = "attribution_model")
	private String attributionModel;

	protected FrameworkItem() {
	}

	FrameworkItem(String name, String description, BigDecimal value, String unit, String attributionModel) {
		this.name = name;
		this.description = description;
		this.value = value;
		this.unit = unit;
		this.attributionModel = attributionModel;
	}

	/** Whether the item states a share in percent. */
	public boolean isShare() {
		return this.value != null && PERCENT.equals(this.unit);
	}

	public String getName() {
		return this.name;
	}

	public String getDescription() {
		return this.description;
	}

	public BigDecimal getValue() {
		return this.value;
	}

	public String getUnit() {
		return this.unit;
	}

	public String getAttributionModel() {
		return this.attributionModel;
	}

}
