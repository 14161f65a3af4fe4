package com.marketingplanner.web.config;

import java.nio.file.Path;
import java.time.Duration;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts an embedded PostgreSQL (zonky binaries) when no {@code spring.datasource.url} is
 * configured, so that the app runs with one command on a fresh machine. Its data
 * directory ({@code planner.embedded-db.data-dir}) survives restarts and is printed at
 * start-up; the server is durable, demands a password and is restarted when it dies
 * ({@link EmbeddedPostgresServer}).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDatasourceUrlCondition.class)
public class EmbeddedDatabaseConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedPostgresServer embeddedPostgres(@Value("${planner.embedded-db.data-dir}") Path dataDirectory,
			@Value("${planner.embedded-db.port}") int port,
			@Value("${planner.embedded-db.check-interval:PT2S}") Duration checkInterval) {
		EmbeddedPostgresServer server = new EmbeddedPostgresServer(dataDirectory, port);
		server.startSupervision(checkInterval);
		return server;
	}

	/**
	 * A pool that fails fast while the server is down (2 s to get a connection) and heals
	 * by itself once it is back.
	 */
	@Bean
	DataSource dataSource(EmbeddedPostgresServer postgres) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(postgres.getJdbcUrl());
		dataSource.setUsername(postgres.getUsername());
		dataSource.setPassword(postgres.getPassword());
		dataSource.setPoolName("embedded-postgres");
		dataSource.setConnectionTimeout(2_000);
		dataSource.setValidationTimeout(1_000);
		dataSource.addDataSourceProperty("connectTimeout", "2");
		return dataSource;
	}

}
