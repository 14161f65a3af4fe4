package com.marketingplanner.web.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL of the one-command start, run like a real server:
 * <ul>
 * <li><b>durable</b>: {@code fsync}, {@code synchronous_commit} and
 * {@code full_page_writes} on (the library's defaults turn them off, which loses or
 * corrupts data on a power loss);</li>
 * <li><b>password authentication</b> (SCRAM) for every connection: a random password is
 * generated on the first start and kept in {@value #PASSWORD_FILE} inside the data
 * directory, readable only by the user running the app; a data directory from an older
 * version (trust authentication) is converted on its next start;</li>
 * <li><b>supervised</b>: when the server process dies, it is started again on the same
 * port and data directory, so the connection pool recovers without an application restart
 * ({@link #startSupervision(Duration)}).</li>
 * </ul>
 */
public class EmbeddedPostgresServer implements AutoCloseable {

	static final String PASSWORD_FILE = "planner-db.password";

	static final String SUPERUSER = "postgres";

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

	private static final String HBA = """
			# Written by Marketing Planner: a password (SCRAM) for every connection, local ones included.
			local   all          all                  scram-sha-256
			host    all          all   127.0.0.1/32   scram-sha-256
			host    all          all   ::1/128        scram-sha-256
			local   replication  all                  scram-sha-256
			host    replication  all   127.0.0.1/32   scram-sha-256
			host    replication  all   ::1/128        scram-sha-256
			""";

	private final Path dataDirectory;

	private final Path passwordFile;

	private final String password;

	private volatile EmbeddedPostgres postgres;

	private volatile int port;

	private ScheduledExecutorService supervisor;

	private volatile boolean closed;

	/**
	 * Starts the server (creating the data directory on the first start).
	 * @param port the port, or 0 for any free port (kept for restarts)
	 */
	public EmbeddedPostgresServer(Path dataDirectory, int port) {
		this.dataDirectory = dataDirectory.toAbsolutePath();
		this.passwordFile = this.dataDirectory.resolve(PASSWORD_FILE);
		this.password = readPassword().orElseGet(EmbeddedPostgresServer::newPassword);
		this.postgres = start(port);
		this.port = this.postgres.getPort();
		requirePasswordAuthentication();
		log.info(
				"Embedded PostgreSQL started on port {} with its data in {} (kept across restarts; password in {}; "
						+ "set SPRING_DATASOURCE_URL to use another server)",
				this.port, this.dataDirectory, this.passwordFile);
	}

	public int getPort() {
		return this.port;
	}

	public String getUsername() {
		return SUPERUSER;
	}

	public String getPassword() {
		return this.password;
	}

	public String getJdbcUrl() {
		return "jdbc:postgresql://localhost:" + this.port + "/postgres";
	}

	/** The process id of the running server, from its {@code postmaster.pid}. */
	public Optional<Long> serverProcessId() {
		try {
			List<String> lines = Files.readAllLines(this.dataDirectory.resolve("postmaster.pid"));
			return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).strip()));
		}
		catch (IOException | NumberFormatException ex) {
			return Optional.empty();
		}
	}

	public boolean isServerAlive() {
		return serverProcessId().flatMap(ProcessHandle::of).map(ProcessHandle::isAlive).orElse(false);
	}

	/** Checks the server every {@code interval} and starts it again when it has died. */
	public synchronized void startSupervision(Duration interval) {
		if (this.supervisor != null) {
			return;
		}
		this.supervisor = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "embedded-postgres-supervisor");
			thread.setDaemon(true);
			return thread;
		});
		this.supervisor.scheduleWithFixedDelay(this::restartIfDead, interval.toMillis(), interval.toMillis(),
				TimeUnit.MILLISECONDS);
	}

	/** Starts the server again when its process is gone; true when it did. */
	public synchronized boolean restartIfDead() {
		if (this.closed || isServerAlive()) {
			return false;
		}
		log.warn("Embedded PostgreSQL on port {} is not running: starting it again", this.port);
		try {
			closeQuietly(this.postgres);
			this.postgres = start(this.port);
			log.info("Embedded PostgreSQL is running again on port {}", this.port);
			return true;
		}
		catch (RuntimeException ex) {
			log.warn("Embedded PostgreSQL could not be started again yet ({}); trying again shortly", ex.getMessage());
			return false;
		}
	}

	@Override
	public synchronized void close() {
		this.closed = true;
		if (this.supervisor != null) {
			this.supervisor.shutdownNow();
		}
		closeQuietly(this.postgres);
	}

	private EmbeddedPostgres start(int requestedPort) {
		try {
			Files.createDirectories(this.dataDirectory);
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
				.setDataDirectory(this.dataDirectory)
				.setCleanDataDirectory(false)
				.setServerConfig("fsync", "on")
				.setServerConfig("synchronous_commit", "on")
				.setServerConfig("full_page_writes", "on")
				.setServerConfig("max_connections", "100")
				.setConnectConfig("password", this.password)
				.setPGStartupWait(Duration.ofSeconds(60));
			if (requestedPort > 0) {
				builder.setPort(requestedPort);
			}
			return builder.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(
					"Cannot start embedded PostgreSQL in " + this.dataDirectory + " (is another instance using it?)",
					ex);
		}
	}

	/**
	 * A fresh data directory (and one from before this version) lets anyone connect
	 * ("trust"): set the password, keep it in the password file, then demand it.
	 */
	private void requirePasswordAuthentication() {
		Path hba = this.dataDirectory.resolve("pg_hba.conf");
		try {
			if (!Files.exists(this.passwordFile)) {
				Files.writeString(this.passwordFile, this.password + "\n", StandardCharsets.UTF_8);
			}
			Files.setPosixFilePermissions(this.passwordFile, PosixFilePermissions.fromString("rw-------"));
			if (Files.readString(hba).equals(HBA)) {
				return;
			}
			try (Connection connection = this.postgres.getPostgresDatabase().getConnection();
					Statement statement = connection.createStatement()) {
				// base64url characters only: safe inside the literal
				statement.execute("ALTER ROLE " + SUPERUSER + " PASSWORD '" + this.password + "'");
				Files.writeString(hba, HBA, StandardCharsets.UTF_8);
				statement.execute("SELECT pg_reload_conf()");
			}
			log.info("Embedded PostgreSQL now requires a password (kept in {})", this.passwordFile);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot set up password authentication in " + this.dataDirectory, ex);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot set the embedded PostgreSQL password", ex);
		}
	}

	private Optional<String> readPassword() {
		try {
			return Files.exists(this.passwordFile) ? Optional.of(Files.readString(this.passwordFile).strip())
					: Optional.empty();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + this.passwordFile, ex);
		}
	}

	private static String newPassword() {
		byte[] bytes = new byte[24];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private static void closeQuietly(EmbeddedPostgres postgres) {
		try {
			postgres.close();
		}
		catch (IOException | RuntimeException ex) {
			log.debug("Closing the embedded PostgreSQL failed", ex);
		}
	}

}
