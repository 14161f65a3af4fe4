package com.marketingplanner.domain.marketingdata;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.marketingplanner.analytics.funnel.EventLog;
import com.marketingplanner.analytics.journey.PathCount;
import com.marketingplanner.analytics.journey.TouchpointLog;
import com.marketingplanner.domain.plan.Plan;
import com.marketingplanner.domain.shared.DateRange;
import com.marketingplanner.domain.support.DomainJpaTest;
import com.marketingplanner.domain.support.MarketingDataFixture;
import com.marketingplanner.domain.timeline.PlanFixtures;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The read API over stored marketing data, on PostgreSQL. */
@DomainJpaTest
@Import({ MarketingData.class, DataTimeZone.class })
class MarketingDataTest {

	static final DateRange MARCH = new DateRange(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));

	@Autowired
	MarketingData data;

	@Autowired
	DataSource dataSource;

	@Autowired
	TestEntityManager entities;

	@Autowired
	JdbcClient jdbc;

	MarketingDataFixture fixture;

	@BeforeEach
	void createFixture() {
		this.fixture = new MarketingDataFixture(this.dataSource);
	}

	@Test
	void readsTheTouchpointsOfAPeriodWithUsersChannelsAndValues() {
		this.fixture.touchpoints("""
				user_id,timestamp,channel,conversion_value
				u1,2026-02-28T23:59:59Z,douyin,
				u1,2026-03-01T00:00:00Z,douyin,
				u2,2026-03-05T10:00:00.250Z,tmall,
				u1,2026-03-10T08:30:00+08:00,tmall,120.50
				u3,2026-03-31T23:59:59Z,wechat,0
				u3,2026-04-01T00:00:00Z,wechat,
				""");

		TouchpointLog log = this.data.touchpoints(MARCH, null);

		assertThat(log.size()).isEqualTo(4);
		assertThat(log.userCount()).isEqualTo(3);
		List<String> rows = new ArrayList<>();
		for (int i = 0; i < log.size(); i++) {
			rows.add(log.user(i) + "," + Instant.ofEpochMilli(log.time(i)) + "," + log.channels().name(log.channel(i))
					+ "," + log.value(i));
		}
		assertThat(rows).containsExactlyInAnyOrder("0,2026-03-01T00:00:00Z,douyin,NaN",
				"1,2026-03-05T10:00:00.250Z,tmall,NaN", "0,2026-03-10T00:30:00Z,tmall,120.5",
				"2,2026-03-31T23:59:59Z,wechat,0.0");
	}

	@Test
	void keepsOnlyTheChannelsAskedFor() {
		this.fixture.touchpoints("""
				user_id,timestamp,channel,conversion_value
				u1,2026-03-01T00:00:00Z,douyin,
				u2,2026-03-05T10:00:00Z,tmall,5
				u3,2026-03-06T10:00:00Z,wechat,
				""");

		TouchpointLog log = this.data.touchpoints(MARCH, Set.of("tmall", "wechat", "not-a-channel"));

		assertThat(log.size()).isEqualTo(2);
		assertThat(log.channels().names()).containsExactlyInAnyOrder("tmall", "wechat");
		assertThat(this.data.touchpoints(MARCH, Set.of("not-a-channel")).size()).isZero();
	}

	@Test
	void readsTheEventsOfAPeriodWithTheirBreakdownProperty() {
		this.fixture.events("""
				user_id,timestamp,event,property
				u1,2026-03-01T00:00:00Z,view,ios
				u1,2026-03-01T00:10:00Z,cart,ios
				u2,2026-03-02T00:00:00Z,view,
				u2,2026-03-02T00:00:00Z,search,android
				u2,2026-04-02T00:00:00Z,pay,android
				""");

		EventLog all = this.data.events(MARCH, null);
		EventLog steps = this.data.events(MARCH, List.of("view", "cart", "pay"));

		assertThat(all.size()).isEqualTo(4);
		assertThat(all.userCount()).isEqualTo(2);
		assertThat(all.eventNames()).containsExactlyInAnyOrder("view", "cart", "search");
		assertThat(all.propertyValues()).containsExactlyInAnyOrder("ios", "android");
		assertThat(steps.size()).isEqualTo(3);
		assertThat(steps.eventNames()).containsExactlyInAnyOrder("view", "cart");
	}

	@Test
	void readsChannelActualsWithUnreportedFiguresAsNull() {
		this.fixture.channelActuals("""
				date,channel,spend,impressions,clicks,visits,orders,new_customers,revenue
				2026-03-01,douyin,1000.50,50000,1200,900,30,12,4500.00
				2026-03-01,tmall,200,,,,,,
				2026-04-01,douyin,1,1,1,1,1,1,1
				""");

		List<ChannelActual> march = this.data.channelActuals(MARCH, null);

		assertThat(march).containsExactly(
				new ChannelActual(LocalDate.of(2026, 3, 1), "douyin", new BigDecimal("1000.50"), 50000L, 1200L, 900L,
						30L, 12L, new BigDecimal("4500.00")),
				new ChannelActual(LocalDate.of(2026, 3, 1), "tmall", new BigDecimal("200.00"), null, null, null, null,
						null, null));
		assertThat(this.data.channelActuals(MARCH, Set.of("tmall"))).hasSize(1);
	}

	@Test
	void addsUpTheSpendOfABudgetLinePerDay() {
		PlanFixtures plans = new PlanFixtures(this.entities, this.jdbc);
		Plan plan = plans.plan2026();
		long line = plans.budgetLine(plan, "Douyin ads");
		this.jdbc.sql("update budget_line set channel_id = (select id from channel where code = 'douyin') where id = ?")
			.param(line)
			.update();
		this.jdbc.sql("insert into actual_spend (budget_line_id, spent_on, amount) values (?, '2026-03-02', 100.25)")
			.param(line)
			.update();
		this.fixture.lineSpend("plan_id,line_id,date,amount\n" + plan.getId() + "," + line + ",2026-03-02,50\n"
				+ plan.getId() + "," + line + ",2026-03-03,70\n");

		assertThat(this.data.lineSpend(plan.getId(), MARCH)).containsExactly(
				new LineSpend(line, "douyin", LocalDate.of(2026, 3, 2), new BigDecimal("150.25")),
				new LineSpend(line, "douyin", LocalDate.of(2026, 3, 3), new BigDecimal("70.00")));
	}

	@Test
	void mergesThePathAggregatesStoredForPeriodsInside() {
		this.fixture.paths(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31), """
				path,total_conversions,total_conversion_value,total_null
				douyin > tmall,3,300.5,10
				wechat,0,0,4
				""");
		this.fixture.paths(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28), """
				path,total_conversions,total_conversion_value,total_null
				douyin>tmall,1,100,2
				""");

		StoredPaths quarter = this.data.paths(new DateRange(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)))
			.orElseThrow();

		assertThat(quarter.periods()).hasSize(2);
		assertThat(PathCount.rowsOf(quarter.paths())).containsExactlyInAnyOrder(
				new PathCount(List.of("douyin", "tmall"), 4, 400.5, 12), new PathCount(List.of("wechat"), 0, 0, 4));
		assertThat(this.data.paths(MARCH)).isEmpty();
	}

	@Test
	void everyStoreBumpsTheDataVersionAndCountsTheDays() {
		long before = this.data.version().version();
		this.fixture.touchpoints("""
				user_id,timestamp,channel,conversion_value
				u1,2026-03-01T00:00:00Z,douyin,
				u1,2026-03-01T05:00:00Z,douyin,
				u2,2026-03-04T10:00:00Z,tmall,5
				""");

		assertThat(this.data.version().version()).isEqualTo(before + 1);
		assertThat(this.data.coverage(MARCH))
			.contains(new DataCoverage(DataKind.TOUCHPOINTS, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 4), 2, 3));
	}

}
