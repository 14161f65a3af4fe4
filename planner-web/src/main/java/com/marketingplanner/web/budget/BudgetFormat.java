package com.marketingplanner.web.budget;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.marketingplanner.domain.budget.BudgetFigure;
import com.marketingplanner.domain.budget.ChannelMetric;
import com.marketingplanner.domain.budget.BudgetWarning;
import com.marketingplanner.web.page.DisplayFormat;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Renders budget numbers and findings in the reader's language: amounts in the plan's
 * currency, percentages with one decimal, findings through the {@code budget} bundle (key
 * {@code budget.warning.<code>}; arguments: subject, detail translated by
 * {@code budget.detail.<detail>} when such a key exists, then the formatted figures).
 * Templates reach it as {@code @budgetFormat}.
 */
@Component("budgetFormat")
public class BudgetFormat {

	private final MessageSource messages;

	private final DisplayFormat display;

	BudgetFormat(MessageSource messages, DisplayFormat display) {
		this.messages = messages;
		this.display = display;
	}

	/**
	 * An amount in the currency, in the page's one money format
	 * ({@link DisplayFormat#money}).
	 */
	public String money(BigDecimal amount, String currency) {
		return this.display.money(amount, currency);
	}

	/** A percentage with one decimal, e.g. 10.7%; a dash when not defined. */
	public String percent(BigDecimal value) {
		return this.display.percent(value);
	}

	/**
	 * A value of a channel metric as its kind is written: an amount in the currency, a
	 * percentage or a plain ratio; a dash when not defined.
	 */
	public String metricValue(ChannelMetric metric, BigDecimal value, String currency) {
		return switch (metric.kind()) {
			case AMOUNT -> money(value, currency);
			case PERCENT -> percent(value);
			case RATIO -> ratio(value);
		};
	}

	/**
	 * A ratio to four decimals without trailing zeros (1.1499, not 1.149918469125918).
	 */
	public String ratio(BigDecimal value) {
		return BudgetFigure.plainRatio(value);
	}

	/** A finding as a sentence in the reader's language. */
	public String warning(BudgetWarning warning, String currency) {
		Locale locale = LocaleContextHolder.getLocale();
		List<Object> arguments = new ArrayList<>();
		arguments.add(warning.subject());
		arguments.add((warning.detail() != null)
				? this.messages.getMessage("budget.detail." + warning.detail(), null, warning.detail(), locale) : "");
		for (BudgetFigure figure : warning.figures()) {
			arguments.add(switch (figure.kind()) {
				case AMOUNT -> money(figure.value(), currency);
				case PERCENT -> percent(figure.value());
				case RATIO -> BudgetFigure.plainRatio(figure.value());
			});
		}
		return this.messages.getMessage(warning.messageKey(), arguments.toArray(), warning.message(), locale);
	}

	/**
	 * The name of an enum constant in the reader's language
	 * ({@code enum.<Type>.<VALUE>}).
	 */
	public String label(Enum<?> value) {
		if (value == null) {
			return "";
		}
		return this.messages.getMessage("enum." + value.getDeclaringClass().getSimpleName() + "." + value.name(), null,
				value.name(), LocaleContextHolder.getLocale());
	}

}
