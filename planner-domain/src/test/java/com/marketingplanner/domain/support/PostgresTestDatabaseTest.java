package com.marketingplanner.domain.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PostgresTestDatabaseTest {

	@Test
	void givesEachCallAnEmptyPostgresqlDatabase() throws Exception {
		PostgresTestDatabase.ConnectionDetails first = PostgresTestDatabase.freshDatabase();
		PostgresTestDatabase.ConnectionDetails second = PostgresTestDatabase.freshDatabase();
		assertThat(first.url()).isNotEqualTo(second.url());
		try (Connection connection = DriverManager.getConnection(first.url(), first.username(), first.password());
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("select current_setting('server_version_num')::int")) {
			result.next();
			assertThat(result.getInt(1)).isGreaterThanOrEqualTo(170000);
		}
	}

}
