package com.marketingplanner.domain.budget;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.marketingplanner.domain.budget.ChannelResult.SpendSource;
import com.marketingplanner.domain.marketingdata.ChannelActual;
import com.marketingplanner.domain.marketingdata.LineSpend;

import static org.assertj.core.api.Assertions.assertThat;

class ChannelResultsTest {

	private static ChannelActual actual(String day, String channel, String spend, String revenue, Long orders) {
		return new ChannelActual(LocalDate.parse(day), channel, (spend != null) ? new BigDecimal(spend) : null, 100L,
				10L, null, orders, null, (revenue != null) ? new BigDecimal(revenue) : null);
	}

	private static LineSpend booked(String day, String channel, String amount) {
		return new LineSpend(1, channel, LocalDate.parse(day), new BigDecimal(amount));
	}

	@Test
	void takesTheChannelsReportedSpendOverTheBookingsOfItsLines() {
		List<ChannelResult> results = ChannelResults.byChannel(
				List.of(actual("2026-03-01", "douyin", "100", "300", 3L),
						actual("2026-03-02", "douyin", "50", null, null)),
				List.of(booked("2026-03-01", "douyin", "999"), booked("2026-03-01", "wechat", "70"),
						booked("2026-03-05", null, "5")));

		assertThat(results).extracting(ChannelResult::channel).containsExactly("douyin", "wechat");
		ChannelResult douyin = results.get(0);
		assertThat(douyin.spend()).isEqualByComparingTo("150");
		assertThat(douyin.spendSource()).isEqualTo(SpendSource.CHANNEL_REPORT);
		assertThat(douyin.revenue()).isEqualByComparingTo("300");
		assertThat(douyin.orders()).isEqualTo(3L);
		assertThat(douyin.impressions()).isEqualTo(200L);
		assertThat(douyin.visits()).isNull();
		ChannelResult wechat = results.get(1);
		assertThat(wechat.spend()).isEqualByComparingTo("70");
		assertThat(wechat.spendSource()).isEqualTo(SpendSource.BUDGET_LINES);
		assertThat(wechat.revenue()).isNull();
	}

	@Test
	void asBookedTakesThePlansOwnBookingsOverTheOrganisationsReportAndTheReportWhenThePlanBookedNone() {
		List<ChannelResult> results = ChannelResults.byChannelAsBooked(
				List.of(actual("2026-03-01", "douyin", "10000", "30000", 3L),
						actual("2026-03-01", "sem", "400", "900", null)),
				List.of(booked("2026-03-01", "douyin", "900"), booked("2026-03-02", "douyin", "100")));

		ChannelResult douyin = results.get(0);
		assertThat(douyin.spend()).isEqualByComparingTo("1000");
		assertThat(douyin.spendSource()).isEqualTo(SpendSource.BUDGET_LINES);
		assertThat(douyin.revenue()).as("revenue stays the channel's report").isEqualByComparingTo("30000");
		ChannelResult sem = results.get(1);
		assertThat(sem.spend()).isEqualByComparingTo("400");
		assertThat(sem.spendSource()).isEqualTo(SpendSource.CHANNEL_REPORT);
	}

	@Test
	void aChannelReportingNoSpendHasNone() {
		ChannelResult result = ChannelResults
			.byChannel(List.of(actual("2026-03-01", "seo", null, "10", null)), List.of())
			.get(0);
		assertThat(result.spend()).isNull();
		assertThat(result.spendSource()).isEqualTo(SpendSource.NONE);
	}

	@Test
	void groupsByCalendarMonth() {
		List<ChannelResult> results = ChannelResults.byChannelAndMonth(
				List.of(actual("2026-03-31", "douyin", "1", "2", null), actual("2026-04-01", "douyin", "3", "4", null)),
				List.of());
		assertThat(results).extracting(ChannelResult::month)
			.containsExactly(YearMonth.of(2026, 3), YearMonth.of(2026, 4));
		assertThat(results.get(1).spend()).isEqualByComparingTo("3");
	}

}
