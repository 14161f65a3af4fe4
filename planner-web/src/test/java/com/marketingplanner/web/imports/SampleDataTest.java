package com.marketingplanner.web.imports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.marketingplanner.domain.analytics.BudgetBoardService;
import com.marketingplanner.domain.analytics.BudgetBoardService.BudgetBoard;
import com.marketingplanner.domain.analytics.BudgetBoardService.ChannelRow;
import com.marketingplanner.domain.budget.BudgetCheckService;
import com.marketingplanner.domain.budget.BudgetReport;
import com.marketingplanner.domain.budget.ChannelResult.SpendSource;
import com.marketingplanner.domain.experiment.Experiment;
import com.marketingplanner.domain.experiment.ExperimentEvaluation.Outcome;
import com.marketingplanner.domain.experiment.ExperimentService;
import com.marketingplanner.domain.imports.ImportJob;
import com.marketingplanner.domain.imports.ImportService;
import com.marketingplanner.domain.imports.ImportSource;
import com.marketingplanner.domain.imports.ImportStatus;
import com.marketingplanner.domain.imports.SampleData;
import com.marketingplanner.domain.marketingdata.ChannelActual;
import com.marketingplanner.domain.marketingdata.MarketingData;
import com.marketingplanner.domain.shared.DateRange;
import com.marketingplanner.domain.support.PostgresTestInitializer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A first start with the demo plans also imports their sample data (the same context as
 * DemoPlansTest): every sample import succeeds, and the data show what the analytics
 * pages and alerts are for.
 */
@SpringBootTest(properties = { "planner.demo.enabled=true", "planner.admin.username=chief",
		"planner.admin.password=first-start-password" })
@AutoConfigureMockMvc
@ContextConfiguration(initializers = PostgresTestInitializer.class)
class SampleDataTest {

	static final DateRange FIRST_HALF_2026 = new DateRange(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30));

	@Autowired
	ImportService imports;

	@Autowired
	MarketingData data;

	@Autowired
	SampleData sampleData;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ExperimentService experiments;

	@Autowired
	BudgetCheckService budgetCheck;

	@Autowired
	BudgetBoardService board;

	@Test
	void importsTheSampleDataOfTheDemoPlansLabelledAsSampleData() throws InterruptedException {
		List<ImportJob> jobs = finishedJobs();

		assertThat(jobs).hasSize(5)
			.allSatisfy((job) -> assertThat(job.getSource()).isEqualTo(ImportSource.SAMPLE_DATA))
			.allSatisfy((job) -> assertThat(job.getStatus()).as("%s: %s", job.getKind(), job.getErrors())
				.isEqualTo(ImportStatus.SUCCEEDED));
		assertThat(this.data.touchpoints(FIRST_HALF_2026, null).size()).isGreaterThan(20_000);
		assertThat(this.data.events(FIRST_HALF_2026, List.of("view", "cart", "pay")).size()).isGreaterThan(10_000);
		assertThat(this.sampleData.loadForDemoPlans("chief")).as("only once").isZero();
	}

	@Test
	void liveStreamCommerceReturnsLessThanTheRoiFloorAndDouyinOverspendsInMay() throws InterruptedException {
		finishedJobs();
		List<ChannelActual> actuals = this.data.channelActuals(FIRST_HALF_2026, List.of("live-stream", "douyin"));
		assertThat(returnOn(actuals, "live-stream")).isLessThan(new BigDecimal("1.5"));
		assertThat(returnOn(actuals, "douyin")).isGreaterThan(new BigDecimal("1.5"));

		BigDecimal overspent = this.jdbc.sql("""
				select sum(s.amount) / (max(l.planned_amount) / 36) from actual_spend s
				join budget_line l on l.id = s.budget_line_id join channel c on c.id = l.channel_id
				where c.code = 'douyin' and s.spent_on between '2026-05-01' and '2026-05-31'""")
			.query(BigDecimal.class)
			.single();
		assertThat(overspent).isGreaterThan(new BigDecimal("1.1"));
	}

	@Test
	void everyDemoPlanHasASampleAbTestWithASignificantWinner() throws InterruptedException {
		finishedJobs();
		for (long planId : demoPlans()) {
			List<Experiment> tests = this.experiments.all(planId);
			assertThat(tests).as("plan %d", planId).hasSize(1);
			Experiment test = tests.get(0);
			assertThat(test.getName()).contains("Sample data").contains("示例数据");
			assertThat(test.evaluate().comparisons()).singleElement()
				.satisfies((comparison) -> assertThat(comparison.outcome()).isEqualTo(Outcome.BETTER));
			assertThat(test.evaluate().sampleSize().perVariant()).isNotNull();
		}
	}

	@Test
	void spendIsBookedOnTheLowestPlannedLinesSoNoDemoPlanSpendsMoreThanItsPlan() throws InterruptedException {
		finishedJobs();
		assertThat(this.jdbc
			.sql("""
					select count(*) from actual_spend s join budget_line l on l.id = s.budget_line_id
					where exists (select 1 from budget_line child where child.parent_id = l.id and child.planned_amount > 0)""")
			.query(Long.class)
			.single()).as("spend booked on a line with planned sub-lines").isZero();
		for (long planId : demoPlans()) {
			BudgetReport report = this.budgetCheck.check(planId);
			if (report.spent() == null) {
				continue;
			}
			BigDecimal plan = (report.planTotal() != null) ? report.planTotal() : report.allocated();
			assertThat(report.spent()).as("plan %d", planId).isLessThanOrEqualTo(plan);
		}
	}

	@Test
	void theBudgetBoardOfSeed002ComparesThePlansOwnBookingsWithItsChannelLines() throws InterruptedException {
		finishedJobs();
		long planId = this.jdbc.sql("select id from plan where template_code = 'seed-002' order by id limit 1")
			.query(Long.class)
			.single();
		BudgetBoard board = this.board.board(planId);
		assertThat(board.channels()).isNotEmpty();
		for (ChannelRow channel : board.channels()) {
			assertThat(channel.spendSource()).as(channel.channel()).isEqualTo(SpendSource.BUDGET_LINES);
			assertThat(channel.used()).as(channel.channel()).isBetween(0.5, 1.2);
		}
		assertThat(board.channels()).extracting(ChannelRow::status).contains(BudgetBoardService.Status.GREEN);
	}

	private List<Long> demoPlans() {
		return this.jdbc.sql("select id from plan where template_code is not null order by id")
			.query(Long.class)
			.list();
	}

	private static BigDecimal returnOn(List<ChannelActual> actuals, String channel) {
		BigDecimal spend = BigDecimal.ZERO;
		BigDecimal revenue = BigDecimal.ZERO;
		for (ChannelActual actual : actuals) {
			if (actual.channel().equals(channel)) {
				spend = spend.add(actual.spend());
				revenue = revenue.add(actual.revenue());
			}
		}
		return revenue.divide(spend, 4, RoundingMode.HALF_UP);
	}

	private List<ImportJob> finishedJobs() throws InterruptedException {
		for (int attempt = 0; attempt < 1200; attempt++) {
			List<ImportJob> jobs = this.imports.list(PageRequest.of(0, 50)).getContent();
			if (!jobs.isEmpty() && jobs.stream().allMatch((job) -> job.getStatus().isFinished())) {
				return jobs;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("the sample data imports did not finish");
	}

}
