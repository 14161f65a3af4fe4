package com.marketingplanner.domain.cadence;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.marketingplanner.domain.alert.AlertService;
import com.marketingplanner.domain.analytics.RoiService;
import com.marketingplanner.domain.analytics.RoiService.RoiReport;
import com.marketingplanner.domain.analytics.RoiService.RoiRow;
import com.marketingplanner.domain.budget.BudgetCheckService;
import com.marketingplanner.domain.budget.BudgetPeriod;
import com.marketingplanner.domain.budget.BudgetPeriodService;
import com.marketingplanner.domain.cadence.WeeklyReport.BudgetWeek;
import com.marketingplanner.domain.cadence.WeeklyReport.ChannelWeek;
import com.marketingplanner.domain.cadence.WeeklyReport.KpiWeek;
import com.marketingplanner.domain.goal.Kpi;
import com.marketingplanner.domain.goal.KpiFilter;
import com.marketingplanner.domain.goal.KpiMeasurement;
import com.marketingplanner.domain.goal.KpiService;
import com.marketingplanner.domain.marketingdata.DataCoverage;
import com.marketingplanner.domain.marketingdata.DataKind;
import com.marketingplanner.domain.marketingdata.DataTimeZone;
import com.marketingplanner.domain.marketingdata.MarketingData;
import com.marketingplanner.domain.plan.Plan;
import com.marketingplanner.domain.plan.PlanService;
import com.marketingplanner.domain.shared.BusinessRuleViolation;
import com.marketingplanner.domain.shared.DateRange;
import com.marketingplanner.domain.shared.Money;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Generates the weekly effect report (营销效果周报) of a plan from what the application already
 * computes: KPI values and attainment ({@link KpiService}, {@link Kpi#attainment}), each
 * channel's spend, revenue, ROI, orders and new customers ({@link RoiService} over the
 * week's days), the budget's monthly base ({@link BudgetCheckService}, budget periods)
 * and the alerts ({@link AlertService}). Nothing is computed a second way.
 */
@Service
@Transactional(readOnly = true)
public class WeeklyReportService {

	/** The name of the week parameter in errors. */
	public static final String WEEK = "week";

	private final PlanService plans;

	private final KpiService kpis;

	private final RoiService roi;

	private final BudgetCheckService budgetCheck;

	private final BudgetPeriodService budgetPeriods;

	private final AlertService alerts;

	private final MarketingData data;

	private final DataTimeZone zone;

	private final Clock clock;

	public WeeklyReportService(PlanService plans, KpiService kpis, RoiService roi, BudgetCheckService budgetCheck,
			BudgetPeriodService budgetPeriods, AlertService alerts, MarketingData data, DataTimeZone zone,
			ObjectProvider<Clock> clock) {
		this.plans = plans;
		this.kpis = kpis;
		this.roi = roi;
		this.budgetCheck = budgetCheck;
		this.budgetPeriods = budgetPeriods;
		this.alerts = alerts;
		this.data = data;
		this.zone = zone;
		this.clock = clock.getIfAvailable(Clock::systemDefaultZone);
	}

	/**
	 * The report of a week given as text ({@code 2026-W14}); blank =
	 * {@link #defaultWeek}.
	 * @throws BusinessRuleViolation on {@code week} for a text that is no ISO week or a
	 * week without a day in the plan period
	 */
	public WeeklyReport report(long planId, String week) {
		Plan plan = this.plans.get(planId);
		IsoWeek chosen = (week == null || week.isBlank()) ? defaultWeek(plan) : IsoWeek.parse(week, WEEK);
		return report(plan, chosen);
	}

	/**
	 * The week a report opens on, the last full week with data: the week of the latest
	 * day with data of the plan (channel actuals, spend, KPI values) up to today, or the
	 * week before it when the data stop before the week's last day (in the plan) or the
	 * week is not over yet; without data the last finished week. Kept inside the plan.
	 */
	public IsoWeek defaultWeek(long planId) {
		return defaultWeek(this.plans.get(planId));
	}

	private IsoWeek defaultWeek(Plan plan) {
		DateRange period = plan.period();
		LocalDate today = LocalDate.now(this.clock.withZone(this.zone.zone()));
		LocalDate latest = latestDataDay(plan).orElse(today.minusDays(7));
		if (latest.isAfter(today)) {
			latest = today;
		}
		IsoWeek week = IsoWeek.of(latest);
		LocalDate lastDayInPlan = week.sunday().isAfter(period.end()) ? period.end() : week.sunday();
		if (latest.isBefore(lastDayInPlan) || !week.sunday().isBefore(today)) {
			week = week.previous();
		}
		IsoWeek first = IsoWeek.of(period.start());
		IsoWeek last = IsoWeek.of(period.end());
		return (week.compareTo(first) < 0) ? first : (week.compareTo(last) > 0) ? last : week;
	}

	private Optional<LocalDate> latestDataDay(Plan plan) {
		DateRange period = plan.period();
		LocalDate latest = null;
		for (DataCoverage coverage : this.data.coverage(period)) {
			if (coverage.kind() == DataKind.CHANNEL_ACTUALS && coverage.lastDay() != null) {
				latest = later(latest, coverage.lastDay());
			}
		}
		for (var spend : this.data.lineSpend(plan.getId(), period)) {
			latest = later(latest, spend.day());
		}
		for (KpiMeasurement measurement : this.kpis.latestMeasurements(this.kpis.all(plan.getId(), KpiFilter.none()))
			.values()) {
			if (period.contains(measurement.getPeriodEnd())) {
				latest = later(latest, measurement.getPeriodEnd());
			}
		}
		return Optional.ofNullable(latest);
	}

	private WeeklyReport report(Plan plan, IsoWeek week) {
		DateRange period = plan.period();
		DateRange days = clip(week.days(), period);
		if (days == null) {
			throw new BusinessRuleViolation(WEEK, "error.week.outside-plan",
					"Week {0} lies outside the plan period {1} – {2}", week.toString(), period.start(), period.end());
		}
		IsoWeek previous = week.previous();
		DateRange previousDays = clip(previous.days(), period);

		List<Kpi> all = this.kpis.all(plan.getId(), KpiFilter.none());
		Map<Long, List<KpiMeasurement>> history = this.kpis.measurementHistory(all);
		List<KpiWeek> kpiRows = new ArrayList<>();
		for (Kpi kpi : all) {
			List<KpiMeasurement> series = history.getOrDefault(kpi.getId(), List.of());
			KpiMeasurement now = latestUpTo(series, days.end());
			KpiMeasurement before = (previousDays != null) ? latestUpTo(series, previousDays.end()) : null;
			if (now != null || before != null) {
				kpiRows.add(new KpiWeek(kpi, now, before, kpi.attainment((now != null) ? now.getValue() : null)));
			}
		}

		RoiReport thisWeek = this.roi.roi(plan.getId(), days, null);
		RoiReport lastWeek = (previousDays != null) ? this.roi.roi(plan.getId(), previousDays, null) : null;
		Map<String, ChannelWeek> channels = new LinkedHashMap<>();
		for (RoiRow row : thisWeek.byChannel()) {
			if (hasResults(row)) {
				channels.put(row.channel(), new ChannelWeek(row.channel(), row, null));
			}
		}
		if (lastWeek != null) {
			for (RoiRow row : lastWeek.byChannel()) {
				if (hasResults(row)) {
					ChannelWeek current = channels.get(row.channel());
					channels.put(row.channel(),
							new ChannelWeek(row.channel(), (current != null) ? current.thisWeek() : null, row));
				}
			}
		}
		ChannelWeek total = new ChannelWeek(null, thisWeek.total(), (lastWeek != null) ? lastWeek.total() : null);

		BigDecimal share = weeklyShare(plan, days);
		BigDecimal spent = thisWeek.total().spend();
		BigDecimal percent = (spent != null && share != null && share.signum() > 0)
				? spent.multiply(BigDecimal.valueOf(100)).divide(share, 1, RoundingMode.HALF_UP) : null;
		BudgetWeek budget = new BudgetWeek(spent, (lastWeek != null) ? lastWeek.total().spend() : null, share, percent);

		return new WeeklyReport(week, days, previous, previousDays, IsoWeek.of(period.start()),
				IsoWeek.of(period.end()), plan.getCurrency(), kpiRows, all.size() - kpiRows.size(),
				List.copyOf(channels.values()), total, budget,
				this.alerts.raisedBetween(plan.getId(), this.zone.startOf(days.start()), this.zone.endOf(days)));
	}

	/**
	 * The week's share of the budget: each day's part of its month's budget (the budget
	 * period's amount ÷ its months, else the plan total ÷ the plan's months, as the
	 * budget check takes it).
	 */
	private BigDecimal weeklyShare(Plan plan, DateRange days) {
		List<BudgetPeriod> periods = this.budgetPeriods.all(plan.getId());
		BigDecimal wholePlanMonthly = periods.isEmpty() ? this.budgetCheck.check(plan.getId()).monthlyBudget() : null;
		BigDecimal share = null;
		for (LocalDate day = days.start(); !day.isAfter(days.end()); day = day.plusDays(1)) {
			BigDecimal monthly = periods.isEmpty() ? wholePlanMonthly : monthlyBudgetOf(periods, YearMonth.from(day));
			if (monthly != null) {
				BigDecimal daily = monthly.divide(BigDecimal.valueOf(day.lengthOfMonth()), 10, RoundingMode.HALF_UP);
				share = (share == null) ? daily : share.add(daily);
			}
		}
		return Money.rounded(share);
	}

	private static BigDecimal monthlyBudgetOf(List<BudgetPeriod> periods, YearMonth month) {
		for (BudgetPeriod period : periods) {
			if (!month.isBefore(YearMonth.from(period.getStartDate()))
					&& !month.isAfter(YearMonth.from(period.getEndDate()))) {
				return period.monthlyBudget();
			}
		}
		return null;
	}

	private static boolean hasResults(RoiRow row) {
		return row.spend() != null || row.revenue() != null || row.orders() != null || row.newCustomers() != null;
	}

	/**
	 * The KPI's value as of {@code day}: the latest measurement (series oldest first)
	 * whose period ended by then. A KPI measured monthly thus has a value in every week,
	 * the one of its last month end, instead of only in the weeks that hold a month end.
	 */
	private static KpiMeasurement latestUpTo(List<KpiMeasurement> series, LocalDate day) {
		KpiMeasurement latest = null;
		for (KpiMeasurement measurement : series) {
			if (!measurement.getPeriodEnd().isAfter(day)) {
				latest = measurement;
			}
		}
		return latest;
	}

	private static DateRange clip(DateRange days, DateRange period) {
		LocalDate start = days.start().isBefore(period.start()) ? period.start() : days.start();
		LocalDate end = days.end().isAfter(period.end()) ? period.end() : days.end();
		return start.isAfter(end) ? null : new DateRange(start, end);
	}

	private static LocalDate later(LocalDate a, LocalDate b) {
		return (a == null || b.isAfter(a)) ? b : a;
	}

}
