package com.marketingplanner.web.alert;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.marketingplanner.domain.alert.Alert;
import com.marketingplanner.domain.budget.BudgetFigure;
import com.marketingplanner.web.budget.BudgetFormat;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * An alert's finding in the reader's language: its message key with the arguments
 * subject, detail (translated by {@code budget.detail.<detail>} when such a key exists)
 * and the figures — amounts in the plan's currency and percentages as the budget pages
 * show them ({@link BudgetFormat}), ratios and KPI values as plain numbers. Templates
 * reach it as {@code @alertFormat}.
 */
@Component("alertFormat")
public class AlertFormat {

	private final MessageSource messages;

	private final BudgetFormat budget;

	AlertFormat(MessageSource messages, BudgetFormat budget) {
		this.messages = messages;
		this.budget = budget;
	}

	public String message(Alert alert) {
		Locale locale = LocaleContextHolder.getLocale();
		List<Object> arguments = new ArrayList<>();
		arguments.add(alert.getSubject());
		arguments.add((alert.getDetail() != null)
				? this.messages.getMessage("budget.detail." + alert.getDetail(), null, alert.getDetail(), locale) : "");
		for (BudgetFigure figure : alert.getFigures()) {
			arguments.add(switch (figure.kind()) {
				case AMOUNT -> this.budget.money(figure.value(), alert.getPlan().getCurrency());
				case PERCENT -> this.budget.percent(figure.value());
				case RATIO -> BudgetFigure.plainRatio(figure.value());
			});
		}
		return this.messages.getMessage(alert.getMessageKey(), arguments.toArray(), alert.getMessage(), locale);
	}

}
