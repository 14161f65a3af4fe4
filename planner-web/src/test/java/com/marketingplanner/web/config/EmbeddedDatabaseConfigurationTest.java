package com.marketingplanner.web.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The database of the one-command start keeps its data across restarts, is durable,
 * demands a password, and comes back by itself when its process dies.
 */
class EmbeddedDatabaseConfigurationTest {

	@TempDir
	Path dataDirectory;

	@Test
	void keepsDataAcrossRestartsDurablyAndBehindAPassword() throws Exception {
		try (EmbeddedPostgresServer first = new EmbeddedPostgresServer(this.dataDirectory, 0);
				Connection connection = connect(first);
				Statement statement = connection.createStatement()) {
			statement.execute("create table survivor (name text)");
			statement.execute("insert into survivor values ('kept')");
			assertThat(setting(statement, "fsync")).isEqualTo("on");
			assertThat(setting(statement, "synchronous_commit")).isEqualTo("on");
			assertThat(setting(statement, "full_page_writes")).isEqualTo("on");
			assertThatThrownBy(() -> DriverManager.getConnection(first.getJdbcUrl(), "postgres", "postgres"))
				.isInstanceOf(SQLException.class)
				.hasMessageContaining("password authentication failed");
		}
		Path passwordFile = this.dataDirectory.resolve(EmbeddedPostgresServer.PASSWORD_FILE);
		assertThat(Files.getPosixFilePermissions(passwordFile)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
		try (EmbeddedPostgresServer second = new EmbeddedPostgresServer(this.dataDirectory, 0);
				Connection connection = connect(second);
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("select name from survivor")) {
			assertThat(second.getPassword()).isEqualTo(Files.readString(passwordFile).strip());
			assertThat(result.next()).isTrue();
			assertThat(result.getString(1)).isEqualTo("kept");
		}
	}

	@Test
	void startsTheServerAgainWhenItsProcessIsKilled() throws Exception {
		try (EmbeddedPostgresServer server = new EmbeddedPostgresServer(this.dataDirectory, 0)) {
			int port = server.getPort();
			try (Connection connection = connect(server); Statement statement = connection.createStatement()) {
				statement.execute("create table before_the_crash (id int)");
			}
			server.startSupervision(Duration.ofMillis(300));
			ProcessHandle postmaster = ProcessHandle.of(server.serverProcessId().orElseThrow()).orElseThrow();
			postmaster.destroyForcibly();
			postmaster.onExit().join();
			Instant deadline = Instant.now().plusSeconds(60);
			boolean back = false;
			while (!back && Instant.now().isBefore(deadline)) {
				Thread.sleep(200);
				try (Connection connection = connect(server); Statement statement = connection.createStatement()) {
					statement.executeQuery("select count(*) from before_the_crash").close();
					back = true;
				}
				catch (SQLException stillDown) {
					// the supervisor has not restarted it yet
				}
			}
			assertThat(back).as("restarted within a minute").isTrue();
			assertThat(server.getPort()).isEqualTo(port);
		}
	}

	private static Connection connect(EmbeddedPostgresServer server) throws SQLException {
		return DriverManager.getConnection(server.getJdbcUrl(), server.getUsername(), server.getPassword());
	}

	private static String setting(Statement statement, String name) throws SQLException {
		try (ResultSet result = statement.executeQuery("show " + name)) {
			result.next();
			return result.getString(1);
		}
	}

}
