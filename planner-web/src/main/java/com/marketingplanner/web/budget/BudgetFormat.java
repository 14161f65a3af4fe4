package com.marketingplanner.web.budget;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

import com.marketingplanner.domain.budget.BudgetFigure;
import com.marketingplanner.domain.budget.BudgetWarning;

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

	BudgetFormat(MessageSource messages) {
		this.messages = messages;
	}

	/** An amount in the currency, e.g. ¥30,000,000.00; a dash when not defined. */
	public String money(BigDecimal amount, String currency) {
		if (amount == null) {
			return "—";
		}
		Locale locale = LocaleContextHolder.getLocale();
		NumberFormat format = NumberFormat.getCurrencyInstance(locale);
		try {
			format.setCurrency(Currency.getInstance(currency));
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			// an unknown code cannot be stored on a plan; keep the locale's currency
		}
		format.setRoundingMode(RoundingMode.HALF_UP);
		return format.format(amount);
	}

	/** A percentage with one decimal, e.g. 10.7%; a dash when not defined. */
	public String percent(BigDecimal value) {
		if (value == null) {
			return "—";
		}
		DecimalFormat format = new DecimalFormat("#,##0.0", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
		format.setRoundingMode(RoundingMode.HALF_UP);
		return format.format(value) + "%";
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
				case RATIO -> (figure.value() != null) ? figure.value().stripTrailingZeros().toPlainString() : "—";
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
