package com.marketingplanner.domain.support;

import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a Spring test context at a fresh PostgreSQL database from
 * {@link PostgresTestDatabase}. Each context gets its own database, migrated by Flyway.
 */
public class PostgresTestInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		PostgresTestDatabase.ConnectionDetails database = PostgresTestDatabase.freshDatabase();
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("postgresTestDatabase",
					Map.of("spring.datasource.url", database.url(), "spring.datasource.username", database.username(),
							"spring.datasource.password", database.password())));
	}

}
