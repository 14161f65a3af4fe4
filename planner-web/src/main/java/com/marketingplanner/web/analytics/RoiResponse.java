package com.marketingplanner.web.analytics;

import java.util.List;

import com.marketingplanner.domain.analytics.RoiService.RoiReport;
import com.marketingplanner.domain.analytics.RoiService.RoiRow;
import com.marketingplanner.domain.shared.DateRange;

/**
 * ROI of a plan by channel and month as the API shows it: each row has the planned and
 * actual spend (with where the actual comes from), revenue, new customers, orders, ROI =
 * (revenue − spend) ÷ spend, ROAS = revenue ÷ spend (also as {@code roasOneToX}, the
 * seeds' "1:x") and CAC = spend ÷ new customers; {@code null} where not known or not
 * defined.
 */
public record RoiResponse(DateRange period, String currency, int months, List<Row> byMonth, List<Row> byChannel,
		Row total, String howComputed) {

	static RoiResponse from(RoiReport report, String howComputed) {
		return new RoiResponse(report.period(), report.currency(), report.months(),
				report.byMonth().stream().map(Row::of).toList(), report.byChannel().stream().map(Row::of).toList(),
				Row.of(report.total()), howComputed);
	}

	public record Row(String channel, String month, java.math.BigDecimal plannedSpend, java.math.BigDecimal spend,
			String spendSource, java.math.BigDecimal revenue, Long newCustomers, Long orders, Double roi, Double roas,
			String roasOneToX, Double cac) {

		public static Row of(RoiRow row) {
			return new Row(row.channel(), (row.month() != null) ? row.month().toString() : null, row.plannedSpend(),
					row.spend(), (row.spendSource() != null) ? row.spendSource().name() : null, row.revenue(),
					row.newCustomers(), row.orders(), row.roi(), row.roas(),
					(row.roas() != null) ? "1:" + java.math.BigDecimal.valueOf(row.roas())
						.setScale(2, java.math.RoundingMode.HALF_UP)
						.stripTrailingZeros()
						.toPlainString() : null,
					row.cac());
		}

	}

}
