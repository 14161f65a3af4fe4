package com.marketingplanner.domain.alert;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import com.marketingplanner.domain.budget.BudgetFigure;

/** One number of an alert's finding, kept as the finding named and typed it. */
@Embeddable
public class AlertFigure {

	@Column(nullable = false)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private BudgetFigure.Kind kind;

	private BigDecimal value;

	protected AlertFigure() {
	}

	AlertFigure(BudgetFigure figure) {
		this.name = figure.name();
		this.kind = figure.kind();
		this.value = figure.value();
	}

	/** The figure as the budget check's findings carry it, for formatting. */
	public BudgetFigure toFigure() {
		return new BudgetFigure(this.name, this.kind, this.value);
	}

}
