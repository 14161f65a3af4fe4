package com.marketingplanner.web.imports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

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
