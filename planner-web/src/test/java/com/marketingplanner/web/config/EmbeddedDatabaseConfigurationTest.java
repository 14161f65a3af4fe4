package com.marketingplanner.web.config;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database of the one-command start keeps its data in its directory across restarts.
 */
class EmbeddedDatabaseConfigurationTest {

	@TempDir
	Path dataDirectory;

	@Test
	void keepsDataAcrossRestarts() throws Exception {
		EmbeddedDatabaseConfiguration configuration = new EmbeddedDatabaseConfiguration();
		try (EmbeddedPostgres first = configuration.embeddedPostgres(this.dataDirectory, 0);
				Connection connection = first.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("create table survivor (name text)");
			statement.execute("insert into survivor values ('kept')");
		}
		try (EmbeddedPostgres second = configuration.embeddedPostgres(this.dataDirectory, 0);
				Connection connection = second.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("select name from survivor")) {
			assertThat(result.next()).isTrue();
			assertThat(result.getString(1)).isEqualTo("kept");
		}
	}

}
