package com.marketingplanner.domain.schedule;

import java.time.LocalDate;
import java.util.List;

import com.marketingplanner.domain.plan.Plan;
import com.marketingplanner.domain.plan.PlanCommand;
import com.marketingplanner.domain.plan.PlanService;
import com.marketingplanner.domain.support.DomainJpaTest;
import com.marketingplanner.domain.support.DomainServices;
import com.marketingplanner.domain.template.PlansFromTemplates;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@DomainJpaTest
@Import(DomainServices.class)
class PlanReschedulingTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlansFromTemplates templates;

	@Autowired
	PlanService plans;

	@Autowired
	PlanRescheduling rescheduling;

	@Autowired
	TestEntityManager entities;

	long planId;

	@BeforeEach
	void plan002() {
		String owner = DomainServices.createUser(this.jdbc, "PLANNER");
		this.planId = this.templates.create("seed-002", owner, null, null);
	}

	@Test
	void movesPhasesMilestonesCampaignsAndDueDatesWithANewStartByCalendarMonths() {
		assertThat(this.rescheduling.preview(this.planId))
			.isEqualTo(new PlanRescheduling.MovePreview(7, 7, 6, countDueDates()));

		Plan moved = this.rescheduling.update(this.planId, header(LocalDate.of(2027, 1, 1), LocalDate.of(2029, 12, 31)),
				true);
		this.entities.flush();

		assertThat(moved.getPeriodStart()).isEqualTo(LocalDate.of(2027, 1, 1));
		assertThat(dates("select start_date, end_date from phase where plan_id = ? and name like 'Q1%'"))
			.containsExactly(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 31));
		assertThat(dates("select end_date from phase where plan_id = ? and name like 'Q4%'"))
			.containsExactly(LocalDate.of(2027, 12, 31));
		assertThat(dates("select due_date from milestone where plan_id = ? order by due_date desc limit 1"))
			.containsExactly(LocalDate.of(2027, 12, 31));
		assertThat(dates("select start_date, end_date from campaign where plan_id = ? and name = '会员日'"))
			.containsExactly(LocalDate.of(2027, 7, 1), LocalDate.of(2027, 9, 30));
		assertThat(dates("select due_date from kpi where plan_id = ? and name = '复购率'"))
			.containsExactly(LocalDate.of(2027, 12, 31));
	}

	@Test
	void leavesTheDatedItemsWhereTheyAreWhenNotAskedToMoveThem() {
		this.rescheduling.update(this.planId, header(LocalDate.of(2023, 10, 1), LocalDate.of(2026, 12, 31)), false);
		this.entities.flush();

		assertThat(dates("select start_date, end_date from phase where plan_id = ? and name like 'Q1%'"))
			.containsExactly(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 31));
	}

	private PlanCommand header(LocalDate start, LocalDate end) {
		Plan plan = this.plans.get(this.planId);
		return new PlanCommand(plan.getTitle(), plan.getDescription(), plan.getLanguage(), plan.getCurrency(), start,
				end, plan.getTotalBudget(), plan.getVersion());
	}

	private int countDueDates() {
		return this.jdbc.sql("select count(*) from kpi where plan_id = ? and due_date is not null")
			.param(this.planId)
			.query(Integer.class)
			.single();
	}

	private List<LocalDate> dates(String sql) {
		return this.jdbc.sql(sql).param(this.planId).query((rs, row) -> {
			List<LocalDate> values = new java.util.ArrayList<>();
			for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
				values.add(rs.getObject(i, LocalDate.class));
			}
			return values;
		}).list().stream().flatMap(List::stream).toList();
	}

}
