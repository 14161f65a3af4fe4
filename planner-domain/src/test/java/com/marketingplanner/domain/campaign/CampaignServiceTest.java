package com.marketingplanner.domain.campaign;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.marketingplanner.domain.channel.ChannelService;
import com.marketingplanner.domain.plan.Plan;
import com.marketingplanner.domain.plan.PlanService;
import com.marketingplanner.domain.risk.RiskService;
import com.marketingplanner.domain.shared.BusinessRuleViolation;
import com.marketingplanner.domain.shared.ResourceNotFoundException;
import com.marketingplanner.domain.shared.StaleVersionException;
import com.marketingplanner.domain.support.DomainJpaTest;
import com.marketingplanner.domain.timeline.MilestoneService;
import com.marketingplanner.domain.timeline.PhaseService;
import com.marketingplanner.domain.timeline.PlanFixtures;
import com.marketingplanner.domain.plan.PlanReferences;
import com.marketingplanner.domain.timeline.TimelineService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DomainJpaTest
@Import({ PlanService.class, ChannelService.class, PlanReferences.class, PhaseService.class, MilestoneService.class,
		TimelineService.class, RiskService.class, CampaignService.class })
class CampaignServiceTest {

	@Autowired
	CampaignService campaigns;

	@Autowired
	TestEntityManager entities;

	@Autowired
	JdbcClient jdbc;

	PlanFixtures fixtures;

	Plan plan;

	@BeforeEach
	void setUp() {
		this.fixtures = new PlanFixtures(this.entities, this.jdbc);
		this.plan = this.fixtures.plan2026();
	}

	private Campaign add(String name, String start, String end, String... channels) {
		return this.campaigns.add(this.plan.getId(), new CampaignCommand(name, null, List.of(channels),
				LocalDate.parse(start), LocalDate.parse(end), null, Set.of(), null));
	}

	@Test
	void storesChannelsBudgetLineAndKpis() {
		long line = this.fixtures.budgetLine(this.plan, "Douyin ads");
		long gmv = this.fixtures.kpi(this.plan, "GMV");
		Campaign campaign = this.campaigns.add(this.plan.getId(),
				new CampaignCommand("Double 11", "双十一大促", List.of("douyin", "tmall", " wechat "),
						LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 11), line, Set.of(gmv), null));
		this.entities.flush();
		this.entities.clear();

		Campaign reloaded = this.campaigns.get(this.plan.getId(), campaign.getId());
		assertThat(reloaded.getChannelCodes()).containsExactly("douyin", "tmall", "wechat");
		assertThat(reloaded.getBudgetLineId()).isEqualTo(line);
		assertThat(reloaded.getKpiIds()).containsExactly(gmv);
	}

	@Test
	void rejectsAnUnknownChannelAndWritesNothing() {
		assertThatThrownBy(() -> add("Double 11", "2026-11-01", "2026-11-11", "douyin", "myspace"))
			.isInstanceOfSatisfying(BusinessRuleViolation.class, (ex) -> {
				assertThat(ex.field()).isEqualTo("channels");
				assertThat(ex.messageKey()).isEqualTo("error.channel.unknown");
			});

		assertThat(this.campaigns.all(this.plan.getId())).isEmpty();
	}

	@Test
	void rejectsCampaignThatEndsBeforeItStarts() {
		assertThatThrownBy(() -> add("Double 11", "2026-11-11", "2026-11-01"))
			.isInstanceOfSatisfying(BusinessRuleViolation.class, (ex) -> assertThat(ex.field()).isEqualTo("endDate"));
	}

	@Test
	void rejectsABudgetLineOrKpiOfAnotherPlan() {
		Plan other = this.fixtures.plan2026();
		long foreignLine = this.fixtures.budgetLine(other, "Elsewhere");
		long foreignKpi = this.fixtures.kpi(other, "Elsewhere");

		assertThatThrownBy(
				() -> this.campaigns.add(this.plan.getId(),
						new CampaignCommand("Double 11", null, List.of(), LocalDate.of(2026, 11, 1),
								LocalDate.of(2026, 11, 11), foreignLine, Set.of(), null)))
			.isInstanceOfSatisfying(BusinessRuleViolation.class, (ex) -> {
				assertThat(ex.field()).isEqualTo("budgetLineId");
				assertThat(ex.messageKey()).isEqualTo("error.reference.budget-line-unknown");
			});
		assertThatThrownBy(() -> this.campaigns.add(this.plan.getId(),
				new CampaignCommand("Double 11", null, List.of(), LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 11),
						null, Set.of(foreignKpi), null)))
			.isInstanceOfSatisfying(BusinessRuleViolation.class, (ex) -> assertThat(ex.field()).isEqualTo("kpiIds"));
	}

	@Test
	void filtersByChannelAndByTheDayCampaignsAreActive() {
		add("New year", "2026-01-01", "2026-01-15", "douyin", "wechat");
		add("618", "2026-06-01", "2026-06-18", "tmall", "jd");
		add("Double 11", "2026-11-01", "2026-11-11", "douyin", "tmall");

		assertThat(this.campaigns.list(this.plan.getId(), CampaignFilter.none(), PageRequest.of(0, 10)))
			.extracting(Campaign::getName)
			.containsExactly("New year", "618", "Double 11");
		assertThat(this.campaigns.list(this.plan.getId(), new CampaignFilter("douyin", null), PageRequest.of(0, 10)))
			.extracting(Campaign::getName)
			.containsExactly("New year", "Double 11");
		assertThat(this.campaigns.list(this.plan.getId(), new CampaignFilter(null, LocalDate.of(2026, 6, 18)),
				PageRequest.of(0, 10)))
			.extracting(Campaign::getName)
			.containsExactly("618");
		assertThat(this.campaigns.list(this.plan.getId(), new CampaignFilter("tmall", LocalDate.of(2026, 1, 5)),
				PageRequest.of(0, 10)))
			.isEmpty();
	}

	@Test
	void editsACampaignAndRefusesAStaleEdit() {
		Campaign campaign = add("Double 11", "2026-11-01", "2026-11-11", "douyin");
		this.entities.flush();

		Campaign edited = this.campaigns.update(this.plan.getId(), campaign.getId(), new CampaignCommand("Double 11+",
				null, List.of("tmall"), LocalDate.of(2026, 10, 20), LocalDate.of(2026, 11, 11), null, Set.of(), 0L));

		assertThat(edited.getChannelCodes()).containsExactly("tmall");
		assertThat(edited.getName()).isEqualTo("Double 11+");
		assertThatThrownBy(
				() -> this.campaigns.update(this.plan.getId(), campaign.getId(),
						new CampaignCommand("Old", null, List.of(), LocalDate.of(2026, 10, 20),
								LocalDate.of(2026, 11, 11), null, Set.of(), 0L)))
			.isInstanceOf(StaleVersionException.class);
	}

	@Test
	void refusesABadEditWithoutChangingAnyField() {
		Campaign campaign = add("Double 11", "2026-11-01", "2026-11-11", "douyin");
		this.entities.flush();

		assertThatThrownBy(
				() -> this.campaigns.update(this.plan.getId(), campaign.getId(),
						new CampaignCommand("Renamed", null, List.of("tmall", "nope"), LocalDate.of(2026, 10, 1),
								LocalDate.of(2026, 11, 11), null, Set.of(), 0L)))
			.isInstanceOf(BusinessRuleViolation.class);
		Campaign unchanged = this.campaigns.get(this.plan.getId(), campaign.getId());
		assertThat(unchanged.getName()).isEqualTo("Double 11");
		assertThat(unchanged.getChannelCodes()).containsExactly("douyin");
		assertThat(unchanged.getStartDate()).isEqualTo(LocalDate.of(2026, 11, 1));
	}

	@Test
	void answersNotFoundForACampaignOfAnotherPlan() {
		Plan other = this.fixtures.plan2026();
		Campaign foreign = this.campaigns.add(other.getId(),
				CampaignCommand.of("Elsewhere", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 2)));

		assertThatThrownBy(() -> this.campaigns.get(this.plan.getId(), foreign.getId()))
			.isInstanceOf(ResourceNotFoundException.class);
	}

}
