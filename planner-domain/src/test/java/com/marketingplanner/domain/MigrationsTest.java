package com.marketingplanner.domain;

import org.junit.jupiter.api.Test;

import com.marketingplanner.domain.support.DomainJpaTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The migrations build the whole schema on an empty database, and Hibernate validates
 * every entity mapping against it (ddl-auto=validate) when this context starts.
 */
@DomainJpaTest
class MigrationsTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void migratesAnEmptyDatabaseToTheWholeSchema() {
		var tables = this.jdbc.sql("select table_name from information_schema.tables where table_schema = 'public'")
			.query(String.class)
			.set();
		assertThat(tables).contains("app_user", "api_token", "channel", "plan", "plan_section", "goal", "kpi",
				"kpi_measurement", "phase", "milestone", "milestone_dependency", "budget_line", "budget_line_tag",
				"actual_spend", "allocation_rule", "risk", "campaign", "campaign_channel", "campaign_kpi");
	}

	@Test
	void seedsTheChannelCatalogWithTheChannelsOfTheSeedPlans() {
		var codes = this.jdbc.sql("select code from channel").query(String.class).set();
		assertThat(codes).contains("douyin", "xiaohongshu", "wechat", "tmall", "jd", "pinduoduo", "kuaishou", "sem");
	}

}
