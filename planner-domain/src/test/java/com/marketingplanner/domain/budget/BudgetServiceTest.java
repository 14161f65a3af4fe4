package com.marketingplanner.domain.budget;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

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
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Budget lines and spend on PostgreSQL, with the check run after every write. */
@DomainJpaTest
@Import({ PlanReferences.class, BudgetService.class, BudgetCheckService.class, MarketingData.class, DataTimeZone.class,
		PlanService.class, ChannelService.class })
class BudgetServiceTest {

	@Autowired
	BudgetService budget;

	@Autowired
	PlanService plans;

	@Autowired
	AppUserRepository users;

	@Autowired
	JdbcClient jdbc;

	String owner;

	@BeforeEach
	void createOwner() {
		this.owner = "owner-" + System.nanoTime();
		this.users.save(new AppUser(this.owner, "Owner", "{noop}x", Role.PLANNER));
	}

	Plan plan(String total) {
		return this.plans.create(new PlanCommand("2026 E-commerce Marketing Plan", null, null, "CNY",
				LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), new BigDecimal(total), null), this.owner);
	}

	BudgetLine add(Plan plan, Long parentId, String name, String amount, String... tags) {
		return this.budget.addLine(plan.getId(), BudgetLineCommand.amount(parentId, name, new BigDecimal(amount), tags))
			.value();
	}

	static BudgetLineCommand edit(BudgetLine line, String name, String channelCode, Long phaseId, Long version) {
		return new BudgetLineCommand(line.getParentId(), null, name, null, channelCode, phaseId, null,
				line.getPlannedAmount(), null, null, List.copyOf(line.getTags()), version);
	}

	long phase(Plan plan) {
		return this.jdbc.sql(
				"insert into phase (plan_id, name, start_date, end_date) values (:plan, 'Build', '2026-03-01', '2026-06-30') returning id")
			.param("plan", plan.getId())
			.query(Long.class)
			.single();
	}

	@Test
	void reportsTheThirtyMillionOverAllocationOfAPlanLike000WhenItsLastLineIsSaved() {
		Plan plan = plan("280000000");
		add(plan, null, "Tech R&D", "120000000", "tech");
		add(plan, null, "Channels", "80000000", "channel");
		add(plan, null, "Brand", "60000000", "brand");

		Checked<BudgetLine> saved = this.budget.addLine(plan.getId(),
				BudgetLineCommand.amount(null, "Personnel", new BigDecimal("50000000"), "hr"));

		assertThat(saved.value().getId()).isNotNull();
		assertThat(saved.warnings()).filteredOn((warning) -> warning.code().equals("over-allocated"))
			.singleElement()
			.satisfies((warning) -> assertThat(warning.figure("over").value()).isEqualByComparingTo("30000000"));
		assertThat(this.budget.overview(plan.getId()).report().unallocated()).isEqualByComparingTo("-30000000");
	}

	@Test
	void buildsTheTreeWithEffectiveAmountsSharesAndPositions() {
		Plan plan = plan("280000000");
		BudgetLine tech = add(plan, null, "Tech R&D", "120000000", "tech");
		add(plan, tech.getId(), "Data middle platform", "60000000");
		this.budget.addLine(plan.getId(), new BudgetLineCommand(tech.getId(), 0, "Security", null, null, null, null,
				null, new BigDecimal("25"), PercentageBase.PARENT, List.of(), null));

		List<BudgetLineNode> tree = this.budget.tree(plan.getId());

		assertThat(tree).singleElement().satisfies((node) -> {
			assertThat(node.shareOfTotal()).isEqualByComparingTo("42.8571");
			assertThat(node.children()).extracting(BudgetLineNode::name)
				.containsExactly("Security", "Data middle platform");
			assertThat(node.children().get(0).effectiveAmount()).isEqualByComparingTo("30000000");
			assertThat(node.children().get(1).position()).isEqualTo(1);
		});
	}

	@Test
	void listsLinesFlatWithTheirParentFilteredByTagChannelAndPhase() {
		Plan plan = plan("5000000");
		long phase = phase(plan);
		BudgetLine channels = add(plan, null, "Channels", "2250000", "channel");
		this.budget.addLine(plan.getId(), new BudgetLineCommand(channels.getId(), null, "Douyin feed ads", null,
				"douyin", phase, 1, new BigDecimal("800000"), null, null, List.of("Short-Term"), null));
		add(plan, channels.getId(), "Xiaohongshu content", "600000", "short-term");

		assertThat(this.budget.list(plan.getId(), BudgetLineFilter.none(), PageRequest.of(0, 20)).getContent())
			.extracting(BudgetLine::getName)
			.containsExactly("Channels", "Douyin feed ads", "Xiaohongshu content");
		assertThat(this.budget.list(plan.getId(), new BudgetLineFilter("short-term", null, null), PageRequest.of(0, 20))
			.getContent()).extracting(BudgetLine::getParentId).containsOnly(channels.getId()).hasSize(2);
		assertThat(this.budget.list(plan.getId(), new BudgetLineFilter(null, "douyin", null), PageRequest.of(0, 20))
			.getContent()).extracting(BudgetLine::getName).containsExactly("Douyin feed ads");
		assertThat(this.budget.list(plan.getId(), new BudgetLineFilter(null, null, phase), PageRequest.of(0, 20))
			.getTotalElements()).isEqualTo(1);
	}

	@Test
	void rejectsALineWithAnUnknownChannelNamingTheField() {
		Plan plan = plan("1000");
		BudgetLineCommand command = new BudgetLineCommand(null, null, "Ads", null, "myspace", null, null,
				BigDecimal.TEN, null, null, List.of(), null);

		assertThatThrownBy(() -> this.budget.addLine(plan.getId(), command)).isInstanceOfSatisfying(
				BusinessRuleViolation.class, (violation) -> assertThat(violation.field()).isEqualTo("channelCode"));
	}

	@Test
	void rejectsAPhaseOfAnotherPlan() {
		Plan plan = plan("1000");
		long foreignPhase = phase(plan("1000"));
		BudgetLineCommand command = new BudgetLineCommand(null, null, "Ads", null, null, foreignPhase, null,
				BigDecimal.TEN, null, null, List.of(), null);

		assertThatThrownBy(() -> this.budget.addLine(plan.getId(), command))
			.isInstanceOfSatisfying(BusinessRuleViolation.class, (violation) -> {
				assertThat(violation.field()).isEqualTo("phaseId");
				assertThat(violation.messageKey()).isEqualTo("error.budget.line.phase-unknown");
			});
	}

	@Test
	void rejectsAParentLineOfAnotherPlan() {
		Plan plan = plan("1000");
		BudgetLine foreign = add(plan("1000"), null, "Foreign", "10");

		assertThatThrownBy(() -> add(plan, foreign.getId(), "Ads", "10")).isInstanceOfSatisfying(
				BusinessRuleViolation.class, (violation) -> assertThat(violation.field()).isEqualTo("parentId"));
	}

	@Test
	void rejectsMovingALineUnderItsOwnSubLine() {
		Plan plan = plan("1000");
		BudgetLine ads = add(plan, null, "Ads", "100");
		BudgetLine search = add(plan, ads.getId(), "Search", "50");
		BudgetLineCommand move = new BudgetLineCommand(search.getId(), null, "Ads", null, null, null, null,
				new BigDecimal("100"), null, null, List.of(), ads.getVersion());

		assertThatThrownBy(() -> this.budget.updateLine(plan.getId(), ads.getId(), move)).isInstanceOfSatisfying(
				BusinessRuleViolation.class,
				(violation) -> assertThat(violation.messageKey()).isEqualTo("error.budget.line.cycle"));
	}

	@Test
	void movesALineToAnotherParentAndKeepsPositionsDense() {
		Plan plan = plan("1000");
		BudgetLine ads = add(plan, null, "Ads", "100");
		BudgetLine brand = add(plan, null, "Brand", "100");
		BudgetLine search = add(plan, null, "Search", "50");
		BudgetLineCommand move = new BudgetLineCommand(ads.getId(), null, "Search", null, null, null, null,
				new BigDecimal("50"), null, null, List.of(), search.getVersion());

		this.budget.updateLine(plan.getId(), search.getId(), move);

		List<BudgetLineNode> tree = this.budget.tree(plan.getId());
		assertThat(tree).extracting(BudgetLineNode::name).containsExactly("Ads", "Brand");
		assertThat(tree).extracting(BudgetLineNode::position).containsExactly(0, 1);
		assertThat(tree.get(0).children()).extracting(BudgetLineNode::name).containsExactly("Search");
		assertThat(brand.getId()).isNotNull();
	}

	@Test
	void refusesAStaleEdit() {
		Plan plan = plan("1000");
		BudgetLine ads = add(plan, null, "Ads", "100");
		long read = ads.getVersion();
		this.budget.updateLine(plan.getId(), ads.getId(), edit(ads, "Ads 2026", null, null, read));

		assertThatThrownBy(
				() -> this.budget.updateLine(plan.getId(), ads.getId(), edit(ads, "Ads (stale)", null, null, read)))
			.isInstanceOf(StaleVersionException.class);
	}

	@Test
	void answersNotFoundForALineOfAnotherPlan() {
		Plan plan = plan("1000");
		BudgetLine foreign = add(plan("1000"), null, "Foreign", "10");

		assertThatThrownBy(() -> this.budget.getLine(plan.getId(), foreign.getId()))
			.isInstanceOf(ResourceNotFoundException.class);
		assertThatThrownBy(() -> this.budget.updateLine(plan.getId(), foreign.getId(),
				edit(foreign, "Taken over", null, null, foreign.getVersion())))
			.isInstanceOf(ResourceNotFoundException.class);
		assertThatThrownBy(() -> this.budget.spend(plan.getId(), foreign.getId()))
			.isInstanceOf(ResourceNotFoundException.class);
	}

	@Test
	void deletesALineWithItsSubLinesAndTheirSpend() {
		Plan plan = plan("1000");
		BudgetLine ads = add(plan, null, "Ads", "100");
		BudgetLine search = add(plan, ads.getId(), "Search", "50");
		add(plan, null, "Brand", "100");
		this.budget.addSpend(plan.getId(), search.getId(),
				new ActualSpendCommand(LocalDate.of(2026, 2, 1), BigDecimal.TEN, null, null));

		this.budget.deleteLine(plan.getId(), ads.getId(), ads.getVersion());

		assertThat(this.budget.tree(plan.getId())).singleElement().satisfies((node) -> {
			assertThat(node.name()).isEqualTo("Brand");
			assertThat(node.position()).isZero();
		});
		assertThat(this.budget.allSpend(plan.getId())).isEmpty();
	}

	@Test
	void booksSpendAndReportsALineSpentOverItsPlan() {
		Plan plan = plan("1000");
		BudgetLine ads = add(plan, null, "Ads", "100");
		this.budget.addSpend(plan.getId(), ads.getId(),
				new ActualSpendCommand(LocalDate.of(2026, 2, 1), new BigDecimal("80"), "invoice 17", null));

		Checked<ActualSpend> second = this.budget.addSpend(plan.getId(), ads.getId(),
				new ActualSpendCommand(LocalDate.of(2026, 2, 9), new BigDecimal("40"), null, "late fee"));

		assertThat(this.budget.spend(plan.getId(), ads.getId())).extracting(ActualSpend::getAmount)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("80"), new BigDecimal("40"));
		assertThat(second.warnings()).filteredOn((warning) -> warning.code().equals("spend-over-plan"))
			.singleElement()
			.satisfies((warning) -> assertThat(warning.figure("over").value()).isEqualByComparingTo("20"));
	}

	@Test
	void answersNotFoundForSpendOfAnotherLine() {
		Plan plan = plan("1000");
		BudgetLine ads = add(plan, null, "Ads", "100");
		BudgetLine brand = add(plan, null, "Brand", "100");
		ActualSpend spend = this.budget
			.addSpend(plan.getId(), ads.getId(),
					new ActualSpendCommand(LocalDate.of(2026, 2, 1), BigDecimal.ONE, null, null))
			.value();

		assertThatThrownBy(() -> this.budget.deleteSpend(plan.getId(), brand.getId(), spend.getId()))
			.isInstanceOf(ResourceNotFoundException.class);
		this.budget.deleteSpend(plan.getId(), ads.getId(), spend.getId());
		assertThat(this.budget.spend(plan.getId(), ads.getId())).isEmpty();
	}

	@Test
	void refusesBudgetEditsOnAClosedPlan() {
		Plan plan = plan("1000");
		AppUser approver = this.users.save(new AppUser("approver-budget", "Approver", "x", Role.APPROVER));
		plan.submitForReview(plan.getOwner());
		plan.approve(approver);
		plan.activate(plan.getOwner());
		plan.close(plan.getOwner());

		assertThatThrownBy(() -> add(plan, null, "Ads", "100")).isInstanceOfSatisfying(BusinessRuleViolation.class,
				(violation) -> assertThat(violation.messageKey()).isEqualTo("error.plan.read-only"));
	}

	@Test
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	void writesNothingWhenAnEditIsRejected() {
		Plan plan = plan("1000");
		BudgetLine ads = add(plan, null, "Ads", "100", "digital");
		BudgetLineCommand bad = new BudgetLineCommand(null, null, "Renamed", null, "nope", null, 2,
				new BigDecimal("999"), null, null, List.of("brand"), ads.getVersion());

		assertThatThrownBy(() -> this.budget.updateLine(plan.getId(), ads.getId(), bad))
			.isInstanceOf(BusinessRuleViolation.class);
		assertThatThrownBy(() -> this.budget.addLine(plan.getId(),
				BudgetLineCommand.percentage(null, "Half", new BigDecimal("50"), null)))
			.isInstanceOf(BusinessRuleViolation.class);

		BudgetLine reread = this.budget.getLine(plan.getId(), ads.getId());
		assertThat(reread.getName()).isEqualTo("Ads");
		assertThat(reread.getPlannedAmount()).isEqualByComparingTo("100");
		assertThat(reread.getTags()).containsExactly("digital");
		assertThat(this.budget.tree(plan.getId())).hasSize(1);
	}

}
