package com.marketingplanner.domain.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The one place tests get PostgreSQL from, started once per JVM and shared by all tests:
 * <ol>
 * <li>{@code PLANNER_TEST_DATABASE_URL} (with {@code PLANNER_TEST_DATABASE_USERNAME} /
 * {@code _PASSWORD}) when set: an explicitly given server;</li>
 * <li>else a Testcontainers {@code postgres:17} container when a Docker engine
 * answers;</li>
 * <li>else an embedded PostgreSQL 17 (zonky binaries from Maven Central).</li>
 * </ol>
 * Tests never skip for lack of Docker and never fall back to another database. Each
 * {@link #freshDatabase()} call creates a new empty database on that server, so that
 * every Spring test context migrates its own schema and contexts never see each other's
 * data.
 */
public final class PostgresTestDatabase {

	private static final AtomicInteger DATABASE_COUNTER = new AtomicInteger();

	private static Server server;

	private PostgresTestDatabase() {
	}

	/** Connection details of a new, empty database. */
	public static synchronized ConnectionDetails freshDatabase() {
		Server current = server();
		String name = "planner_test_" + ProcessHandle.current().pid() + "_" + DATABASE_COUNTER.incrementAndGet();
		try (Connection connection = java.sql.DriverManager.getConnection(current.adminUrl(), current.username(),
				current.password()); Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot create test database " + name + " on " + current.description(), ex);
		}
		return new ConnectionDetails(current.urlFor(name), current.username(), current.password(),
				current.description());
	}

	private static Server server() {
		if (server == null) {
			server = startServer();
		}
		return server;
	}

	private static Server startServer() {
		String url = System.getenv("PLANNER_TEST_DATABASE_URL");
		if (url != null && !url.isBlank()) {
			return Server.explicit(url, System.getenv().getOrDefault("PLANNER_TEST_DATABASE_USERNAME", "postgres"),
					System.getenv().getOrDefault("PLANNER_TEST_DATABASE_PASSWORD", "postgres"));
		}
		if (dockerAvailable()) {
			PostgreSQLContainer container = new PostgreSQLContainer("postgres:17");
			container.start();
			return Server.explicit(container.getJdbcUrl(), container.getUsername(), container.getPassword());
		}
		return Server.embedded();
	}

	private static boolean dockerAvailable() {
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException | LinkageError ex) {
			return false;
		}
	}

	/** JDBC URL and credentials of one test database. */
	public record ConnectionDetails(String url, String username, String password, String serverDescription) {
	}

	private record Server(String baseUrl, String adminDatabase, String username, String password, String description) {

		static Server explicit(String url, String username, String password) {
			int slash = url.lastIndexOf('/');
			int query = url.indexOf('?', slash);
			String database = (query < 0) ? url.substring(slash + 1) : url.substring(slash + 1, query);
			return new Server(url.substring(0, slash + 1), database, username, password, url);
		}

		static Server embedded() {
			try {
				EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
				Runtime.getRuntime().addShutdownHook(new Thread(() -> {
					try {
						postgres.close();
					}
					catch (IOException ex) {
						// the JVM is exiting; the temporary data directory is removed
						// with it
					}
				}));
				return new Server("jdbc:postgresql://localhost:" + postgres.getPort() + "/", "postgres", "postgres",
						"postgres", "embedded PostgreSQL on port " + postgres.getPort());
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot start embedded PostgreSQL", ex);
			}
		}

		String adminUrl() {
			return this.baseUrl + this.adminDatabase;
		}

		String urlFor(String database) {
			return this.baseUrl + database;
		}

	}

}
