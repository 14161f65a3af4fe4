package com.marketingplanner.domain.budget;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import com.marketingplanner.domain.budget.BudgetInput.Line;
import com.marketingplanner.domain.budget.BudgetInput.Rule;
import com.marketingplanner.domain.budget.BudgetInput.Spend;
import com.marketingplanner.domain.budget.BudgetReport.RuleStatus;
import com.marketingplanner.domain.shared.DateRange;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The budget check on plans built in memory, including the acceptance examples of the
 * seed plans 000 (2.8億 total, lines 3.1億) and 002 (500萬, 35/45/15%).
 */
class BudgetCheckTest {

	static final DateRange YEAR_2026 = new DateRange(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));

	static BigDecimal money(String value) {
		return new BigDecimal(value).setScale(2);
	}

	static BigDecimal pct(String value) {
		return new BigDecimal(value).setScale(4);
	}

	/** Builds a {@link BudgetInput} line by line. */
	static final class Budget {

		final String title;

		BigDecimal total;

		DateRange period = YEAR_2026;

		final List<Line> lines = new ArrayList<>();

		final List<Spend> spends = new ArrayList<>();

		final List<Rule> rules = new ArrayList<>();

		final List<BudgetInput.Period> periods = new ArrayList<>();

		long nextId = 1;

		Budget(String title, String total) {
			this.title = title;
			this.total = (total != null) ? new BigDecimal(total) : null;
		}

		long amount(Long parentId, String name, String amount, String... tags) {
			return line(parentId, name, null, new BigDecimal(amount), null, null, tags);
		}

		long channelAmount(Long parentId, String name, String channel, String amount, String... tags) {
			return line(parentId, name, channel, new BigDecimal(amount), null, null, tags);
		}

		long percentage(Long parentId, String name, String percentage, PercentageBase base, String... tags) {
			return line(parentId, name, null, null, new BigDecimal(percentage), base, tags);
		}

		long unplanned(Long parentId, String name, String... tags) {
			return line(parentId, name, null, null, null, null, tags);
		}

		long line(Long parentId, String name, String channel, BigDecimal amount, BigDecimal percentage,
				PercentageBase base, String... tags) {
			long id = this.nextId++;
			this.lines.add(new Line(id, parentId, name, channel, Set.of(tags), amount, percentage, base));
			return id;
		}

		void spend(long lineId, String day, String amount) {
			this.spends.add(new Spend(lineId, LocalDate.parse(day), new BigDecimal(amount)));
		}

		long share(AllocationRuleKind kind, RuleScope scope, String value, String share, PercentageBase base) {
			long id = 100 + this.rules.size();
			this.rules.add(new Rule(id, kind, scope, value, new BigDecimal(share), null, base));
			return id;
		}

		long threshold(AllocationRuleKind kind, RuleScope scope, String value, String threshold) {
			long id = 100 + this.rules.size();
			this.rules.add(new Rule(id, kind, scope, value, null, new BigDecimal(threshold), PercentageBase.TOTAL));
			return id;
		}

		BudgetReport check() {
			return BudgetCheck.run(new BudgetInput(this.title, "CNY", this.total, this.period, this.lines, this.spends,
					this.rules, List.of(), this.periods));
		}

		void budgetPeriod(String start, String end, String amount) {
			this.periods.add(new BudgetInput.Period(new DateRange(LocalDate.parse(start), LocalDate.parse(end)),
					(amount != null) ? new BigDecimal(amount) : null));
		}

	}

	/** Plan 000: total 2.8億, four top-level lines of 3.1億, tech split 2.1億. */
	static Budget plan000() {
		Budget budget = new Budget("2026 E-commerce Marketing Plan", "280000000");
		long tech = budget.amount(null, "Tech R&D", "120000000", "tech", "digital", "long-term");
		budget.amount(null, "Channels", "80000000", "channel", "digital", "short-term");
		budget.amount(null, "Brand", "60000000", "brand", "long-term");
		budget.amount(null, "Personnel", "50000000", "hr");
		budget.amount(tech, "Data middle platform", "60000000", "tech");
		budget.amount(tech, "Smart terminals", "80000000", "tech");
		budget.amount(tech, "Infrastructure", "40000000", "tech");
		budget.amount(tech, "Data security", "30000000", "tech");
		return budget;
	}

	/** Plan 002: total 500萬, 35/45/15% lines, brand sub-lines 275萬, reserve 20萬. */
	static Budget plan002() {
		Budget budget = new Budget("Online-Store Promotion Plan", "5000000");
		long brand = budget.percentage(null, "Brand", "35", PercentageBase.TOTAL, "brand", "long-term");
		long channels = budget.percentage(null, "Channels", "45", PercentageBase.TOTAL, "channel", "short-term");
		budget.percentage(null, "Tech tools", "15", PercentageBase.TOTAL, "tech");
		budget.amount(null, "Emergency reserve", "200000", "reserve");
		budget.amount(brand, "Brand visuals", "2000000");
		budget.amount(brand, "Tmall flagship upgrade", "500000");
		budget.amount(brand, "Co-branded products", "250000");
		budget.channelAmount(channels, "Douyin feed ads", "douyin", "800000");
		budget.channelAmount(channels, "Xiaohongshu content", "xiaohongshu", "600000");
		budget.channelAmount(channels, "Live-stream incentives", "live-stream", "300000");
		return budget;
	}

	@Nested
	class Periods {

		/** 002: a three-year plan whose 500万 is the first year's budget. */
		Budget plan002OverThreeYears() {
			Budget budget = plan002();
			budget.period = new DateRange(LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31));
			budget.budgetPeriod("2024-01-01", "2024-12-31", "5000000");
			budget.budgetPeriod("2025-01-01", "2025-12-31", null);
			return budget;
		}

		@Test
		void takesTheMonthlyBudgetFromTheYearOneBudgetNotFromAllMonthsOfThePlan() {
			assertThat(plan002OverThreeYears().check().monthlyBudget()).isEqualByComparingTo("416666.67");
			Budget withoutPeriods = plan002();
			withoutPeriods.period = new DateRange(LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31));
			assertThat(withoutPeriods.check().monthlyBudget()).isEqualByComparingTo("138888.89");
		}

		@Test
		void freezesOnOverspendAgainstTheMonthOfItsPeriodAndSkipsMonthsWithoutABudget() {
			Budget budget = plan002OverThreeYears();
			budget.threshold(AllocationRuleKind.OVERSPEND_FREEZE, RuleScope.PLAN, null, "10");
			// 2024-03: 500,000 against 416,666.67 (+20%); 2025-03: no budget stated for
			// year 2
			budget.spend(5, "2024-03-10", "500000");
			budget.spend(5, "2025-03-10", "900000");

			BudgetReport report = budget.check();

			assertThat(report.warnings("rule-overspend-freeze")).singleElement()
				.satisfies((warning) -> assertThat(warning.detail()).isEqualTo("2024-03"));
		}

		@Test
		void capsAChannelAgainstTheMonthlyBudgetOfTheFirstPeriod() {
			Budget budget = plan002OverThreeYears();
			budget.share(AllocationRuleKind.CHANNEL_CAP, RuleScope.CHANNEL, "douyin", "25", PercentageBase.MONTHLY);

			BudgetReport report = budget.check();

			// 800,000 of a 5,000,000 year = 66,666.67 a month = 16% of 416,666.67: within
			// 25%
			assertThat(report.warnings("rule-channel-cap")).isEmpty();
			assertThat(report.rules().get(0).baseAmount()).isEqualByComparingTo("416666.67");
		}

	}

	@Nested
	class Allocation {

		@Test
		void reportsPlan000AsOverAllocatedByThirtyMillionOrTenPointSevenPercent() {
			BudgetReport report = plan000().check();

			assertThat(report.allocated()).isEqualByComparingTo("310000000");
			assertThat(report.unallocated()).isEqualByComparingTo("-30000000");
			assertThat(report.isOverAllocated()).isTrue();
			BudgetWarning over = report.warnings("over-allocated").get(0);
			assertThat(over.severity()).isEqualTo(WarningSeverity.WARNING);
			assertThat(over.figure("over").value()).isEqualByComparingTo("30000000");
			assertThat(over.figure("overPercent").value()).isEqualByComparingTo("10.7143");
			assertThat(over.message()).startsWith("Over-allocated by CNY 30,000,000.00 (10.7%)");
		}

		@Test
		void reportsMoneyLeftUnallocatedAsInformation() {
			Budget budget = new Budget("Plan", "1000");
			budget.amount(null, "Ads", "600");

			BudgetReport report = budget.check();

			assertThat(report.unallocated()).isEqualByComparingTo("400");
			BudgetWarning under = report.warnings("under-allocated").get(0);
			assertThat(under.severity()).isEqualTo(WarningSeverity.INFO);
			assertThat(under.figure("unallocated").value()).isEqualByComparingTo("400");
			assertThat(under.figure("unallocatedPercent").value()).isEqualByComparingTo("40");
		}

		@Test
		void reportsNothingWhenTheLinesAddUpToTheTotal() {
			Budget budget = new Budget("Plan", "1000");
			budget.amount(null, "Ads", "600");
			budget.amount(null, "Brand", "400");

			assertThat(budget.check().warnings()).isEmpty();
		}

		@Test
		void saysSharesOfTheTotalCannotBeComputedWithoutATotal() {
			Budget budget = new Budget("Plan", null);
			budget.amount(null, "Ads", "600");

			BudgetReport report = budget.check();

			assertThat(report.unallocated()).isNull();
			assertThat(report.allocatedPercent()).isNull();
			assertThat(report.warnings("total-missing")).singleElement()
				.satisfies((warning) -> assertThat(warning.severity()).isEqualTo(WarningSeverity.INFO));
		}

		@Test
		void reportsPlan000TechSubProjectsExceedingTheTechLineByNinetyMillion() {
			BudgetReport report = plan000().check();

			BudgetWarning exceed = report.warnings("children-exceed-parent").get(0);
			assertThat(exceed.subject()).isEqualTo("Tech R&D");
			assertThat(exceed.figure("children").value()).isEqualByComparingTo("210000000");
			assertThat(exceed.figure("planned").value()).isEqualByComparingTo("120000000");
			assertThat(exceed.figure("excess").value()).isEqualByComparingTo("90000000");
		}

		@Test
		void countsALineWithItsOwnAmountNotItsChildrenIntoTheAllocatedTotal() {
			BudgetReport report = plan000().check();

			assertThat(report.lines().get(1L).effective()).isEqualByComparingTo("120000000");
			assertThat(report.lines().get(1L).rolledUp()).isFalse();
			assertThat(report.lines().get(1L).shareOfTotal()).isEqualByComparingTo("42.8571");
		}

		@Test
		void reportsChildrenBelowTheirParentAsInformation() {
			Budget budget = new Budget("Plan", "1000");
			long ads = budget.amount(null, "Ads", "1000");
			budget.amount(ads, "Search", "300");

			BudgetWarning below = budget.check().warnings("children-below-parent").get(0);

			assertThat(below.severity()).isEqualTo(WarningSeverity.INFO);
			assertThat(below.figure("remaining").value()).isEqualByComparingTo("700");
		}

		@Test
		void rollsACategoryWithoutItsOwnFigureUpFromItsItems() {
			Budget budget = new Budget("Plan", "1000");
			long ads = budget.unplanned(null, "Ads");
			budget.amount(ads, "Search", "300");
			budget.percentage(ads, "Feeds", "20", PercentageBase.TOTAL);

			BudgetReport report = budget.check();

			assertThat(report.lines().get(ads).effective()).isEqualByComparingTo("500");
			assertThat(report.lines().get(ads).rolledUp()).isTrue();
			assertThat(report.allocated()).isEqualByComparingTo("500");
			assertThat(report.warnings("line-unplanned")).isEmpty();
		}

	}

	@Nested
	class Percentages {

		@Test
		void reportsPlan002PercentagesSummingToNinetyFivePercent() {
			BudgetReport report = plan002().check();

			BudgetWarning sum = report.warnings("percentages-not-100").get(0);
			assertThat(sum.subjectType()).isEqualTo(BudgetWarning.SubjectType.PLAN);
			assertThat(sum.figure("sum").value()).isEqualByComparingTo("95");
			assertThat(sum.message()).contains("95.0%");
		}

		@Test
		void derivesPlan002LineAmountsFromTheirPercentageOfTheTotal() {
			BudgetReport report = plan002().check();

			assertThat(report.lines().get(1L).effective()).isEqualByComparingTo("1750000");
			assertThat(report.lines().get(2L).effective()).isEqualByComparingTo("2250000");
			assertThat(report.lines().get(3L).effective()).isEqualByComparingTo("750000");
			assertThat(report.allocated()).isEqualByComparingTo("4950000");
		}

		@Test
		void reportsPlan002BrandSubLinesExceedingTheirThirtyFivePercentLine() {
			BudgetWarning exceed = plan002().check()
				.warnings("children-exceed-parent")
				.stream()
				.filter((warning) -> warning.subject().equals("Brand"))
				.findFirst()
				.orElseThrow();

			assertThat(exceed.figure("children").value()).isEqualByComparingTo("2750000");
			assertThat(exceed.figure("planned").value()).isEqualByComparingTo("1750000");
			assertThat(exceed.figure("excess").value()).isEqualByComparingTo("1000000");
		}

		@Test
		void saysAPercentageWithoutAStatedBaseHasNoAmount() {
			// 004: 抖音/小红书投放 45%, 私域运营 25% — the base is not stated
			Budget budget = new Budget("Plan 004", "50000000");
			long marketing = budget.percentage(null, "营销推广", "70", PercentageBase.TOTAL, "marketing");
			budget.percentage(marketing, "抖音/小红书投放", "45", PercentageBase.UNSTATED);
			budget.percentage(marketing, "私域运营", "25", PercentageBase.UNSTATED);

			BudgetReport report = budget.check();

			assertThat(report.warnings("line-base-unstated")).extracting(BudgetWarning::subject)
				.containsExactly("抖音/小红书投放", "私域运营");
			assertThat(report.warnings("line-base-unstated").get(0).message()).contains("45.0%");
			assertThat(report.warnings("percentages-not-100")).isEmpty();
			assertThat(report.lines().get(2L).effective()).isNull();
		}

		@Test
		void keepsTheAmountOfALineStatedAsBothAndSaysWhenTheShareDisagrees() {
			// 004: 系统搭建 40% = 1200万 of the 3000万 tech budget (agrees); a changed amount
			// does not
			Budget budget = new Budget("Plan 004", "50000000");
			long tech = budget.amount(null, "首年技术投入", "30000000");
			budget.line(tech, "系统搭建", null, new BigDecimal("12000000"), new BigDecimal("40"), PercentageBase.PARENT);
			budget.line(tech, "数据中台", null, new BigDecimal("9500000"), new BigDecimal("30"), PercentageBase.PARENT);

			BudgetReport report = budget.check();

			assertThat(report.lines().get(3L).effective()).isEqualByComparingTo("9500000");
			assertThat(report.warnings("line-amount-share-differs")).singleElement().satisfies((warning) -> {
				assertThat(warning.subject()).isEqualTo("数据中台");
				assertThat(warning.figure("stated").value()).isEqualByComparingTo("9000000");
			});
			assertThat(report.warnings("percentages-not-100")).singleElement()
				.satisfies((warning) -> assertThat(warning.figure("sum").value()).isEqualByComparingTo("70"));
		}

		@Test
		void acceptsSiblingPercentagesOfTheParentSummingToExactlyOneHundred() {
			Budget budget = new Budget("Plan", "1000");
			long ads = budget.amount(null, "Ads", "1000");
			budget.percentage(ads, "Search", "60", PercentageBase.PARENT);
			budget.percentage(ads, "Feeds", "40", PercentageBase.PARENT);

			BudgetReport report = budget.check();

			assertThat(report.warnings()).isEmpty();
			assertThat(report.lines().get(2L).effective()).isEqualByComparingTo("600");
			assertThat(report.lines().get(3L).shareOfParent()).isEqualByComparingTo("40");
		}

		@Test
		void reportsChildPercentagesOfTheParentNotSummingToOneHundredOnTheParent() {
			Budget budget = new Budget("Plan", "1000");
			long ads = budget.amount(null, "Ads", "1000");
			budget.percentage(ads, "Search", "60", PercentageBase.PARENT);
			budget.percentage(ads, "Feeds", "50", PercentageBase.PARENT);

			BudgetWarning sum = budget.check().warnings("percentages-not-100").get(0);

			assertThat(sum.subjectType()).isEqualTo(BudgetWarning.SubjectType.LINE);
			assertThat(sum.subjectId()).isEqualTo(ads);
			assertThat(sum.figure("sum").value()).isEqualByComparingTo("110");
		}

		@Test
		void doesNotAskASinglePercentageLineToMakeOneHundred() {
			Budget budget = new Budget("Plan", "1000");
			budget.amount(null, "Ads", "900");
			budget.percentage(null, "Reserve", "10", PercentageBase.TOTAL, "reserve");

			assertThat(budget.check().warnings("percentages-not-100")).isEmpty();
		}

		@Test
		void treatsAParentPercentageAtTopLevelAsAPercentageOfTheTotal() {
			Budget budget = new Budget("Plan", "1000");
			budget.percentage(null, "Ads", "25", PercentageBase.PARENT);

			assertThat(budget.check().lines().get(1L).effective()).isEqualByComparingTo("250");
		}

		@Test
		void derivesTheMonthlyBaseFromTheCalendarMonthsOfThePlanPeriod() {
			Budget budget = new Budget("Plan", "1200");
			budget.percentage(null, "Monthly retainer", "50", PercentageBase.MONTHLY);

			BudgetReport report = budget.check();

			assertThat(report.months()).isEqualTo(12);
			assertThat(report.monthlyBudget()).isEqualByComparingTo("100");
			assertThat(report.lines().get(1L).effective()).isEqualByComparingTo("50");
		}

		@Test
		void derivesTheMarketingBaseFromTopMostMarketingAndChannelLines() {
			Budget budget = new Budget("Plan", "1000");
			long marketing = budget.amount(null, "Marketing", "700", "marketing");
			budget.channelAmount(marketing, "Douyin", "douyin", "300");
			budget.channelAmount(null, "Search ads", "sem", "100");
			budget.amount(null, "Tech", "100", "tech");
			budget.percentage(null, "Agency fee", "10", PercentageBase.MARKETING);

			BudgetReport report = budget.check();

			assertThat(report.marketingBudget()).isEqualByComparingTo("800");
			assertThat(report.lines().get(5L).effective()).isEqualByComparingTo("80");
		}

		@Test
		void reportsAPercentageWhoseBaseIsNotDefined() {
			Budget budget = new Budget("Plan", "1000");
			budget.percentage(null, "Agency fee", "10", PercentageBase.MARKETING);

			BudgetReport report = budget.check();

			assertThat(report.marketingBudget()).isNull();
			assertThat(report.lines().get(1L).effective()).isNull();
			assertThat(report.warnings("line-base-undefined")).singleElement()
				.satisfies((warning) -> assertThat(warning.detail()).isEqualTo("MARKETING"));
		}

		@Test
		void reportsAParentPercentageUnderACategoryWithoutItsOwnFigure() {
			Budget budget = new Budget("Plan", "1000");
			long ads = budget.unplanned(null, "Ads");
			budget.percentage(ads, "Search", "50", PercentageBase.PARENT);

			BudgetReport report = budget.check();

			assertThat(report.warnings("line-base-undefined")).hasSize(1);
			assertThat(report.warnings("line-unplanned")).isEmpty();
		}

		@Test
		void reportsLinesWithNeitherAmountNorPercentage() {
			Budget budget = new Budget("Plan", "1000");
			budget.amount(null, "Ads", "1000");
			long empty = budget.unplanned(null, "To be decided");

			BudgetWarning unplanned = budget.check().warnings("line-unplanned").get(0);

			assertThat(unplanned.subjectId()).isEqualTo(empty);
			assertThat(unplanned.message())
				.isEqualTo("Line “To be decided” has neither a planned amount nor a percentage.");
		}

	}

	@Nested
	class Rules {

		@Test
		void passesPlan000RuleTechAtLeastFortyPercentOfTheTotal() {
			Budget budget = plan000();
			long rule = budget.share(AllocationRuleKind.MIN_SHARE, RuleScope.TAG, "tech", "40", PercentageBase.TOTAL);

			BudgetReport report = budget.check();

			assertThat(report.rule(rule).status()).isEqualTo(RuleStatus.PASSED);
			assertThat(report.rule(rule).actualPercent()).isEqualByComparingTo("42.8571");
			assertThat(report.warnings("rule-min-share")).isEmpty();
		}

		@Test
		void reportsAMinimumShareNotReached() {
			Budget budget = plan000();
			long rule = budget.share(AllocationRuleKind.MIN_SHARE, RuleScope.TAG, "brand", "25", PercentageBase.TOTAL);

			BudgetReport report = budget.check();

			assertThat(report.rule(rule).status()).isEqualTo(RuleStatus.VIOLATED);
			BudgetWarning warning = report.warnings("rule-min-share").get(0);
			assertThat(warning.subjectId()).isEqualTo(rule);
			assertThat(warning.figure("share").value()).isEqualByComparingTo("21.4286");
			assertThat(warning.figure("target").value()).isEqualByComparingTo("25");
		}

		@Test
		void reportsAMaximumShareExceeded() {
			Budget budget = plan000();
			budget.share(AllocationRuleKind.MAX_SHARE, RuleScope.TAG, "digital", "65", PercentageBase.TOTAL);

			BudgetWarning warning = budget.check().warnings("rule-max-share").get(0);

			assertThat(warning.figure("amount").value()).isEqualByComparingTo("200000000");
			assertThat(warning.figure("share").value()).isEqualByComparingTo("71.4286");
		}

		@Test
		void checksAFixedShareWithinFiveHundredthsOfAPoint() {
			Budget budget = new Budget("Plan", "280000000");
			budget.amount(null, "Digital", "182000000", "digital");
			budget.amount(null, "Traditional", "98000000", "traditional");
			long digital = budget.share(AllocationRuleKind.FIXED_SHARE, RuleScope.TAG, "digital", "65",
					PercentageBase.TOTAL);
			long traditional = budget.share(AllocationRuleKind.FIXED_SHARE, RuleScope.TAG, "Traditional", "30",
					PercentageBase.TOTAL);

			BudgetReport report = budget.check();

			assertThat(report.rule(digital).status()).isEqualTo(RuleStatus.PASSED);
			assertThat(report.rule(traditional).status()).isEqualTo(RuleStatus.VIOLATED);
			assertThat(report.warnings("rule-fixed-share")).singleElement()
				.satisfies((warning) -> assertThat(warning.figure("share").value()).isEqualByComparingTo("35"));
		}

		@Test
		void measuresALineRuleAgainstItsParentLine() {
			Budget budget = plan000();
			long rule = budget.share(AllocationRuleKind.MAX_SHARE, RuleScope.LINE, "6", "50", PercentageBase.PARENT);

			BudgetReport report = budget.check();

			assertThat(report.rule(rule).baseAmount()).isEqualByComparingTo("120000000");
			assertThat(report.rule(rule).actualPercent()).isEqualByComparingTo("66.6667");
			assertThat(report.rule(rule).status()).isEqualTo(RuleStatus.VIOLATED);
		}

		@Test
		void reportsAChannelCapExceededOnTheMarketingBase() {
			Budget budget = plan002();
			long douyin = budget.share(AllocationRuleKind.CHANNEL_CAP, RuleScope.CHANNEL, "douyin", "28",
					PercentageBase.MARKETING);
			long xiaohongshu = budget.share(AllocationRuleKind.CHANNEL_CAP, RuleScope.CHANNEL, "xiaohongshu", "28",
					PercentageBase.MARKETING);

			BudgetReport report = budget.check();

			// marketing base = the 45% channel category = 225萬; Douyin 80萬 = 35.6%
			assertThat(report.marketingBudget()).isEqualByComparingTo("2250000");
			assertThat(report.rule(douyin).status()).isEqualTo(RuleStatus.VIOLATED);
			assertThat(report.rule(douyin).actualPercent()).isEqualByComparingTo("35.5556");
			assertThat(report.rule(xiaohongshu).status()).isEqualTo(RuleStatus.PASSED);
			assertThat(report.warnings("rule-channel-cap")).singleElement()
				.satisfies((warning) -> assertThat(warning.subject()).isEqualTo("douyin"));
		}

		@Test
		void capsEveryChannelWithoutItsOwnCapWithAPlanWideChannelCap() {
			Budget budget = plan002();
			budget.share(AllocationRuleKind.CHANNEL_CAP, RuleScope.CHANNEL, "douyin", "40", PercentageBase.MARKETING);
			long others = budget.share(AllocationRuleKind.CHANNEL_CAP, RuleScope.PLAN, null, "20",
					PercentageBase.MARKETING);

			BudgetReport report = budget.check();

			// xiaohongshu 60萬 / 225萬 = 26.7% > 20; live-stream 13.3%; douyin has its own
			// cap
			assertThat(report.rule(others).status()).isEqualTo(RuleStatus.VIOLATED);
			assertThat(report.rule(others).actualPercent()).isEqualByComparingTo("26.6667");
			assertThat(report.warnings("rule-channel-cap")).extracting(BudgetWarning::subject)
				.containsExactly("xiaohongshu");
		}

		@Test
		void keepsPlan002DouyinWithinItsCapOfTheTotal() {
			Budget budget = plan002();
			long douyin = budget.share(AllocationRuleKind.CHANNEL_CAP, RuleScope.CHANNEL, "douyin", "28",
					PercentageBase.TOTAL);

			assertThat(budget.check().rule(douyin).actualPercent()).isEqualByComparingTo("16");
			assertThat(budget.check().rule(douyin).status()).isEqualTo(RuleStatus.PASSED);
		}

		@Test
		void comparesAMonthlyCapWithTheScopeAmountPerMonth() {
			Budget budget = new Budget("Plan", "1200");
			budget.channelAmount(null, "Douyin", "douyin", "360");
			long cap = budget.share(AllocationRuleKind.CHANNEL_CAP, RuleScope.CHANNEL, "douyin", "25",
					PercentageBase.MONTHLY);

			BudgetReport report = budget.check();

			assertThat(report.rule(cap).scopeAmount()).isEqualByComparingTo("30");
			assertThat(report.rule(cap).baseAmount()).isEqualByComparingTo("100");
			assertThat(report.rule(cap).status()).isEqualTo(RuleStatus.VIOLATED);
		}

		@Test
		void reportsEveryMonthWhoseSpendOnAChannelExceedsItsShareOfTheMonthlyBudget() {
			Budget budget = new Budget("Plan", "1200");
			long douyin = budget.channelAmount(null, "Douyin", "douyin", "240");
			budget.amount(null, "Other", "960");
			budget.spend(douyin, "2026-01-10", "20");
			budget.spend(douyin, "2026-02-10", "30");
			budget.spend(douyin, "2026-02-20", "1");
			long cap = budget.share(AllocationRuleKind.CHANNEL_CAP, RuleScope.CHANNEL, "douyin", "25",
					PercentageBase.MONTHLY);

			BudgetReport report = budget.check();

			// planned 240 / 12 = 20 a month = 20% of the monthly 100: within the cap;
			// February spent 31%
			assertThat(report.rule(cap).actualPercent()).isEqualByComparingTo("20");
			assertThat(report.rule(cap).status()).isEqualTo(RuleStatus.VIOLATED);
			assertThat(report.warnings("rule-month-spend-above-share")).singleElement().satisfies((warning) -> {
				assertThat(warning.detail()).isEqualTo("2026-02");
				assertThat(warning.figure("share").value()).isEqualByComparingTo("31");
			});
		}

		@Test
		void appliesAPlanWideMonthlyCapToTheSpendOfEachUncappedChannel() {
			Budget budget = new Budget("Plan", "1200");
			long tmall = budget.channelAmount(null, "Tmall", "tmall", "120");
			budget.amount(null, "Other", "1080");
			budget.spend(tmall, "2026-03-01", "16");
			long others = budget.share(AllocationRuleKind.CHANNEL_CAP, RuleScope.PLAN, null, "15",
					PercentageBase.MONTHLY);

			BudgetReport report = budget.check();

			assertThat(report.rule(others).status()).isEqualTo(RuleStatus.VIOLATED);
			assertThat(report.warnings("rule-month-spend-above-share")).singleElement()
				.satisfies((warning) -> assertThat(warning.subject()).isEqualTo("tmall"));
		}

		@Test
		void reportsAReserveBelowItsShare() {
			Budget budget = plan002();
			long reserve = budget.share(AllocationRuleKind.RESERVE, RuleScope.PLAN, null, "10", PercentageBase.TOTAL);

			BudgetReport report = budget.check();

			assertThat(report.rule(reserve).actualPercent()).isEqualByComparingTo("4");
			BudgetWarning warning = report.warnings("rule-reserve-below").get(0);
			assertThat(warning.subject()).isEqualTo("reserve");
			assertThat(warning.figure("amount").value()).isEqualByComparingTo("200000");
		}

		@Test
		void reportsRoiAndSalesYieldFloorsAsNotYetMeasurableRatherThanViolated() {
			Budget budget = plan002();
			long roi = budget.threshold(AllocationRuleKind.ROI_FLOOR, RuleScope.CHANNEL, "douyin", "1.5");
			long yield = budget.threshold(AllocationRuleKind.SALES_YIELD_FLOOR, RuleScope.PLAN, null, "0.05");

			BudgetReport report = budget.check();

			assertThat(report.rule(roi).status()).isEqualTo(RuleStatus.NOT_MEASURABLE);
			assertThat(report.rule(yield).status()).isEqualTo(RuleStatus.NOT_MEASURABLE);
			assertThat(report.warnings("rule-not-measurable")).hasSize(2)
				.allSatisfy((warning) -> assertThat(warning.severity()).isEqualTo(WarningSeverity.INFO));
			assertThat(report.warnings("rule-not-measurable").get(0).message()).contains("threshold 1.5");
		}

		@Test
		void reportsARuleOnALineThatNoLongerExists() {
			Budget budget = plan000();
			long rule = budget.share(AllocationRuleKind.MAX_SHARE, RuleScope.LINE, "999", "10", PercentageBase.TOTAL);

			BudgetReport report = budget.check();

			assertThat(report.rule(rule).status()).isEqualTo(RuleStatus.NOT_EVALUABLE);
			assertThat(report.warnings("rule-scope-missing")).hasSize(1);
		}

		@Test
		void reportsAShareRuleWhoseBaseIsNotDefined() {
			Budget budget = new Budget("Plan", null);
			budget.amount(null, "Tech", "100", "tech");
			long rule = budget.share(AllocationRuleKind.MIN_SHARE, RuleScope.TAG, "tech", "40", PercentageBase.TOTAL);

			BudgetReport report = budget.check();

			assertThat(report.rule(rule).status()).isEqualTo(RuleStatus.NOT_EVALUABLE);
			assertThat(report.warnings("rule-base-undefined")).singleElement()
				.satisfies((warning) -> assertThat(warning.detail()).isEqualTo("TOTAL"));
		}

		@Test
		void countsATaggedCategoryOnceEvenWhenItsItemsCarryTheTagToo() {
			Budget budget = plan000();

			BudgetReport report = budget.check();

			assertThat(report.tags()).filteredOn((total) -> total.key().equals("tech"))
				.singleElement()
				.satisfies((total) -> assertThat(total.amount()).isEqualByComparingTo("120000000"));
			assertThat(report.tags()).filteredOn((total) -> total.key().equals("digital"))
				.singleElement()
				.satisfies((total) -> assertThat(total.sharePercent()).isEqualByComparingTo("71.4286"));
		}

		@Test
		void sumsChannelsOverTheirLines() {
			BudgetReport report = plan002().check();

			assertThat(report.channels()).extracting(BudgetReport.ScopeTotal::key)
				.containsExactly("douyin", "live-stream", "xiaohongshu");
			assertThat(report.channels().get(0).amount()).isEqualByComparingTo("800000");
			assertThat(report.channels().get(0).sharePercent()).isEqualByComparingTo("16");
		}

	}

	@Nested
	class Spending {

		@Test
		void reportsSpendOverALinesPlanIncludingItsSubLines() {
			Budget budget = new Budget("Plan", "1000");
			long ads = budget.amount(null, "Ads", "1000");
			long search = budget.amount(ads, "Search", "400");
			budget.amount(ads, "Feeds", "600");
			budget.spend(search, "2026-02-03", "300");
			budget.spend(search, "2026-03-03", "200");
			budget.spend(ads, "2026-03-05", "100");

			BudgetReport report = budget.check();

			assertThat(report.spent()).isEqualByComparingTo("600");
			assertThat(report.lines().get(ads).spent()).isEqualByComparingTo("600");
			BudgetWarning over = report.warnings("spend-over-plan").get(0);
			assertThat(over.subjectId()).isEqualTo(search);
			assertThat(over.figure("over").value()).isEqualByComparingTo("100");
			assertThat(over.figure("overPercent").value()).isEqualByComparingTo("25");
			assertThat(report.warnings("spend-over-plan")).hasSize(1);
		}

		@Test
		void reportsSpendOnALineWithoutAPlan() {
			Budget budget = new Budget("Plan", "1000");
			budget.amount(null, "Ads", "1000");
			long extra = budget.unplanned(null, "Extra");
			budget.spend(extra, "2026-02-03", "50");

			assertThat(budget.check().warnings("spend-without-plan")).singleElement()
				.satisfies((warning) -> assertThat(warning.subjectId()).isEqualTo(extra));
		}

		@Test
		void acceptsSpendWithinPlan() {
			Budget budget = new Budget("Plan", "1000");
			long ads = budget.amount(null, "Ads", "1000");
			budget.spend(ads, "2026-02-03", "1000");

			assertThat(budget.check().warnings()).isEmpty();
		}

		@Test
		void reportsEveryMonthOverspentBeyondTheFreezeThreshold() {
			Budget budget = new Budget("Plan", "1200");
			long ads = budget.amount(null, "Ads", "1200");
			budget.spend(ads, "2026-01-10", "110");
			budget.spend(ads, "2026-02-10", "111");
			budget.spend(ads, "2026-03-10", "80");
			budget.spend(ads, "2026-03-20", "70");
			long freeze = budget.threshold(AllocationRuleKind.OVERSPEND_FREEZE, RuleScope.PLAN, null, "10");

			BudgetReport report = budget.check();

			assertThat(report.rule(freeze).status()).isEqualTo(RuleStatus.VIOLATED);
			assertThat(report.warnings("rule-overspend-freeze")).extracting(BudgetWarning::detail)
				.containsExactly("2026-02", "2026-03");
			BudgetWarning march = report.warnings("rule-overspend-freeze").get(1);
			assertThat(march.figure("spent").value()).isEqualByComparingTo("150");
			assertThat(march.figure("monthlyPlan").value()).isEqualByComparingTo("100");
			assertThat(march.figure("overPercent").value()).isEqualByComparingTo("50");
		}

		@Test
		void appliesAFreezeRuleToTheSpendOfItsChannelOnly() {
			Budget budget = new Budget("Plan", "2400");
			long douyin = budget.channelAmount(null, "Douyin", "douyin", "1200");
			long tmall = budget.channelAmount(null, "Tmall", "tmall", "1200");
			budget.spend(douyin, "2026-01-10", "100");
			budget.spend(tmall, "2026-01-10", "500");
			long freeze = budget.threshold(AllocationRuleKind.OVERSPEND_FREEZE, RuleScope.CHANNEL, "douyin", "10");

			assertThat(budget.check().rule(freeze).status()).isEqualTo(RuleStatus.PASSED);
		}

		@Test
		void groupsSpendByCalendarMonth() {
			Budget budget = new Budget("Plan", "1200");
			long ads = budget.amount(null, "Ads", "1200");
			budget.spend(ads, "2026-01-10", "10");
			budget.spend(ads, "2026-01-31", "5");
			budget.spend(ads, "2026-04-01", "7");

			assertThat(budget.check().spentByMonth()).containsOnlyKeys(java.time.YearMonth.of(2026, 1),
					java.time.YearMonth.of(2026, 4));
		}

	}

	@Test
	void hasAnEnglishTextForEveryFindingCode() {
		Budget budget = plan002();
		budget.share(AllocationRuleKind.RESERVE, RuleScope.PLAN, null, "10", PercentageBase.TOTAL);
		budget.threshold(AllocationRuleKind.ROI_FLOOR, RuleScope.PLAN, null, "1.5");

		assertThat(budget.check().warnings()).allSatisfy((warning) -> {
			assertThat(EnglishMessages.all()).containsKey(warning.code());
			assertThat(warning.message()).doesNotContain("{");
		});
	}

}
