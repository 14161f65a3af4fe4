package com.marketingplanner.domain.budget;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.marketingplanner.domain.budget.BudgetReport.RuleStatus;
import com.marketingplanner.domain.channel.ChannelService;
import com.marketingplanner.domain.plan.Plan;
import com.marketingplanner.domain.plan.PlanCommand;
import com.marketingplanner.domain.marketingdata.DataTimeZone;
import com.marketingplanner.domain.marketingdata.MarketingData;
import com.marketingplanner.domain.plan.PlanReferences;
import com.marketingplanner.domain.plan.PlanService;
import com.marketingplanner.domain.shared.BusinessRuleViolation;
import com.marketingplanner.domain.shared.ResourceNotFoundException;
import com.marketingplanner.domain.shared.StaleVersionException;
import com.marketingplanner.domain.support.DomainJpaTest;
import com.marketingplanner.domain.user.AppUser;
import com.marketingplanner.domain.user.AppUserRepository;
import com.marketingplanner.domain.user.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Allocation rules on PostgreSQL: scope resolution, versions, and the check they feed.
 */
@DomainJpaTest
@Import({ PlanReferences.class, AllocationRuleService.class, BudgetService.class, BudgetCheckService.class,
		MarketingData.class, DataTimeZone.class, PlanService.class, ChannelService.class })
class AllocationRuleServiceTest {

	@Autowired
	AllocationRuleService rules;

	@Autowired
	BudgetService budget;

	@Autowired
	BudgetCheckService checks;

	@Autowired
	PlanService plans;

	@Autowired
	AppUserRepository users;

	Plan plan;

	@BeforeEach
	void createPlan000() {
		String owner = "owner-" + System.nanoTime();
		this.users.save(new AppUser(owner, "Owner", "{noop}x", Role.PLANNER));
		this.plan = this.plans.create(new PlanCommand("Plan 000", null, null, "CNY", LocalDate.of(2026, 1, 1),
				LocalDate.of(2026, 12, 31), new BigDecimal("280000000"), null), owner);
		line("Tech R&D", "120000000", "tech", "digital");
		line("Channels", "80000000", "channel", "digital");
		line("Brand", "60000000", "brand");
		line("Personnel", "50000000", "hr");
	}

	BudgetLine line(String name, String amount, String... tags) {
		return this.budget
			.addLine(this.plan.getId(), BudgetLineCommand.amount(null, name, new BigDecimal(amount), tags))
			.value();
	}

	Checked<AllocationRule> add(AllocationRuleCommand command) {
		return this.rules.add(this.plan.getId(), command);
	}

	@Test
	void passesTheRuleTechAtLeastFortyPercentOfTheTotal() {
		AllocationRule rule = add(AllocationRuleCommand.share(AllocationRuleKind.MIN_SHARE, RuleScope.TAG, "Tech",
				new BigDecimal("40"), null))
			.value();

		BudgetReport report = this.checks.check(this.plan.getId());

		assertThat(rule.getScopeValue()).isEqualTo("tech");
		assertThat(report.rule(rule.getId()).status()).isEqualTo(RuleStatus.PASSED);
		assertThat(report.rule(rule.getId()).actualPercent()).isEqualByComparingTo("42.8571");
	}

	@Test
	void returnsTheViolationOfTheSavedRuleWithTheSave() {
		Checked<AllocationRule> saved = add(AllocationRuleCommand.share(AllocationRuleKind.FIXED_SHARE, RuleScope.TAG,
				"digital", new BigDecimal("65"), PercentageBase.TOTAL));

		assertThat(saved.warnings()).filteredOn((warning) -> warning.code().equals("rule-fixed-share"))
			.singleElement()
			.satisfies((warning) -> assertThat(warning.subjectId()).isEqualTo(saved.value().getId()));
	}

	@Test
	void storesAChannelCapByItsCatalogCode() {
		AllocationRule cap = add(AllocationRuleCommand.share(AllocationRuleKind.CHANNEL_CAP, RuleScope.CHANNEL,
				" douyin ", new BigDecimal("28"), PercentageBase.MARKETING))
			.value();

		assertThat(this.rules.get(this.plan.getId(), cap.getId()).getScopeValue()).isEqualTo("douyin");
	}

	@Test
	void rejectsAnUnknownChannelNamingTheScopeValue() {
		assertThatThrownBy(() -> add(AllocationRuleCommand.share(AllocationRuleKind.CHANNEL_CAP, RuleScope.CHANNEL,
				"myspace", new BigDecimal("28"), null)))
			.isInstanceOfSatisfying(BusinessRuleViolation.class,
					(violation) -> assertThat(violation.field()).isEqualTo("scopeValue"));
	}

	@Test
	void rejectsALineScopeOutsideThePlan() {
		assertThatThrownBy(() -> add(AllocationRuleCommand.share(AllocationRuleKind.MAX_SHARE, RuleScope.LINE,
				"not-a-number", new BigDecimal("10"), null)))
			.isInstanceOfSatisfying(BusinessRuleViolation.class,
					(violation) -> assertThat(violation.messageKey()).isEqualTo("error.budget.rule.line-unknown"));
		assertThatThrownBy(() -> add(AllocationRuleCommand.share(AllocationRuleKind.MAX_SHARE, RuleScope.LINE, "999999",
				new BigDecimal("10"), null)))
			.isInstanceOf(BusinessRuleViolation.class);
	}

	@Test
	void measuresALineRuleAndReportsItMissingOnceTheLineIsDeleted() {
		BudgetLine extra = line("Consultants", "10000000");
		AllocationRule rule = add(AllocationRuleCommand.share(AllocationRuleKind.MAX_SHARE, RuleScope.LINE,
				String.valueOf(extra.getId()), new BigDecimal("8"), null))
			.value();
		assertThat(this.checks.check(this.plan.getId()).rule(rule.getId()).status()).isEqualTo(RuleStatus.PASSED);

		var warnings = this.budget.deleteLine(this.plan.getId(), extra.getId(), extra.getVersion());

		assertThat(warnings).extracting(BudgetWarning::code).contains("rule-scope-missing");
	}

	@Test
	void editsARuleAndRefusesAStaleVersion() {
		AllocationRule rule = add(AllocationRuleCommand.threshold(AllocationRuleKind.OVERSPEND_FREEZE, RuleScope.PLAN,
				null, new BigDecimal("10")))
			.value();
		long read = rule.getVersion();
		AllocationRuleCommand edit = new AllocationRuleCommand(AllocationRuleKind.OVERSPEND_FREEZE, RuleScope.PLAN,
				null, null, new BigDecimal("15"), null, "tightened", null, read);

		AllocationRule edited = this.rules.update(this.plan.getId(), rule.getId(), edit).value();

		assertThat(edited.getThreshold()).isEqualByComparingTo("15");
		assertThat(edited.getVersion()).isGreaterThan(read);
		assertThatThrownBy(() -> this.rules.update(this.plan.getId(), rule.getId(), edit))
			.isInstanceOf(StaleVersionException.class);
	}

	@Test
	void answersNotFoundForARuleOfAnotherPlan() {
		AllocationRule rule = add(AllocationRuleCommand.threshold(AllocationRuleKind.ROI_FLOOR, RuleScope.PLAN, null,
				new BigDecimal("1.5")))
			.value();
		Plan other = this.plans.create(new PlanCommand("Other", null, null, "CNY", LocalDate.of(2026, 1, 1),
				LocalDate.of(2026, 12, 31), null, null), this.plan.getOwner().getUsername());

		assertThatThrownBy(() -> this.rules.get(other.getId(), rule.getId()))
			.isInstanceOf(ResourceNotFoundException.class);
		assertThatThrownBy(() -> this.rules.delete(other.getId(), rule.getId(), rule.getVersion()))
			.isInstanceOf(ResourceNotFoundException.class);
	}

	@Test
	void deletesARuleAndKeepsTheOthersInOrder() {
		AllocationRule first = add(AllocationRuleCommand.threshold(AllocationRuleKind.ROI_FLOOR, RuleScope.PLAN, null,
				new BigDecimal("1.5")))
			.value();
		add(AllocationRuleCommand.share(AllocationRuleKind.RESERVE, RuleScope.PLAN, null, new BigDecimal("10"), null));

		var warnings = this.rules.delete(this.plan.getId(), first.getId(), first.getVersion());

		assertThat(this.rules.list(this.plan.getId())).singleElement().satisfies((rule) -> {
			assertThat(rule.getKind()).isEqualTo(AllocationRuleKind.RESERVE);
			assertThat(rule.getPosition()).isZero();
		});
		assertThat(warnings).extracting(BudgetWarning::code).contains("rule-reserve-below");
	}

}
